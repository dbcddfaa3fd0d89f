package org.innopark.engine.patent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.innopark.engine.chain.ChainLibrary;
import org.innopark.engine.chain.ChainMapping;
import org.innopark.engine.chain.ChainNode;
import org.innopark.engine.chain.IndustryChain;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of the tagging on the hand-labelled sample (200 patents, two chains; see the sample's
 * README), beside two baselines measured on the same sample: the chain files' IPC classes alone (a patent is on
 * every node whose IPC subclass or group one of its symbols falls in) and the chain files' product names alone
 * (found in the title or abstract). Micro-averaged over (patent, node) pairs of the two chains.
 */
class PatentTaggingQualityTests {

    static final List<String> CHAINS = List.of("power-battery-nev", "photovoltaic");

    record Score(int truePositives, int predicted, int labelled) {
        double precision() {
            return predicted == 0 ? 0 : (double) truePositives / predicted;
        }

        double recall() {
            return labelled == 0 ? 0 : (double) truePositives / labelled;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "precision %.3f recall %.3f F1 %.3f (%d of %d predicted, %d labelled)",
                    precision(),
                    recall(),
                    f1(),
                    truePositives,
                    predicted,
                    labelled);
        }
    }

    static Score score(List<PatentSample.Labelled> sample, Function<PatentRecord, Set<String>> tagger) {
        int tp = 0;
        int predicted = 0;
        int labelled = 0;
        for (PatentSample.Labelled l : sample) {
            Set<String> truth = new HashSet<>();
            for (String label : l.labels()) {
                if (CHAINS.contains(label.substring(0, label.indexOf('/')))) {
                    truth.add(label);
                }
            }
            Set<String> got = tagger.apply(l.patent());
            labelled += truth.size();
            predicted += got.size();
            for (String g : got) {
                if (truth.contains(g)) {
                    tp++;
                }
            }
        }
        return new Score(tp, predicted, labelled);
    }

    static Function<PatentRecord, Set<String>> rules() {
        ChainLibrary chains = ChainLibrary.builtIn();
        TaggingRules all = TaggingRules.builtIn(chains);
        PatentTagger tagger = new PatentTagger(all);
        return p -> {
            Set<String> out = new TreeSet<>();
            for (PatentTag t : tagger.tag(p)) {
                if (CHAINS.contains(t.chainId())) {
                    out.add(t.chainId() + "/" + t.nodeId());
                }
            }
            return out;
        };
    }

    static Function<PatentRecord, Set<String>> chainIpcOnly() {
        ChainLibrary chains = ChainLibrary.builtIn();
        return p -> {
            Set<String> out = new TreeSet<>();
            for (String c : CHAINS) {
                IndustryChain chain = chains.get(c);
                for (ChainNode n : chain.mappableNodes()) {
                    for (ChainMapping m : n.ipc()) {
                        IpcRange range = IpcRange.parse(m.code());
                        if (p.ipcAll().stream().anyMatch(range::covers)) {
                            out.add(c + "/" + n.id());
                        }
                    }
                }
            }
            return out;
        };
    }

    static Function<PatentRecord, Set<String>> productNamesOnly() {
        ChainLibrary chains = ChainLibrary.builtIn();
        return p -> {
            Set<String> out = new TreeSet<>();
            String text = TextFold.matchForm(p.title() + " " + p.abstractText());
            for (String c : CHAINS) {
                for (ChainNode n : chains.get(c).mappableNodes()) {
                    for (String product : n.products()) {
                        if (text.contains(TextFold.matchForm(product))) {
                            out.add(c + "/" + n.id());
                        }
                    }
                }
            }
            return out;
        };
    }

    @Test
    void taggingMeetsItsFloorsAndBeatsBothBaselinesOnTheHandLabelledSample() {
        List<PatentSample.Labelled> sample = PatentSample.all();
        assertThat(sample).hasSizeGreaterThanOrEqualTo(200);
        Score rules = score(sample, rules());
        Score ipc = score(sample, chainIpcOnly());
        Score products = score(sample, productNamesOnly());
        if (System.getProperty("patent.diag") != null) {
            Function<PatentRecord, Set<String>> t = rules();
            for (PatentSample.Labelled l : sample) {
                Set<String> got = t.apply(l.patent());
                if (!got.equals(l.labels())) {
                    System.out.println(l.patent().publicationNumber() + " "
                            + l.patent().title() + " want " + l.labels() + " got " + got);
                }
            }
        }
        System.out.println("[patent tagging] rules (concordance + 技术分解表): " + rules);
        System.out.println("[patent tagging] baseline chain IPC classes only: " + ipc);
        System.out.println("[patent tagging] baseline chain product names only: " + products);
        assertThat(rules.precision()).isGreaterThanOrEqualTo(0.90);
        assertThat(rules.recall()).isGreaterThanOrEqualTo(0.90);
        assertThat(rules.f1()).isGreaterThan(ipc.f1()).isGreaterThan(products.f1());
    }
}
