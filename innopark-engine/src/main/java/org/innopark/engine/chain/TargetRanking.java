package org.innopark.engine.chain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * 招商靶向: ranks the pool for a park and a chain by a transparent sum of contributions, each in 0..1 times its
 * weight ({@link TargetingRules.Weights}):
 *
 * <ol>
 *   <li>relatedness: the relatedness density of the firm's industry to the park's portfolio;
 *   <li>gap: the most a node it is on is worth filling (延链 1, 补链 0.6, 强链 0.1);
 *   <li>adjacency: 1 when a node it is on supplies or buys from a node where the park has a 链主;
 *   <li>expansion: 1 − exp(−signals / saturation) over the signal window before the day;
 *   <li>qualification: 小巨人 1, 专精特新 0.7, 高企 0.5;
 *   <li>size: 0.7 × min(1, log10(营收万元) / 6) + 0.3 × clamp(growth / 0.5, 0, 1);
 *   <li>distance: exp(−km / scaleKm) between the firm's city and the park's.
 * </ol>
 *
 * Firms on no node of the chain, already in the park (its registry, or moved in by the day), or on a bad list are
 * left out. Only the top of the list is explained in words.
 */
public final class TargetRanking {

    private static final String[] KEYS = {
        "relatedness", "gap", "adjacency", "expansion", "qualification", "size", "distance"
    };
    private static final String[] LABELS = {"产业关联", "补链缺口", "链主邻接", "扩张信号", "资质", "规模成长", "距离"};

    /** The contributions' keys, in the order of every target's {@link Target#contributions}. */
    public static List<String> contributionKeys() {
        return List.of(KEYS);
    }

    private final CandidatePool pool;
    private final PoolChainView view;
    private final TargetContext ctx;
    private final double[] gap;
    private final boolean[] adjacent;
    private final double[] cityKm;
    private final long fromDay;
    private final long toDay;
    private final int parkIndex;
    private final double[] scores;

    private TargetRanking(CandidatePool pool, PoolChainView view, TargetContext ctx) {
        this.pool = pool;
        this.view = view;
        this.ctx = ctx;
        int k = view.nodes.size();
        gap = new double[k];
        adjacent = new boolean[k];
        for (int n = 0; n < k; n++) {
            NodeCoverage c = ctx.coverage().node(view.nodes.get(n).id());
            gap[n] = c == null ? NodeStrength.MISSING.gapValue() : c.strength().gapValue();
            adjacent[n] =
                    !ctx.coverage().anchorRelations(view.nodes.get(n).id()).isEmpty();
        }
        cityKm = new double[pool.cities.size()];
        for (int c = 0; c < cityKm.length; c++) {
            cityKm[c] = km(pool.cities.get(c), ctx.parkCity());
        }
        toDay = ctx.asOf().toEpochDay();
        fromDay = ctx.asOf().minusMonths(ctx.rules().signalWindowMonths()).toEpochDay();
        parkIndex = pool.parks.indexOf(ctx.parkCode());
        scores = score();
    }

    /** Scores every pool firm (NaN for those left out). */
    public static TargetRanking rank(CandidatePool pool, PoolChainView view, TargetContext ctx) {
        return new TargetRanking(pool, view, ctx);
    }

    private double[] score() {
        TargetingRules.Weights w = ctx.rules().weights();
        double saturation = ctx.rules().signalSaturation();
        double scale = ctx.rules().distanceScaleKm();
        double[] distance = new double[cityKm.length];
        for (int c = 0; c < distance.length; c++) {
            distance[c] = Double.isNaN(cityKm[c]) ? 0 : Math.exp(-cityKm[c] / scale);
        }
        boolean[] excluded = new boolean[pool.size];
        Map<String, Integer> index = pool.codeIndex();
        for (java.util.Set<String> codes : List.of(ctx.inPark(), ctx.badList())) {
            for (String code : codes) {
                Integer i = index.get(code);
                if (i != null) {
                    excluded[i] = true;
                }
            }
        }
        double[] out = new double[pool.size];
        for (int i = 0; i < pool.size; i++) {
            long m = view.mask[i];
            if (m == 0
                    || excluded[i]
                    || (pool.flags[i] & CandidatePool.BAD_LIST) != 0
                    || (pool.movedPark[i] == parkIndex && parkIndex >= 0 && pool.movedDay[i] <= toDay)) {
                out[i] = Double.NaN;
                continue;
            }
            double g = 0;
            boolean adj = false;
            while (m != 0) {
                int k = Long.numberOfTrailingZeros(m);
                g = Math.max(g, gap[k]);
                adj |= adjacent[k];
                m &= m - 1;
            }
            int signals = 0;
            for (int s = pool.signalStart[i]; s < pool.signalStart[i + 1]; s++) {
                int d = pool.signalDay[s];
                if (d > fromDay && d <= toDay) {
                    signals++;
                }
            }
            out[i] = w.relatedness() * ctx.density()[pool.industry[i]]
                    + w.gap() * g
                    + (adj ? w.adjacency() : 0)
                    + w.expansion() * (1 - Math.exp(-signals / saturation))
                    + w.qualification() * qualification(pool.flags[i])
                    + w.size() * size(pool.revenue[i], pool.growth[i])
                    + w.distance() * distance[pool.city[i]];
        }
        return out;
    }

    private static double qualification(byte flags) {
        if ((flags & CandidatePool.LITTLE_GIANT) != 0) {
            return 1;
        }
        if ((flags & CandidatePool.SRDI) != 0) {
            return 0.7;
        }
        return (flags & CandidatePool.HIGH_TECH) != 0 ? 0.5 : 0;
    }

    private static double size(float revenueWan, float growth) {
        double s = revenueWan <= 1 ? 0 : Math.min(1, Math.log10(revenueWan) / 6);
        double g = Math.max(0, Math.min(1, growth / 0.5));
        return 0.7 * s + 0.3 * g;
    }

    /** Great-circle distance in km (NaN when a city has no coordinates). */
    static double km(CandidatePool.City a, CandidatePool.City b) {
        if (a == null || b == null || Double.isNaN(a.lat()) || Double.isNaN(b.lat())) {
            return Double.NaN;
        }
        double p1 = Math.toRadians(a.lat());
        double p2 = Math.toRadians(b.lat());
        double dp = p2 - p1;
        double dl = Math.toRadians(b.lon() - a.lon());
        double h =
                Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /** Every pool firm's score by pool index, NaN for the firms left out. */
    public double[] scores() {
        return scores;
    }

    /** The number of firms ranked (not left out). */
    public int ranked() {
        int n = 0;
        for (double s : scores) {
            if (!Double.isNaN(s)) {
                n++;
            }
        }
        return n;
    }

    /** The best n firms, explained, best first (ties by credit code). */
    public List<Target> top(int n) {
        int[] best = topIndices(scores, n, pool.codes);
        List<Target> out = new ArrayList<>(best.length);
        for (int r = 0; r < best.length; r++) {
            out.add(explain(best[r], r + 1));
        }
        return out;
    }

    /** The order of {@link #top}: the higher score first, a tie to the smaller credit code. */
    public static final java.util.Comparator<Target> BEST_FIRST = (a, b) -> {
        int c = Double.compare(b.score(), a.score());
        return c != 0 ? c : a.creditCode().compareTo(b.creditCode());
    };

    /**
     * The best n of the top lists of parts of a pool (each part's {@link #top} of at least n), ranked 1..n: the top n
     * of the whole pool, in the order {@link #top} gives.
     */
    public static List<Target> merge(java.util.Collection<? extends java.util.Collection<Target>> parts, int n) {
        List<Target> all = new ArrayList<>();
        parts.forEach(all::addAll);
        all.sort(BEST_FIRST);
        List<Target> out = new ArrayList<>(Math.min(n, all.size()));
        for (int r = 0; r < all.size() && r < n; r++) {
            out.add(all.get(r).withRank(r + 1));
        }
        return out;
    }

    /** The indices of the n highest non-NaN scores, best first, ties by the given key; a bounded heap. */
    static int[] topIndices(double[] scores, int n, String[] tieKey) {
        if (n <= 0) {
            return new int[0];
        }
        int[] heap = new int[n];
        int size = 0;
        java.util.Comparator<Integer> worse = (a, b) -> {
            int c = Double.compare(scores[a], scores[b]);
            return c != 0 ? c : tieKey[b].compareTo(tieKey[a]);
        };
        for (int i = 0; i < scores.length; i++) {
            if (Double.isNaN(scores[i])) {
                continue;
            }
            if (size < n) {
                heap[size] = i;
                int c = size++;
                while (c > 0 && worse.compare(heap[c], heap[(c - 1) / 2]) < 0) {
                    swap(heap, c, (c - 1) / 2);
                    c = (c - 1) / 2;
                }
            } else if (worse.compare(i, heap[0]) > 0) {
                heap[0] = i;
                int c = 0;
                while (true) {
                    int l = 2 * c + 1;
                    int r = l + 1;
                    int m = c;
                    if (l < size && worse.compare(heap[l], heap[m]) < 0) {
                        m = l;
                    }
                    if (r < size && worse.compare(heap[r], heap[m]) < 0) {
                        m = r;
                    }
                    if (m == c) {
                        break;
                    }
                    swap(heap, c, m);
                    c = m;
                }
            }
        }
        Integer[] sorted = new Integer[size];
        for (int i = 0; i < size; i++) {
            sorted[i] = heap[i];
        }
        Arrays.sort(sorted, worse.reversed());
        return Arrays.stream(sorted).mapToInt(Integer::intValue).toArray();
    }

    private static void swap(int[] a, int i, int j) {
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
    }

    /** One firm's score taken apart into its contributions, in words. */
    public Target explain(int i, int rank) {
        TargetingRules.Weights w = ctx.rules().weights();
        List<ChainNode> nodes = view.nodesOf(i);
        double[] value = new double[KEYS.length];
        String[] text = new String[KEYS.length];
        double rel = ctx.density()[pool.industry[i]];
        value[0] = rel;
        text[0] = String.format(Locale.ROOT, "与本区产业关联密度%.2f", rel);
        ChainNode gapNode = null;
        NodeStrength gapStrength = null;
        List<String> relations = new ArrayList<>();
        for (ChainNode n : nodes) {
            NodeCoverage c = ctx.coverage().node(n.id());
            NodeStrength s = c == null ? NodeStrength.MISSING : c.strength();
            if (gapStrength == null || s.gapValue() > gapStrength.gapValue()) {
                gapStrength = s;
                gapNode = n;
            }
            for (String r : ctx.coverage().anchorRelations(n.id())) {
                if (!relations.contains(r)) {
                    relations.add(r);
                }
            }
        }
        value[1] = gapStrength == null ? 0 : gapStrength.gapValue();
        text[1] = gapNode == null ? "" : "可" + gapStrength.zh() + "“" + gapNode.name() + "”";
        value[2] = relations.isEmpty() ? 0 : 1;
        text[2] = String.join("，", relations);
        int[] counts = pool.signalCounts(i, fromDay, toDay);
        int total = Arrays.stream(counts).sum();
        value[3] = 1 - Math.exp(-total / ctx.rules().signalSaturation());
        List<String> signals = new ArrayList<>();
        for (ExpansionSignal s : ExpansionSignal.values()) {
            if (counts[s.ordinal()] > 0) {
                signals.add(s.count(counts[s.ordinal()]));
            }
        }
        text[3] = signals.isEmpty() ? "" : "近" + ctx.rules().signalWindowMonths() + "个月" + String.join("、", signals);
        value[4] = qualification(pool.flags[i]);
        text[4] = pool.littleGiant(i) ? "国家级专精特新“小巨人”" : pool.srdi(i) ? "专精特新中小企业" : pool.highTech(i) ? "高新技术企业" : "";
        value[5] = size(pool.revenue[i], pool.growth[i]);
        text[5] = String.format(Locale.ROOT, "营收%s，增长%.0f%%", money(pool.revenueYuan(i)), pool.growth[i] * 100);
        double km = cityKm[pool.city[i]];
        value[6] = Double.isNaN(km) ? 0 : Math.exp(-km / ctx.rules().distanceScaleKm());
        text[6] = Double.isNaN(km) ? "" : km < 60 ? "与园区同城" : String.format(Locale.ROOT, "距园区约%.0f公里", km);
        double[] weights = {
            w.relatedness(), w.gap(), w.adjacency(), w.expansion(), w.qualification(), w.size(), w.distance()
        };
        List<Contribution> contributions = new ArrayList<>();
        double sum = 0;
        for (int k = 0; k < KEYS.length; k++) {
            double points = value[k] * weights[k];
            sum += points;
            contributions.add(new Contribution(KEYS[k], LABELS[k], value[k], points, text[k]));
        }
        return new Target(
                rank,
                pool.codes[i],
                pool.names[i],
                pool.industry(i),
                pool.city(i).name(),
                pool.revenueYuan(i),
                sum,
                nodes.stream().map(ChainNode::name).toList(),
                contributions);
    }

    /** Money in 万元 or 亿元, e.g. 2.35亿元. */
    static String money(double yuan) {
        if (yuan >= 1e8) {
            return String.format(Locale.ROOT, "%.2f亿元", yuan / 1e8);
        }
        return String.format(Locale.ROOT, "%.0f万元", yuan / 1e4);
    }
}
