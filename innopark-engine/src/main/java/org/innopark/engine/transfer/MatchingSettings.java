package org.innopark.engine.transfer;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.innopark.engine.rules.RuleFileHeader;
import org.innopark.engine.rules.RuleNode;

/**
 * 匹配参数: BM25's parameters and field weights, the new-word mining thresholds, the dense model's query instruction
 * and the reciprocal-rank fusion. Versioned data: the shipped file is {@code matching-2026.yaml} beside this class.
 */
public record MatchingSettings(
        RuleFileHeader header,
        float k1,
        float b,
        Map<ItemField, Float> fieldWeights,
        float demandTitleWeight,
        float characterPairWeight,
        Mining mining,
        String queryInstruction,
        Feedback feedback,
        Fusion fusion) {

    static final String RESOURCE = "org/innopark/engine/transfer/matching-2026.yaml";

    /** The thresholds of {@link TermMiner}. */
    public record Mining(
            int minLength,
            int maxLength,
            int minFrequency,
            double minCohesion,
            double minEntropy,
            String edgeStopChars,
            int sampleChars) {}

    /** Pseudo-relevance feedback of the dense query: moved by weight × the mean of the first objects found. */
    public record Feedback(int objects, double weight) {}

    /**
     * The fusion of the BM25 and dense rankings, each cut at {@code depth}: {@code rrf} adds {@code weight / (k + rank)}
     * of each list; {@code scores} adds each list's scores scaled to [0, 1] within the list, times its weight.
     */
    public record Fusion(String mode, int k, int depth, double bm25Weight, double denseWeight) {
        public boolean reciprocalRank() {
            return "rrf".equals(mode);
        }
    }

    public MatchingSettings {
        fieldWeights = Map.copyOf(fieldWeights);
    }

    /** The same settings with another fusion. */
    public MatchingSettings withFusion(Fusion other) {
        return new MatchingSettings(
                header,
                k1,
                b,
                fieldWeights,
                demandTitleWeight,
                characterPairWeight,
                mining,
                queryInstruction,
                feedback,
                other);
    }

    public static MatchingSettings builtIn() {
        return read(RuleNode.parseResource(MatchingSettings.class.getClassLoader(), RESOURCE));
    }

    public static MatchingSettings load(Path file) {
        return read(RuleNode.parse(file));
    }

    static MatchingSettings read(RuleNode root) {
        root.allowOnly(RuleFileHeader.keysAnd(
                "bm25", "fields", "demandTitleWeight", "characterPairWeight", "mining", "dense", "fusion"));
        RuleFileHeader header = RuleFileHeader.read(root, RuleFileHeader.Kind.FRAMEWORK);
        RuleNode bm25 = root.require("bm25").allowOnly(Set.of("k1", "b"));
        RuleNode fields = root.require("fields");
        Map<ItemField, Float> weights = new EnumMap<>(ItemField.class);
        for (Map.Entry<String, RuleNode> e : fields.entries().entrySet()) {
            ItemField f = ItemField.byKey(e.getKey());
            if (f == null) {
                throw e.getValue().error("'" + e.getKey() + "' is not a field; valid: " + ItemField.keys() + " / 不是字段");
            }
            weights.put(f, positive(e.getValue()));
        }
        RuleNode m = root.require("mining")
                .allowOnly(Set.of(
                        "minLength",
                        "maxLength",
                        "minFrequency",
                        "minCohesion",
                        "minEntropy",
                        "edgeStopChars",
                        "sampleChars"));
        Mining mining = new Mining(
                m.require("minLength").integer(),
                m.require("maxLength").integer(),
                m.require("minFrequency").integer(),
                m.require("minCohesion").decimal().doubleValue(),
                m.require("minEntropy").decimal().doubleValue(),
                m.text("edgeStopChars", ""),
                m.require("sampleChars").integer());
        if (mining.minLength() < 2 || mining.maxLength() < mining.minLength()) {
            throw m.error("minLength ≥ 2 and maxLength ≥ minLength / 词长范围无效");
        }
        RuleNode dense = root.require("dense").allowOnly(Set.of("queryInstruction", "feedback"));
        RuleNode fb = dense.require("feedback").allowOnly(Set.of("objects", "weight"));
        Feedback feedback = new Feedback(
                fb.require("objects").integer(), fb.require("weight").decimal().doubleValue());
        RuleNode f = root.require("fusion").allowOnly(Set.of("mode", "k", "depth", "bm25Weight", "denseWeight"));
        String mode = f.text("mode", "rrf").strip();
        if (!mode.equals("rrf") && !mode.equals("scores")) {
            throw f.require("mode").error("'" + mode + "': valid are rrf, scores / 融合方式只能是 rrf 或 scores");
        }
        Fusion fusion = new Fusion(
                mode,
                f.require("k").integer(),
                f.require("depth").integer(),
                positive(f.require("bm25Weight")),
                positive(f.require("denseWeight")));
        return new MatchingSettings(
                header,
                positive(bm25.require("k1")),
                bm25.require("b").decimal().floatValue(),
                weights,
                positive(root.require("demandTitleWeight")),
                root.require("characterPairWeight").decimal().floatValue(),
                mining,
                dense.text("queryInstruction", ""),
                feedback,
                fusion);
    }

    private static float positive(RuleNode n) {
        float v = n.decimal().floatValue();
        if (!(v > 0)) {
            throw n.error("must be a positive number / 须为正数");
        }
        return v;
    }
}
