package org.innopark.engine.patent;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tags patents to chain nodes by the rules, compiled once: the IPC ranges of all rules into prefix trees (one for
 * the concordance on the main symbol, one for the keyword rules' IPC conditions on all symbols) and all keywords and
 * exclusion words into one automaton read over the title and the abstract. A patent's tagging reads its text once
 * and walks at most 14 tree nodes per IPC symbol, however many rules there are. Thread-safe.
 */
public final class PatentTagger {

    private static final int TITLE = 0;
    private static final int TEXT = 1;
    private static final int EXCLUDE = 2;
    private static final int ALSO = 3;

    private final List<TaggingRule> rules;
    private final IpcPrefixTree concordance = new IpcPrefixTree();
    private final IpcPrefixTree conditions = new IpcPrefixTree();
    private final KeywordAutomaton automaton;
    /** Per keyword: the rules it serves, as rule * 4 + role. */
    private final int[][] keywordUses;

    private final boolean[] anyIpc;
    private final String[] keywordText;
    private final int[][] yieldTo;
    private final int[] nodeOf;
    private final List<String> nodes = new ArrayList<>();
    /** Per thread: the rules' state and first keyword, the nodes reached and by which rule; cleared per patent. */
    private final ThreadLocal<int[][]> scratch;

    public PatentTagger(TaggingRules tagging) {
        this.rules = tagging.rules();
        Map<String, Integer> keywordIds = new LinkedHashMap<>();
        Map<Integer, List<Integer>> uses = new HashMap<>();
        Map<String, Integer> nodeIds = new HashMap<>();
        anyIpc = new boolean[rules.size()];
        nodeOf = new int[rules.size()];
        yieldTo = new int[rules.size()][];
        for (int r = 0; r < rules.size(); r++) {
            TaggingRule rule = rules.get(r);
            nodeOf[r] = nodeIds.computeIfAbsent(rule.chainId() + "/" + rule.nodeId(), k -> {
                nodes.add(k);
                return nodes.size() - 1;
            });
        }
        for (int r = 0; r < rules.size(); r++) {
            TaggingRule rule = rules.get(r);
            if (rule.kind() == TaggingRule.Kind.CONCORDANCE) {
                for (IpcRange range : rule.ipc()) {
                    concordance.add(range, r);
                }
            } else {
                anyIpc[r] = rule.ipc().isEmpty();
                for (IpcRange range : rule.ipc()) {
                    conditions.add(range, r);
                }
                int role = rule.titleOnly() ? TITLE : TEXT;
                for (String k : rule.keywords()) {
                    uses.computeIfAbsent(id(keywordIds, k), x -> new ArrayList<>())
                            .add(r * 4 + role);
                }
                for (String k : rule.also()) {
                    uses.computeIfAbsent(id(keywordIds, k), x -> new ArrayList<>())
                            .add(r * 4 + ALSO);
                }
                for (String k : rule.exclude()) {
                    uses.computeIfAbsent(id(keywordIds, k), x -> new ArrayList<>())
                            .add(r * 4 + EXCLUDE);
                }
            }
            yieldTo[r] = rule.yieldTo().stream()
                    .map(n -> nodeIds.getOrDefault(rule.chainId() + "/" + n, -1))
                    .filter(i -> i >= 0)
                    .mapToInt(Integer::intValue)
                    .toArray();
        }
        int ruleCount = rules.size();
        int nodeCount = nodes.size();
        scratch =
                ThreadLocal.withInitial(() -> new int[][] {new int[ruleCount], new int[ruleCount], new int[nodeCount]});
        keywordText = keywordIds.keySet().toArray(String[]::new);
        automaton = KeywordAutomaton.build(List.of(keywordText));
        keywordUses = new int[keywordText.length][];
        for (int k = 0; k < keywordText.length; k++) {
            keywordUses[k] = uses.get(k).stream().mapToInt(Integer::intValue).toArray();
        }
    }

    private static int id(Map<String, Integer> ids, String keyword) {
        return ids.computeIfAbsent(TextFold.matchForm(keyword), k -> ids.size());
    }

    public List<TaggingRule> rules() {
        return rules;
    }

    /** The patent's tags: one per node, by the first rule (in file order) that tagged it. */
    public List<PatentTag> tag(PatentRecord patent) {
        return tag(patent.title(), patent.abstractText(), patent.ipcAll());
    }

    /** The tags of a patent given by its title, abstract and IPC symbols (the main one first). */
    public List<PatentTag> tag(String title, String abstractText, List<IpcSymbol> ipc) {
        int n = rules.size();
        // per rule: 1 = a keyword in the title, 2 = in the abstract, 4 = excluded, 8 = IPC condition met,
        // 16 = concordance, 32 = an 'also' word in the title, 64 = in the abstract
        int[][] work = scratch.get();
        int[] state = work[0];
        int[] keywordHit = work[1];
        int[] ruleOfNode = work[2];
        java.util.Arrays.fill(state, 0);
        java.util.Arrays.fill(ruleOfNode, -1);
        automaton.scan(title, k -> mark(state, keywordHit, k, true));
        automaton.scan(abstractText, k -> mark(state, keywordHit, k, false));
        for (int i = 0; i < ipc.size(); i++) {
            String canonical = ipc.get(i).canonical();
            conditions.lookup(canonical, r -> state[r] |= 8);
            if (i == 0) {
                concordance.lookup(canonical, r -> {
                    state[r] |= 16;
                    keywordHit[r] = -1 - findRange(rules.get(r), canonical);
                });
            }
        }
        for (int r = 0; r < n; r++) {
            int s = state[r];
            TaggingRule rule = rules.get(r);
            boolean fires = rule.kind() == TaggingRule.Kind.CONCORDANCE
                    ? (s & 16) != 0
                    : (s & 4) == 0
                            && ((s & 1) != 0 || ((s & 2) != 0 && !rule.titleOnly()))
                            && (rule.also().isEmpty() || alsoMet(s, rule.titleOnly()))
                            && (anyIpc[r] || (s & 8) != 0);
            if (fires && ruleOfNode[nodeOf[r]] < 0) {
                ruleOfNode[nodeOf[r]] = r;
            }
        }
        List<PatentTag> tags = new ArrayList<>(2);
        for (int node = 0; node < ruleOfNode.length; node++) {
            if (ruleOfNode[node] < 0) {
                continue;
            }
            int r = ruleOfNode[node];
            boolean yields = false;
            for (int other : yieldTo[r]) {
                yields |= ruleOfNode[other] >= 0;
            }
            if (yields) {
                continue;
            }
            TaggingRule rule = rules.get(r);
            String evidence =
                    keywordHit[r] < 0 ? rule.ipc().get(-1 - keywordHit[r]).written() : keywordText[keywordHit[r]];
            tags.add(new PatentTag(rule.chainId(), rule.nodeId(), rule.id(), rule.kind(), evidence));
        }
        return tags;
    }

    private void mark(int[] state, int[] keywordHit, int keyword, boolean inTitle) {
        for (int use : keywordUses[keyword]) {
            int r = use >> 2;
            int role = use & 3;
            if (role == ALSO) {
                state[r] |= inTitle ? 32 : 64;
            } else if (role == EXCLUDE) {
                if (inTitle || !rules.get(r).titleOnly()) {
                    state[r] |= 4;
                }
            } else if (inTitle || role == TEXT) {
                if ((state[r] & 3) == 0) {
                    keywordHit[r] = keyword;
                }
                state[r] |= inTitle ? 1 : 2;
            }
        }
    }

    private static boolean alsoMet(int s, boolean titleOnly) {
        return titleOnly ? (s & 1) != 0 && (s & 32) != 0 : (s & 96) != 0;
    }

    private static int findRange(TaggingRule rule, String canonical) {
        for (int i = 0; i < rule.ipc().size(); i++) {
            if (canonical.startsWith(rule.ipc().get(i).prefix())) {
                return i;
            }
        }
        return 0;
    }
}
