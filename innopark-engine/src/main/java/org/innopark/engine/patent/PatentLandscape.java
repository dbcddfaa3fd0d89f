package org.innopark.engine.patent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.innopark.engine.chain.ChainNode;
import org.innopark.engine.chain.IndustryChain;

/**
 * 专利导航 landscape of one chain for one park over a pool of tagged patents: per node the filing and grant trends
 * and their growth, the park's share, the leading applicants in the park and outside, the fastest-rising IPC main
 * groups (hotspots), the gaps (the park has firms on the node but no patents; the node has patents but no firm in
 * the park), the peer parks, and for weak nodes the strong applicants outside the park (招商 leads). Every trend
 * states the cut-off and the publication lag: an invention application is published about 18 months after filing
 * (PCT national-phase entries later), so the last complete filing year is the last whose 31 December lies at least
 * 18 months before the cut-off.
 */
public final class PatentLandscape {

    /** What the landscape shows: how many leading applicants and hotspots, the fewest filings a hotspot needs. */
    public record Options(int topApplicants, int hotspots, int minHotspotFilings) {
        public static final Options DEFAULT = new Options(5, 5, 3);
    }

    /** Filings of one applicant on a node. */
    public record ApplicantCount(String applicant, String park, int filings) {}

    /** An IPC main group rising on a node: filings in the last three complete years against the three before. */
    public record Hotspot(String group, int recent, int previous, double ratio) {}

    /** A park's filings on a node. */
    public record ParkCount(String park, int filings) {}

    /** Why a node is a gap. */
    public enum Gap {
        NONE(""),
        FIRMS_WITHOUT_PATENTS("园区有企业、无专利"),
        PATENTS_WITHOUT_FIRMS("有专利、园区无企业");

        private final String zh;

        Gap(String zh) {
            this.zh = zh;
        }

        public String zh() {
            return zh;
        }
    }

    /**
     * One node's landscape.
     *
     * @param growth the compound annual growth of filings over the three years to the last complete year, null
     *     when the base year has none
     * @param weak whether the park's share is below its share of the whole chain, or the node is a gap
     */
    public record NodeLandscape(
            String nodeId,
            String name,
            String parent,
            int depth,
            int filings,
            int localFilings,
            double localShare,
            SortedMap<Integer, Integer> filingsByYear,
            SortedMap<Integer, Integer> localFilingsByYear,
            SortedMap<Integer, Integer> grantsByYear,
            Double growth,
            List<ApplicantCount> topLocal,
            List<ApplicantCount> topOutside,
            List<Hotspot> hotspots,
            List<ParkCount> peers,
            int firmsOnNode,
            Gap gap,
            boolean weak) {}

    /**
     * The chain's landscape.
     *
     * @param lastCompleteYear the last filing year whose applications are all published by the cut-off
     * @param lagNote the statement every trend carries
     * @param whole the chain as a whole, each patent tagged to any of its nodes counted once: trends, leading
     *     applicants and hotspots of the chain (id and name the chain's, depth -1, no firms and no gap)
     */
    public record Landscape(
            String chainId,
            String park,
            LocalDate cutoff,
            int lastCompleteYear,
            String lagNote,
            int filings,
            int localFilings,
            List<NodeLandscape> nodes,
            NodeLandscape whole) {

        public NodeLandscape node(String id) {
            return nodes.stream().filter(n -> n.nodeId().equals(id)).findFirst().orElseThrow();
        }
    }

    private PatentLandscape() {}

    /** The last filing year complete at the cut-off, given the 18-month publication lag. */
    public static int lastCompleteYear(LocalDate cutoff) {
        int year = cutoff.getYear();
        while (LocalDate.of(year, 12, 31).plusMonths(18).isAfter(cutoff)) {
            year--;
        }
        return year;
    }

    /** The statement of the lag for a cut-off. */
    public static String lagNote(LocalDate cutoff) {
        int complete = lastCompleteYear(cutoff);
        return "数据截至 " + cutoff + "。发明专利申请一般自申请日起约18个月公开(PCT进入国家阶段可达30个月以上)，" + (complete + 1)
                + " 年及以后申请的专利尚未全部公开，其数量偏低，不代表趋势下降。/ Data to " + cutoff + "; applications"
                + " filed from " + (complete + 1) + " on are not all published yet (18-month lag).";
    }

    /**
     * Computes the landscape.
     *
     * @param firmsOnNode the park's enterprises mapped to each node of the chain (by node id), from the chain mapping
     */
    public static Landscape compute(
            PatentPool pool,
            IndustryChain chain,
            String park,
            LocalDate cutoff,
            Map<String, Integer> firmsOnNode,
            Options options) {
        List<ChainNode> chainNodes = chain.nodes();
        int n = chainNodes.size();
        // index n is the chain as a whole: every tagged patent counts there once
        int m = n + 1;
        Map<String, Integer> indexOf = new HashMap<>();
        for (int i = 0; i < n; i++) {
            indexOf.put(chainNodes.get(i).id(), i);
        }
        // pool node id -> chain node index (and its ancestors, which count each patent once)
        int[][] lineage = new int[pool.nodes().size()][];
        for (int k = 0; k < lineage.length; k++) {
            String key = pool.nodes().name(k);
            int slash = key.indexOf('/');
            Integer idx = key.substring(0, slash).equals(chain.id()) ? indexOf.get(key.substring(slash + 1)) : null;
            if (idx == null) {
                lineage[k] = new int[0];
                continue;
            }
            List<Integer> up = new ArrayList<>();
            ChainNode c = chainNodes.get(idx);
            while (c != null) {
                up.add(indexOf.get(c.id()));
                c = c.parent() == null ? null : chainNodes.get(indexOf.get(c.parent()));
            }
            up.add(n);
            lineage[k] = up.stream().mapToInt(Integer::intValue).toArray();
        }
        int parkId = park == null ? -2 : pool.parks().find(park);
        int last = lastCompleteYear(cutoff);
        int firstYear = last - 19;
        int years = cutoff.getYear() - firstYear + 1;
        int[][] filed = new int[m][years];
        int[][] filedLocal = new int[m][years];
        int[][] granted = new int[m][years];
        int[] total = new int[m];
        int[] local = new int[m];
        int[][] perPark = new int[m][pool.parks().size()];
        LongCounts applicantCounts = new LongCounts(1 << 12);
        LongCounts groupCounts = new LongCounts(1 << 10);
        int[] seen = new int[m];
        java.util.Arrays.fill(seen, -1);
        for (int i = 0; i < pool.size(); i++) {
            int fy = pool.filingYear(i) - firstYear;
            int gy = pool.grantYear(i) - firstYear;
            int p = pool.park(i);
            boolean isLocal = p == parkId;
            for (int t = pool.tagStart(i); t < pool.tagEnd(i); t++) {
                for (int node : lineage[pool.tag(t)]) {
                    if (seen[node] == i) {
                        continue;
                    }
                    seen[node] = i;
                    total[node]++;
                    if (fy >= 0 && fy < years) {
                        filed[node][fy]++;
                        if (isLocal) {
                            filedLocal[node][fy]++;
                        }
                    }
                    if (pool.grantYear(i) > 0 && gy >= 0 && gy < years) {
                        granted[node][gy]++;
                    }
                    if (isLocal) {
                        local[node]++;
                    }
                    if (p >= 0) {
                        perPark[node][p]++;
                    }
                    applicantCounts.increment(((long) node << 32) | pool.applicant(i), isLocal ? 0 : 1);
                    int age = last - pool.filingYear(i);
                    if (pool.group(i) >= 0 && age >= 0 && age < 6) {
                        groupCounts.increment(((long) node << 32) | pool.group(i), age < 3 ? 0 : 1);
                    }
                }
            }
        }
        Map<Integer, List<ApplicantCount>> topLocal = new HashMap<>();
        Map<Integer, List<ApplicantCount>> topOutside = new HashMap<>();
        applicantCounts.forEach((key, inPark, outside) -> {
            int node = (int) (key >> 32);
            String name = pool.applicants().name((int) key);
            if (inPark > 0) {
                topLocal.computeIfAbsent(node, x -> new ArrayList<>()).add(new ApplicantCount(name, park, inPark));
            }
            if (outside > 0) {
                topOutside.computeIfAbsent(node, x -> new ArrayList<>()).add(new ApplicantCount(name, null, outside));
            }
        });
        Map<Integer, List<Hotspot>> hot = new HashMap<>();
        groupCounts.forEach((key, recent, previous) -> {
            if (recent >= options.minHotspotFilings() && recent > previous) {
                int node = (int) (key >> 32);
                String group = pool.groups().name((int) key);
                hot.computeIfAbsent(node, x -> new ArrayList<>())
                        .add(new Hotspot(group, recent, previous, (recent + 1.0) / (previous + 1.0)));
            }
        });
        int chainFilings = total[n];
        int chainLocal = local[n];
        double chainShare = chainFilings == 0 ? 0 : (double) chainLocal / chainFilings;
        List<NodeLandscape> out = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            ChainNode c = i < n ? chainNodes.get(i) : null;
            SortedMap<Integer, Integer> f = new TreeMap<>();
            SortedMap<Integer, Integer> fl = new TreeMap<>();
            SortedMap<Integer, Integer> g = new TreeMap<>();
            for (int y = 0; y < years; y++) {
                f.put(firstYear + y, filed[i][y]);
                fl.put(firstYear + y, filedLocal[i][y]);
                g.put(firstYear + y, granted[i][y]);
            }
            int base = f.get(last - 3);
            Double growth = base == 0 ? null : Math.pow((double) f.get(last) / base, 1.0 / 3) - 1;
            List<ParkCount> peers = new ArrayList<>();
            for (int q = 0; q < perPark[i].length; q++) {
                if (perPark[i][q] > 0) {
                    peers.add(new ParkCount(pool.parks().name(q), perPark[i][q]));
                }
            }
            peers.sort(Comparator.comparingInt(ParkCount::filings).reversed().thenComparing(ParkCount::park));
            int firms = c == null ? 0 : firmsOnNode.getOrDefault(c.id(), 0);
            Gap gap = c == null
                    ? Gap.NONE
                    : firms > 0 && local[i] == 0
                            ? Gap.FIRMS_WITHOUT_PATENTS
                            : firms == 0 && total[i] > 0 && local[i] == 0 ? Gap.PATENTS_WITHOUT_FIRMS : Gap.NONE;
            double share = total[i] == 0 ? 0 : (double) local[i] / total[i];
            boolean weak = c != null && c.parent() != null && (gap != Gap.NONE || (total[i] > 0 && share < chainShare));
            out.add(new NodeLandscape(
                    c == null ? chain.id() : c.id(),
                    c == null ? chain.nameZh() : c.name(),
                    c == null ? null : c.parent(),
                    c == null ? -1 : c.depth(),
                    total[i],
                    local[i],
                    share,
                    f,
                    fl,
                    g,
                    growth,
                    top(topLocal.get(i), options.topApplicants()),
                    top(topOutside.get(i), options.topApplicants()),
                    hotspots(hot.get(i), options.hotspots()),
                    peers,
                    firms,
                    gap,
                    weak));
        }
        NodeLandscape whole = out.remove(n);
        return new Landscape(
                chain.id(), park, cutoff, last, lagNote(cutoff), chainFilings, chainLocal, List.copyOf(out), whole);
    }

    private static List<ApplicantCount> top(List<ApplicantCount> all, int k) {
        if (all == null) {
            return List.of();
        }
        return all.stream()
                .sorted(Comparator.comparingInt(ApplicantCount::filings)
                        .reversed()
                        .thenComparing(ApplicantCount::applicant))
                .limit(k)
                .toList();
    }

    private static List<Hotspot> hotspots(List<Hotspot> all, int k) {
        if (all == null) {
            return List.of();
        }
        return all.stream()
                .sorted(Comparator.comparingDouble(Hotspot::ratio)
                        .reversed()
                        .thenComparing(Comparator.comparingInt(Hotspot::recent).reversed())
                        .thenComparing(Hotspot::group))
                .limit(k)
                .toList();
    }

    /** The nodes by id, in chain order. */
    public static Map<String, NodeLandscape> byId(Landscape landscape) {
        Map<String, NodeLandscape> m = new LinkedHashMap<>();
        landscape.nodes().forEach(x -> m.put(x.nodeId(), x));
        return m;
    }
}
