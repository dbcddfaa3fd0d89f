package org.innopark.engine.chain;

import java.nio.file.Path;
import java.util.Set;
import org.innopark.engine.rules.RuleFileHeader;
import org.innopark.engine.rules.RuleNode;

/**
 * The rules of coverage classes and the target ranking's weights, as data ({@code targeting/default.yaml}, or a
 * park's own file with the same keys).
 */
public record TargetingRules(
        RuleFileHeader header,
        double strongLocationQuotient,
        int strongMinFirms,
        double anchorRevenueYuan,
        int anchorsPerNode,
        Weights weights,
        int signalWindowMonths,
        double signalSaturation,
        double distanceScaleKm) {

    /** The weight of each contribution. */
    public record Weights(
            double relatedness,
            double gap,
            double adjacency,
            double expansion,
            double qualification,
            double size,
            double distance) {}

    public static TargetingRules defaults() {
        return read(RuleNode.parseResource(
                TargetingRules.class.getClassLoader(), "org/innopark/engine/chain/targeting/default.yaml"));
    }

    public static TargetingRules load(Path file) {
        return read(RuleNode.parse(file));
    }

    /** A weights file's text (a park's own, shipped to where it is read); {@code file} names it in errors. */
    public static TargetingRules parse(String file, java.io.Reader text) {
        return read(RuleNode.parse(file, text));
    }

    static TargetingRules read(RuleNode root) {
        root.allowOnly(RuleFileHeader.keysAnd("coverage", "weights", "signals", "distance"));
        RuleFileHeader header = RuleFileHeader.read(root, RuleFileHeader.Kind.FRAMEWORK);
        RuleNode c = root.require("coverage")
                .allowOnly(Set.of("strongLocationQuotient", "strongMinFirms", "anchorRevenueYuan", "anchorsPerNode"));
        RuleNode w = root.require("weights")
                .allowOnly(Set.of("relatedness", "gap", "adjacency", "expansion", "qualification", "size", "distance"));
        RuleNode s = root.require("signals").allowOnly(Set.of("windowMonths", "saturation"));
        RuleNode d = root.require("distance").allowOnly(Set.of("scaleKm"));
        return new TargetingRules(
                header,
                positive(c, "strongLocationQuotient"),
                (int) positive(c, "strongMinFirms"),
                positive(c, "anchorRevenueYuan"),
                (int) positive(c, "anchorsPerNode"),
                new Weights(
                        weight(w, "relatedness"),
                        weight(w, "gap"),
                        weight(w, "adjacency"),
                        weight(w, "expansion"),
                        weight(w, "qualification"),
                        weight(w, "size"),
                        weight(w, "distance")),
                (int) positive(s, "windowMonths"),
                positive(s, "saturation"),
                positive(d, "scaleKm"));
    }

    private static double positive(RuleNode map, String key) {
        RuleNode n = map.require(key);
        double v = n.decimal().doubleValue();
        if (!(v > 0)) {
            throw n.error("must be greater than 0, got " + n.text() + " / 应大于 0");
        }
        return v;
    }

    private static double weight(RuleNode map, String key) {
        RuleNode n = map.require(key);
        double v = n.decimal().doubleValue();
        if (v < 0 || v > 100) {
            throw n.error("a weight lies in 0..100, got " + n.text() + " / 权重应在 0 到 100 之间");
        }
        return v;
    }
}
