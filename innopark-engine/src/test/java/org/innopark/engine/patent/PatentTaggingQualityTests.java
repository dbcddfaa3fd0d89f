package org.innopark.engine.patent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.innopark.engine.chain.ChainLibrary;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of the tagging on the hand-labelled sample (200 patents, two chains; see the sample's
 * README), beside the two baselines of {@link TaggingEvaluation} measured on the same sample. The floors were set
 * after the first measurement (0.953 / 0.959), below it by the margin one more chain's rules might cost.
 */
class PatentTaggingQualityTests {

    static final Set<String> CHAINS = Set.of("power-battery-nev", "photovoltaic");

    /**
     * Floors of the held-out measurement, set after its first run (six chains 0.897 / 0.863, eight 0.914 / 0.901) below
     * it by the margin one author's rules might lose on another park's patents; the rules were not changed after it.
     */
    static final double FLOOR_PRECISION = 0.85;

    static final double FLOOR_RECALL = 0.82;

    @Test
    void taggingMeetsItsFloorsAndBeatsBothBaselinesOnTheHandLabelledSample() {
        List<TaggingEvaluation.Labelled> sample = PatentSample.all();
        assertThat(sample).hasSizeGreaterThanOrEqualTo(200);
        ChainLibrary library = ChainLibrary.builtIn();
        PatentTagger tagger = new PatentTagger(TaggingRules.builtIn(library));
        Function<PatentRecord, Set<String>> rules = TaggingEvaluation.rules(tagger);
        TaggingEvaluation.Score score = TaggingEvaluation.score(sample, rules, CHAINS);
        TaggingEvaluation.Score ipc =
                TaggingEvaluation.score(sample, TaggingEvaluation.chainIpcOnly(library, CHAINS), CHAINS);
        TaggingEvaluation.Score products =
                TaggingEvaluation.score(sample, TaggingEvaluation.productNamesOnly(library, CHAINS), CHAINS);
        if (System.getProperty("patent.diag") != null) {
            for (TaggingEvaluation.Labelled l : sample) {
                Set<String> got = rules.apply(l.patent());
                if (!got.equals(l.labels())) {
                    System.out.println(l.patent().publicationNumber() + " "
                            + l.patent().title() + " want " + l.labels() + " got " + got);
                }
            }
        }
        System.out.println("[patent tagging] rules (concordance + 技术分解表): " + score);
        System.out.println("[patent tagging] baseline chain IPC classes only: " + ipc);
        System.out.println("[patent tagging] baseline chain product names only: " + products);
        assertThat(score.precision()).isGreaterThanOrEqualTo(0.90);
        assertThat(score.recall()).isGreaterThanOrEqualTo(0.90);
        assertThat(score.f1()).isGreaterThan(ipc.f1()).isGreaterThan(products.f1());
    }

    /**
     * The held-out measurement of the six other chains' rules: the sample's part 4 and the rows of parts 1–3 on those
     * chains, labelled by another author before the rules were written and never shown to their author. Per chain and
     * micro-averaged over the six, and over all eight chains on every part, beside the same baselines.
     */
    @Test
    void theSixOtherChainsRulesOnTheirHeldOutSampleAndAllEightChainsTogether() {
        List<TaggingEvaluation.Labelled> sample = new java.util.ArrayList<>(PatentSample.all());
        sample.addAll(PatentSample.part4());
        assertThat(sample).hasSizeGreaterThanOrEqualTo(460);
        ChainLibrary library = ChainLibrary.builtIn();
        Function<PatentRecord, Set<String>> rules =
                TaggingEvaluation.rules(new PatentTagger(TaggingRules.builtIn(library)));
        for (String chain : new java.util.TreeSet<>(SixChainRulesTests.SIX)) {
            System.out.println(
                    "[patent tagging] " + chain + ": " + TaggingEvaluation.score(sample, rules, Set.of(chain)));
        }
        Set<String> eight = library.chains().stream()
                .map(org.innopark.engine.chain.IndustryChain::id)
                .collect(java.util.stream.Collectors.toSet());
        for (Set<String> chains : List.of(SixChainRulesTests.SIX, eight)) {
            String which = chains.size() == 6 ? "six other chains" : "all eight chains";
            TaggingEvaluation.Score score = TaggingEvaluation.score(sample, rules, chains);
            TaggingEvaluation.Score ipc =
                    TaggingEvaluation.score(sample, TaggingEvaluation.chainIpcOnly(library, chains), chains);
            TaggingEvaluation.Score products =
                    TaggingEvaluation.score(sample, TaggingEvaluation.productNamesOnly(library, chains), chains);
            System.out.println("[patent tagging] " + which + ", rules: " + score);
            System.out.println("[patent tagging] " + which + ", baseline chain IPC classes only: " + ipc);
            System.out.println("[patent tagging] " + which + ", baseline chain product names only: " + products);
            assertThat(score.labelled()).isGreaterThanOrEqualTo(chains.size() == 6 ? 200 : 370);
            assertThat(score.precision()).as(which).isGreaterThanOrEqualTo(FLOOR_PRECISION);
            assertThat(score.recall()).as(which).isGreaterThanOrEqualTo(FLOOR_RECALL);
            assertThat(score.f1()).as(which).isGreaterThan(ipc.f1()).isGreaterThan(products.f1());
        }
    }

    @Test
    void scoresCountOnlyTheChainsEvaluated() {
        PatentRecord p = PatentSample.all().get(0).patent();
        TaggingEvaluation.Labelled l = new TaggingEvaluation.Labelled(p, Set.of("a/x", "b/y"));
        TaggingEvaluation.Score s = TaggingEvaluation.score(List.of(l), r -> Set.of("a/x", "a/z", "c/w"), Set.of("a"));
        assertThat(s.truePositives()).isEqualTo(1);
        assertThat(s.predicted()).isEqualTo(2);
        assertThat(s.labelled()).isEqualTo(1);
        assertThat(s.precision()).isEqualTo(0.5);
        assertThat(s.recall()).isEqualTo(1.0);
    }
}
