package org.innopark.engine.patent;

import java.util.ArrayList;
import java.util.List;

/**
 * The rules applied one by one, the obvious way (each keyword looked for with {@code contains}, each IPC range
 * compared with {@code startsWith}): the reference the compiled {@link PatentTagger} must agree with, and the
 * baseline of its benchmark.
 */
final class NaiveTagger {

    private final List<TaggingRule> rules;

    NaiveTagger(TaggingRules rules) {
        this.rules = rules.rules();
    }

    List<PatentTag> tag(String title, String abstractText, List<IpcSymbol> ipc) {
        String t = TextFold.matchForm(title);
        String a = TextFold.matchForm(abstractText);
        List<String> nodes = new ArrayList<>();
        List<TaggingRule> by = new ArrayList<>();
        List<String> evidence = new ArrayList<>();
        for (TaggingRule r : rules) {
            String node = r.chainId() + "/" + r.nodeId();
            if (nodes.contains(node)) {
                continue;
            }
            String found = null;
            if (r.kind() == TaggingRule.Kind.CONCORDANCE) {
                String main = ipc.get(0).canonical();
                for (IpcRange range : r.ipc()) {
                    if (found == null && main.startsWith(range.prefix())) {
                        found = range.written();
                    }
                }
            } else {
                String scope = r.titleOnly() ? t : t + "\u0000" + a;
                String first = firstIn(r.keywords(), t);
                if (first == null && !r.titleOnly()) {
                    first = firstIn(r.keywords(), a);
                }
                boolean also = r.also().isEmpty() || firstIn(r.also(), scope) != null;
                boolean excluded = firstIn(r.exclude(), scope) != null;
                boolean ipcOk = r.ipc().isEmpty()
                        || ipc.stream().anyMatch(s -> r.ipc().stream().anyMatch(x -> x.covers(s)));
                if (first != null && also && !excluded && ipcOk) {
                    found = first;
                }
            }
            if (found != null) {
                nodes.add(node);
                by.add(r);
                evidence.add(found);
            }
        }
        List<PatentTag> tags = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            TaggingRule r = by.get(i);
            boolean yields = r.yieldTo().stream().anyMatch(y -> nodes.contains(r.chainId() + "/" + y));
            if (!yields) {
                tags.add(new PatentTag(r.chainId(), r.nodeId(), r.id(), r.kind(), evidence.get(i)));
            }
        }
        return tags;
    }

    /** The keyword of the list that occurs first in the text (earliest end), or null. */
    private static String firstIn(List<String> words, String text) {
        String best = null;
        int bestEnd = Integer.MAX_VALUE;
        for (String w : words) {
            String f = TextFold.matchForm(w);
            int at = text.indexOf(f);
            if (at >= 0 && at + f.length() < bestEnd) {
                best = w;
                bestEnd = at + f.length();
            }
        }
        return best;
    }
}
