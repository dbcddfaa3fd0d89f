package org.innopark.engine.patent;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.innopark.engine.chain.ChainLibrary;
import org.innopark.engine.chain.ChainMapping;
import org.innopark.engine.chain.ChainNode;

/**
 * Precision and recall of a tagging against hand labels, micro-averaged over (patent, {@code chain/node}) pairs of
 * the chains evaluated (labels of other chains are not scored), beside two baselines: the chain files' IPC classes
 * alone (a patent is on every node whose IPC class one of its symbols falls in) and the chain files' product names
 * alone (found in the title or abstract).
 */
public final class TaggingEvaluation {

    /** A patent with the nodes a person judged it to be on, as {@code chain/node}. */
    public record Labelled(PatentRecord patent, Set<String> labels) {}

    /** The counts behind precision and recall. */
    public record Score(int truePositives, int predicted, int labelled) {
        public double precision() {
            return predicted == 0 ? 0 : (double) truePositives / predicted;
        }

        public double recall() {
            return labelled == 0 ? 0 : (double) truePositives / labelled;
        }

        public double f1() {
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

    private TaggingEvaluation() {}

    public static Score score(List<Labelled> sample, Function<PatentRecord, Set<String>> tagger, Set<String> chains) {
        int tp = 0;
        int predicted = 0;
        int labelled = 0;
        for (Labelled l : sample) {
            Set<String> truth = new HashSet<>();
            for (String label : l.labels()) {
                if (chains.contains(chainOf(label))) {
                    truth.add(label);
                }
            }
            Set<String> got = tagger.apply(l.patent());
            labelled += truth.size();
            for (String g : got) {
                if (chains.contains(chainOf(g))) {
                    predicted++;
                    tp += truth.contains(g) ? 1 : 0;
                }
            }
        }
        return new Score(tp, predicted, labelled);
    }

    private static String chainOf(String label) {
        int slash = label.indexOf('/');
        return slash < 0 ? label : label.substring(0, slash);
    }

    /** The rules' tagging as {@code chain/node} keys. */
    public static Function<PatentRecord, Set<String>> rules(PatentTagger tagger) {
        return p -> {
            Set<String> out = new TreeSet<>();
            for (PatentTag t : tagger.tag(p)) {
                out.add(t.chainId() + "/" + t.nodeId());
            }
            return out;
        };
    }

    /** Baseline: every node of the chains whose IPC classes (from the chain files) cover one of the symbols. */
    public static Function<PatentRecord, Set<String>> chainIpcOnly(ChainLibrary library, Set<String> chains) {
        return p -> {
            Set<String> out = new TreeSet<>();
            for (String c : chains) {
                for (ChainNode n : library.get(c).mappableNodes()) {
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

    /** Baseline: every node of the chains one of whose product names (from the chain files) the text contains. */
    public static Function<PatentRecord, Set<String>> productNamesOnly(ChainLibrary library, Set<String> chains) {
        return p -> {
            Set<String> out = new TreeSet<>();
            String text = TextFold.matchForm(p.title() + " " + p.abstractText());
            for (String c : chains) {
                for (ChainNode n : library.get(c).mappableNodes()) {
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
}
