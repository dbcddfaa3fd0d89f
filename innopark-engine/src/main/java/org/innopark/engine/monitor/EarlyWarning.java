package org.innopark.engine.monitor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.innopark.engine.monitor.WarningRules.Kind;
import org.innopark.engine.monitor.WarningRules.Rule;
import org.innopark.engine.monitor.WarningRules.Statistics;

/**
 * 经营异常预警: the back-scan of a panel by the rule file. Every month is evaluated as if it were the current one,
 * with only the reports up to it (of the firm and of its peers), and an alert is raised in the month it would have
 * been raised. One episode per firm and rule: a rule that keeps firing raises no new alert until it has been quiet
 * for the file's {@code episode-clear-months}.
 *
 * <p>The statistics, per firm and measure (营业收入, 用电量, 社保缴纳人数), month t:
 *
 * <ul>
 *   <li>Spring Festival: a month's value is divided by {@code 1 - depth × share}, with the month's share of the
 *       festival's slowdown from {@link SpringFestival} (so a festival in January one year and in February the next
 *       is compared fairly) and the depth the firm showed at its own past festivals (least squares over January to
 *       March against October–December and April–May), known from the May after each festival.
 *   <li>Level: the median of the adjusted values of months t-15 … t-3; scale: 1.4826 × MAD of their log
 *       deviations; the month's deviation is {@code x = log((v + ε) / (level + ε))} and its robust z is x / scale.
 *   <li>Young firms (registered less than 24 months ago, or with a short history): a recent window and stricter
 *       thresholds, since ramp-up is not their normal level yet. Project-billed revenue (most months near zero) is
 *       not compared month by month.
 *   <li>Peers: the same month's deviations of the firms of the same 大类 and size band: the firm's change must also
 *       stand out against theirs (median and MAD), so that a downturn of the whole industry is not every firm's
 *       alert.
 * </ul>
 *
 * Arrays are primitive and per firm: a million firm-months scan in about a second (bench/monitor.sh).
 */
public final class EarlyWarning {

    private static final Measure[] STATS = {Measure.REVENUE, Measure.ELECTRICITY, Measure.HEADCOUNT};
    private static final int REV = 0;
    private static final int POW = 1;
    private static final int HEAD = 2;
    private static final byte YOUNG = 1;
    private static final byte LUMPY = 2;

    private final WarningRules rules;
    private final SpringFestival festival;

    public EarlyWarning(WarningRules rules, SpringFestival festival) {
        this.rules = rules;
        this.festival = festival;
    }

    public static EarlyWarning official() {
        return new EarlyWarning(WarningRules.official(), SpringFestival.official());
    }

    public WarningRules rules() {
        return rules;
    }

    public SpringFestival festival() {
        return festival;
    }

    /**
     * Back-scans the panel and the events: every alert, in the order of its month, then the credit code, then the
     * rule file's order.
     *
     * @throws IllegalArgumentException when the panel covers a year the festival table does not
     */
    public List<Alert> scan(Panel panel, List<MonitorEvent> events) {
        List<Alert> alerts = new ArrayList<>();
        if (panel.months() > 0) {
            Scan scan = new Scan(panel);
            scan.statistics();
            scan.peers();
            scan.rules(alerts);
        }
        return finish(panel, events, alerts);
    }

    /** The listing alerts added to the others, all in the order of {@link #scan}. */
    private List<Alert> finish(Panel panel, List<MonitorEvent> events, List<Alert> alerts) {
        listings(panel, events, alerts);
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < rules.rules().size(); i++) {
            order.put(rules.rules().get(i).id(), i);
        }
        alerts.sort(Comparator.comparingInt(Alert::period)
                .thenComparing(Alert::creditCode)
                .thenComparingInt(a -> order.get(a.ruleId())));
        return alerts;
    }

    /** The listing rules: an alert when a firm is listed, the episode closed by its removal. */
    private void listings(Panel panel, List<MonitorEvent> events, List<Alert> alerts) {
        List<MonitorEvent> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparing(MonitorEvent::creditCode).thenComparing(MonitorEvent::date));
        int first = panel.months() > 0 ? panel.start() : Integer.MIN_VALUE;
        for (Rule rule : rules.rules()) {
            if (rule.kind() != Kind.LISTING) {
                continue;
            }
            String firm = null;
            MonitorEvent open = null;
            for (int i = 0; i <= sorted.size(); i++) {
                MonitorEvent e = i < sorted.size() ? sorted.get(i) : null;
                if (e == null || !e.creditCode().equals(firm)) {
                    if (open != null && Period.of(open.date()) < first) {
                        alerts.add(listingAlert(rule, open, first));
                    }
                    open = null;
                    firm = e == null ? null : e.creditCode();
                }
                if (e == null || e.type().list() != rule.list()) {
                    continue;
                }
                if (e.type().listed()) {
                    if (open == null) {
                        open = e;
                        if (Period.of(e.date()) >= first) {
                            alerts.add(listingAlert(rule, e, Period.of(e.date())));
                        }
                    }
                } else if (open != null) {
                    open = null;
                }
            }
        }
    }

    private static Alert listingAlert(Rule rule, MonitorEvent e, int period) {
        String note =
                e.note() == null || e.note().isBlank() ? "" : "(" + e.note().strip() + ")";
        return new Alert(
                e.creditCode(),
                period,
                rule.id(),
                rule.severity(),
                List.of(),
                e.date() + " 列入" + rule.list().zh() + note + ",尚未移出;依据:" + rule.source() + "。");
    }

    /** The state of one back-scan: per-firm statistics, then the peers' of every month, then the rules. */
    private final class Scan {

        final Panel panel;
        final Statistics s;
        final int months;
        final int firms;
        final double[] share;
        /** Months since the festival's month of the year (negative before it). */
        final int[] sinceFestival;
        /** Per measure of {@link #STATS}, firm × month: the deviation, its scale and the level. */
        final float[][] x;

        final float[][] sigma;
        final float[][] level;
        /** Firm × month: {@link #YOUNG}, {@link #LUMPY}. */
        final byte[] flags;
        /** Firm × month: the peers' median deviation and its scale, per measure. */
        final float[][] peerMedian;

        final float[][] peerSigma;
        final int[] division;
        /** Firm × month: the size band of the headcount level, -1 when unknown. */
        final byte[] band;
        /** The highest deviation any level rule looks at: half the smallest minimum drop. */
        final double candidate;

        final ThreadLocal<double[]> payments = ThreadLocal.withInitial(() -> new double[32]);

        Scan(Panel panel) {
            this.panel = panel;
            this.s = rules.statistics();
            this.months = panel.months();
            this.firms = panel.firms().size();
            this.share = new double[months];
            this.sinceFestival = new int[months];
            for (int t = 0; t < months; t++) {
                int p = panel.start() + t;
                int year = Period.year(p);
                if (!festival.covers(year)) {
                    throw new IllegalArgumentException(
                            "春节日期表 " + festival.header().file() + " 没有 " + year
                                    + " 年的春节日期,无法扫描该年 / the Spring Festival table has no date for " + year);
                }
                share[t] = festival.share(p);
                sinceFestival[t] = p - Period.of(year, festival.month(year));
            }
            int cells = firms * months;
            x = new float[3][cells];
            sigma = new float[3][cells];
            level = new float[3][cells];
            peerMedian = new float[3][cells];
            peerSigma = new float[3][cells];
            flags = new byte[cells];
            band = new byte[cells];
            double smallest = 1;
            for (Rule r : rules.rules()) {
                if (r.kind() == Kind.LEVEL_DROP || r.kind() == Kind.JOINT_DECLINE || r.kind() == Kind.CONSISTENCY) {
                    smallest = Math.min(smallest, r.p("min-drop"));
                }
            }
            candidate = Math.log(1 - smallest / 2);
            division = new int[firms];
            Map<String, Integer> divisions = new HashMap<>();
            for (int f = 0; f < firms; f++) {
                String d = panel.firms().get(f).profile().division();
                division[f] = d == null ? -1 : divisions.computeIfAbsent(d, k -> divisions.size());
            }
        }

        /** Per-firm work runs in chunks on the common pool; each chunk has its own scratch arrays. */
        int chunks() {
            return Math.max(1, Math.min(firms, 4 * Runtime.getRuntime().availableProcessors()));
        }

        /** The first step: every firm's statistics, from its own reports only. */
        void statistics() {
            int chunks = chunks();
            IntStream.range(0, chunks).parallel().forEach(c -> {
                double[] adjusted = new double[months];
                double[] scratch = new double[Math.max(32, months)];
                for (int f = c * firms / chunks; f < (c + 1) * firms / chunks; f++) {
                    FirmSeries firm = panel.firms().get(f);
                    int registered = firm.profile().registered() == null
                            ? Integer.MIN_VALUE
                            : Period.of(firm.profile().registered());
                    for (int k = 0; k < 3; k++) {
                        statistics(f, firm, k, registered, adjusted, scratch);
                    }
                    for (int t = 0; t < months; t++) {
                        band[f * months + t] = (byte) band(level[HEAD][f * months + t]);
                    }
                }
            });
        }

        /** The second step: the peers' statistics of every month, over every firm's deviation of that month. */
        void peers() {
            boolean[] peered = peered();
            for (int k = 0; k < 3; k++) {
                if (peered[k]) {
                    peers(k);
                }
            }
        }

        /** The last step: each firm's alerts by the rules, from its statistics and its peers'. */
        void rules(List<Alert> alerts) {
            int chunks = chunks();
            List<List<Alert>> found = new ArrayList<>();
            for (int c = 0; c < chunks; c++) {
                found.add(new ArrayList<>());
            }
            IntStream.range(0, chunks).parallel().forEach(c -> {
                for (int f = c * firms / chunks; f < (c + 1) * firms / chunks; f++) {
                    rules(f, panel.firms().get(f), found.get(c));
                }
            });
            found.forEach(alerts::addAll);
        }

        /** The deviation, scale and level of one firm's measure in every month, with only the months before. */
        private void statistics(int f, FirmSeries firm, int k, int registered, double[] adjusted, double[] scratch) {
            double[] v = firm.values[STATS[k].ordinal()];
            boolean festivalAdjusted = k != HEAD;
            double depth = s.festivalDefaultDepth();
            double[] depths = new double[months / 12 + 2];
            int known = 0;
            adjust(v, depth, festivalAdjusted, adjusted);
            for (int t = 0; t < months; t++) {
                int cell = f * months + t;
                if (festivalAdjusted && Period.month(panel.start() + t) == 5 && t >= 4) {
                    double d = depthOf(v, t - 4);
                    if (!Double.isNaN(d)) {
                        depths[known++] = d;
                        System.arraycopy(depths, 0, scratch, 0, known);
                        depth = RobustStats.median(scratch, known);
                        adjust(v, depth, true, adjusted);
                    }
                }
                x[k][cell] = Float.NaN;
                level[k][cell] = Float.NaN;
                boolean young = registered != Integer.MIN_VALUE && panel.start() + t - registered < s.youngAgeMonths();
                int n = young ? 0 : window(adjusted, firm.reported, t, s.baseFrom(), s.baseTo(), scratch);
                if (n < s.baseMinMonths()) {
                    young = true;
                    n = window(adjusted, firm.reported, t, s.youngFrom(), s.youngTo(), scratch);
                    if (n < s.youngMinMonths()) {
                        continue;
                    }
                }
                if (young) {
                    flags[cell] |= YOUNG;
                }
                if (k == REV && lumpy(adjusted, firm.reported, t)) {
                    flags[cell] |= LUMPY;
                }
                double base = RobustStats.median(scratch, n);
                if (!(base > 0)) {
                    continue;
                }
                level[k][cell] = (float) base;
                double eps = k == HEAD ? 0.5 : 0.05 * base + 1e-9;
                if (firm.reported[t] && !Double.isNaN(adjusted[t])) {
                    float xv = (float) Math.log((adjusted[t] + eps) / (base + eps));
                    x[k][cell] = xv;
                    // The scale costs a few dozen logarithms: only a month low enough for a rule to ask needs it.
                    if (xv <= candidate) {
                        sigma[k][cell] = (float) scale(adjusted, firm.reported, t, young, base, eps, scratch);
                    }
                }
            }
        }

        /**
         * The robust scale of the month's log deviation from the level: 1.4826 × MAD over the scale window (longer
         * than the level's, so that a quiet year does not make every month look extreme), or the young window.
         */
        private double scale(
                double[] adjusted, boolean[] reported, int t, boolean young, double base, double eps, double[] out) {
            int n = young
                    ? window(adjusted, reported, t, s.youngFrom(), s.youngTo(), out)
                    : window(adjusted, reported, t, s.scaleFrom(), s.baseTo(), out);
            for (int i = 0; i < n; i++) {
                out[i] = Math.log((out[i] + eps) / (base + eps));
            }
            double centre = RobustStats.median(out, n);
            return Math.max(young ? s.youngMinSigma() : s.minSigma(), s.madScale() * RobustStats.mad(out, n, centre));
        }

        /**
         * Whether revenue is project-billed up to month t: of the months reported in the lumpy window before it, at
         * least low-share are below low-level × their mean.
         */
        private boolean lumpy(double[] adjusted, boolean[] reported, int t) {
            double sum = 0;
            int n = 0;
            for (int i = Math.max(0, t - s.lumpyMonths()); i < t; i++) {
                if (reported[i] && !Double.isNaN(adjusted[i])) {
                    sum += adjusted[i];
                    n++;
                }
            }
            if (n == 0) {
                return false;
            }
            double mean = sum / n;
            int low = 0;
            for (int i = Math.max(0, t - s.lumpyMonths()); i < t; i++) {
                if (reported[i] && !Double.isNaN(adjusted[i]) && adjusted[i] < s.lumpyLevel() * mean) {
                    low++;
                }
            }
            return low >= s.lumpyShare() * n;
        }

        /** The reported, known adjusted values of months t-from … t-to into out; their count. */
        private int window(double[] adjusted, boolean[] reported, int t, int from, int to, double[] out) {
            int n = 0;
            for (int i = Math.max(0, t - from); i <= t - to; i++) {
                if (reported[i] && !Double.isNaN(adjusted[i])) {
                    out[n++] = adjusted[i];
                }
            }
            return n;
        }

        private void adjust(double[] v, double depth, boolean festivalAdjusted, double[] out) {
            for (int t = 0; t < months; t++) {
                out[t] = festivalAdjusted && share[t] > 0 ? v[t] / (1 - depth * share[t]) : v[t];
            }
        }

        /**
         * The festival's depth in the year whose January is month j: least squares of 1 - v/level = depth × share
         * over January to March, the level being the median of October–December before and April–May after; NaN
         * when too little is known.
         */
        private double depthOf(double[] v, int j) {
            double[] around = new double[5];
            int n = 0;
            for (int i : new int[] {j - 3, j - 2, j - 1, j + 3, j + 4}) {
                if (i >= 0 && i < months && !Double.isNaN(v[i]) && v[i] > 0) {
                    around[n++] = v[i];
                }
            }
            if (n < 2) {
                return Double.NaN;
            }
            double norm = RobustStats.median(around, n);
            double num = 0;
            double den = 0;
            for (int i = j; i < j + 3; i++) {
                if (share[i] > 0) {
                    if (Double.isNaN(v[i])) {
                        return Double.NaN;
                    }
                    num += share[i] * (1 - v[i] / norm);
                    den += share[i] * share[i];
                }
            }
            if (den == 0) {
                return Double.NaN;
            }
            return Math.max(0, Math.min(s.festivalMaxDepth(), num / den));
        }

        /** The peers' median deviation and scale per firm and month: finest group with enough firms. */
        private void peers(int k) {
            IntStream.range(0, months).parallel().forEach(t -> peers(k, t));
        }

        private void peers(int k, int t) {
            int[] ids = new int[firms];
            float[] values = new float[firms];
            int[] divisions = new int[firms];
            int[] bands = new int[firms];
            int n = 0;
            for (int f = 0; f < firms; f++) {
                int cell = f * months + t;
                peerMedian[k][cell] = Float.NaN;
                float xv = x[k][cell];
                if (peerDeviation(k, cell)) {
                    ids[n] = f;
                    values[n] = xv;
                    divisions[n] = division[f];
                    bands[n] = band[cell];
                    n++;
                }
            }
            float[] median = new float[n];
            float[] spread = new float[n];
            groupPeers(s, n, divisions, bands, values, median, spread);
            for (int i = 0; i < n; i++) {
                int cell = ids[i] * months + t;
                peerMedian[k][cell] = median[i];
                peerSigma[k][cell] = spread[i];
            }
        }

        /** Whether the firm-month's deviation of the measure counts among its peers' (known, and not project-billed). */
        boolean peerDeviation(int k, int cell) {
            return !Float.isNaN(x[k][cell]) && (k != REV || (flags[cell] & LUMPY) == 0);
        }

        /** The size band of a headcount level, -1 when unknown. */
        private int band(float headcount) {
            if (Float.isNaN(headcount)) {
                return -1;
            }
            int b = 0;
            double[] lower = s.sizeBands();
            for (int i = 0; i < lower.length; i++) {
                if (headcount >= lower[i]) {
                    b = i;
                }
            }
            return b;
        }

        private void rules(int f, FirmSeries firm, List<Alert> alerts) {
            for (Rule rule : rules.rules()) {
                if (rule.kind() == Kind.LISTING) {
                    continue;
                }
                boolean open = false;
                int quiet = 0;
                boolean[] fired = new boolean[months];
                for (int t = 0; t < months; t++) {
                    fired[t] = fires(rule, f, firm, t);
                    if (open) {
                        quiet = fired[t] ? 0 : quiet + 1;
                        open = quiet < s.episodeClearMonths();
                    } else if (fired[t]) {
                        alerts.add(alert(rule, f, firm, t));
                        open = true;
                        quiet = 0;
                    }
                }
            }
        }

        private boolean fires(Rule rule, int f, FirmSeries firm, int t) {
            int cell = f * months + t;
            return switch (rule.kind()) {
                case REPORTS_STOPPED ->
                    missingRun(firm, t) >= rule.p("missing-months")
                            && reportsBefore(firm, t - missingRun(firm, t)) >= rule.p("min-reports");
                case TAX_ARREARS -> taxArrears(rule, firm, t) != null;
                case HEADCOUNT_COLLAPSE ->
                    firm.reported[t]
                            && level[HEAD][cell] >= rule.p("min-base")
                            && firm.values[Measure.HEADCOUNT.ordinal()][t] <= rule.p("max-ratio") * level[HEAD][cell];
                case COLLAPSE -> collapsed(rule, cell) >= rule.p("min-measures");
                case LEVEL_DROP, CONSISTENCY, JOINT_DECLINE -> sustained(rule, f, t);
                case LISTING -> false;
            };
        }

        private int missingRun(FirmSeries firm, int t) {
            int run = 0;
            while (t - run >= 0 && !firm.reported[t - run]) {
                run++;
            }
            return run;
        }

        private int reportsBefore(FirmSeries firm, int t) {
            int n = 0;
            for (int i = 0; i <= t && i < months; i++) {
                n += firm.reported[i] ? 1 : 0;
            }
            return n;
        }

        /** How many of the joint decline's other measures are down by other-drop in the month. */
        private int confirmed(Rule rule, int cell) {
            int n = 0;
            for (Measure m : rule.measures()) {
                float xv = x[index(m)][cell];
                if (!Float.isNaN(xv) && xv <= Math.log(1 - rule.p("other-drop"))) {
                    n++;
                }
            }
            return n;
        }

        private int collapsed(Rule rule, int cell) {
            int n = 0;
            for (Measure m : rule.measures()) {
                int k = index(m);
                if (k == REV && (flags[cell] & LUMPY) != 0) {
                    continue;
                }
                float xv = x[k][cell];
                if (!Float.isNaN(xv) && Math.exp(xv) <= rule.p("max-ratio")) {
                    n++;
                }
            }
            return n;
        }

        /**
         * Whether the rule's measure has been down for its persist months ending at t: every month below its level
         * by half the minimum drop, and their mean below it by the minimum drop and by z standard errors of a mean of
         * that many months (the scale of a month over √persist), and also against the peers' change of the same
         * months. A consistency rule asks revenue to be steady in every month instead of the peers' test.
         */
        private boolean sustained(Rule rule, int f, int t) {
            int persist = (int) rule.p("persist");
            if (t + 1 < persist) {
                return false;
            }
            int k = index(rule.measure());
            double minDrop = rule.p("min-drop");
            double z = rule.p("z");
            double youngZ = z + s.youngExtraZ();
            double minLevel = rule.p("min-level");
            boolean joint = rule.kind() == Kind.JOINT_DECLINE;
            boolean consistency = rule.kind() == Kind.CONSISTENCY;
            double minOthers = joint ? rule.p("min-others") : 0;
            double steady = consistency ? Math.log(rule.p("steady-ratio")) : 0;
            double sumX = 0;
            double sumScale = 0;
            double sumRelative = 0;
            double sumPeerScale = 0;
            int peered = 0;
            for (int i = t - persist + 1; i <= t; i++) {
                int cell = f * months + i;
                float xv = x[k][cell];
                if (Float.isNaN(xv) || k == REV && (flags[cell] & LUMPY) != 0 || level[k][cell] < minLevel) {
                    return false;
                }
                if ((flags[cell] & YOUNG) != 0) {
                    minDrop = Math.max(minDrop, s.youngMinDrop());
                    z = youngZ;
                }
                if (rule.postFestivalMonths() > 0
                        && sinceFestival[i] >= 0
                        && sinceFestival[i] <= rule.postFestivalMonths()) {
                    minDrop = Math.max(minDrop, rule.postFestivalMinDrop());
                }
                if (joint && confirmed(rule, cell) < minOthers) {
                    return false;
                }
                if (consistency) {
                    float rev = x[REV][cell];
                    if (Float.isNaN(rev) || (flags[cell] & LUMPY) != 0 || rev < steady) {
                        return false;
                    }
                }
                sumX += xv;
                sumScale += sigma[k][cell] * (share[i] >= s.festivalShare() ? s.festivalSigmaFactor() : 1);
                float pm = peerMedian[k][cell];
                if (!Float.isNaN(pm)) {
                    sumRelative += xv - pm;
                    sumPeerScale += peerSigma[k][cell];
                    peered++;
                }
            }
            double limit = Math.log(1 - minDrop);
            double half = Math.log(1 - minDrop / 2);
            for (int i = t - persist + 1; i <= t; i++) {
                if (x[k][f * months + i] > half) {
                    return false;
                }
            }
            double root = Math.sqrt(persist);
            double meanX = sumX / persist;
            if (meanX > limit || meanX > -z * sumScale / persist / root) {
                return false;
            }
            if (rule.kind() == Kind.CONSISTENCY || peered == 0) {
                return true;
            }
            double relative = sumRelative / peered;
            return relative <= limit && relative <= -rule.p("peer-z") * sumPeerScale / peered / Math.sqrt(peered);
        }

        /** The run of months without tax ending at t, with what the firm's history allows; null when not arrears. */
        private int[] taxArrears(Rule rule, FirmSeries firm, int t) {
            double[] tax = firm.values[Measure.TAX.ordinal()];
            double[] revenue = firm.values[Measure.REVENUE.ordinal()];
            if (!firm.reported[t] || Double.isNaN(tax[t])) {
                return null;
            }
            int history = (int) rule.p("history-months");
            int from = Math.max(0, t - history);
            double[] paid = payments.get();
            if (paid.length < history + 1) {
                paid = new double[history + 1];
                payments.set(paid);
            }
            int payments = 0;
            double most = 0;
            for (int i = from; i <= t; i++) {
                if (firm.reported[i] && tax[i] > 0) {
                    paid[payments++] = tax[i];
                    most = Math.max(most, tax[i]);
                }
            }
            // A month with more tax than zero-share of the largest payment is no arrears, whatever the median.
            if (payments == 0 || tax[t] > rule.p("zero-share") * most) {
                return null;
            }
            double zero = rule.p("zero-share") * RobustStats.median(paid, payments);
            int run = 0;
            while (t - run >= from && firm.reported[t - run] && !Double.isNaN(tax[t - run]) && tax[t - run] <= zero) {
                run++;
            }
            if (run < rule.p("min-months")) {
                return null;
            }
            int runStart = t - run + 1;
            int count = 0;
            int longest = 0;
            int gap = -1;
            double before = 0;
            int beforeMonths = 0;
            for (int i = from; i < runStart; i++) {
                if (!firm.reported[i] || Double.isNaN(tax[i])) {
                    continue;
                }
                if (!Double.isNaN(revenue[i])) {
                    before += revenue[i];
                    beforeMonths++;
                }
                if (tax[i] > zero) {
                    count++;
                    if (gap > longest) {
                        longest = gap;
                    }
                    gap = 0;
                } else if (gap >= 0) {
                    gap++;
                }
            }
            int allowance = (int) Math.min(rule.p("max-allowance"), longest);
            if (count < rule.p("min-payments") || run < allowance + rule.p("extra-months") || beforeMonths == 0) {
                return null;
            }
            // The revenue whose tax is overdue: from the month before the run to the months still within the
            // firm's own payment gap.
            double during = 0;
            int duringMonths = 0;
            for (int i = Math.max(0, runStart - 1); i <= t - allowance - 1; i++) {
                if (!Double.isNaN(revenue[i])) {
                    during += revenue[i];
                    duringMonths++;
                }
            }
            double levelBefore = before / beforeMonths;
            if (duringMonths == 0
                    || !(levelBefore > 0)
                    || during / duringMonths < rule.p("revenue-share") * levelBefore) {
                return null;
            }
            return new int[] {run, allowance, (int) Math.round(100 * during / duringMonths / levelBefore)};
        }

        private Alert alert(Rule rule, int f, FirmSeries firm, int t) {
            int cell = f * months + t;
            String month = Period.format(panel.start() + t);
            List<Alert.Value> values = new ArrayList<>();
            StringBuilder why = new StringBuilder();
            Severity severity = rule.severity();
            switch (rule.kind()) {
                case REPORTS_STOPPED -> {
                    int run = missingRun(firm, t);
                    int last = t - run;
                    values.add(new Alert.Value("连续未报月数", run, "月"));
                    values.add(new Alert.Value("此前报表月数", reportsBefore(firm, last), "月"));
                    why.append("自 ")
                            .append(Period.format(panel.start() + last + 1))
                            .append(" 起连续 ")
                            .append(run)
                            .append(" 个月未报送月度报表(此前 ")
                            .append(reportsBefore(firm, last))
                            .append(" 个月按期报送,最近一期 ")
                            .append(Period.format(panel.start() + last))
                            .append(")。");
                }
                case TAX_ARREARS -> {
                    int[] a = taxArrears(rule, firm, t);
                    values.add(new Alert.Value("连续未纳税月数", a[0], "月"));
                    values.add(new Alert.Value("自身最长缴税间隔", a[1], "月"));
                    values.add(new Alert.Value("同期营业收入占此前水平", a[2], "%"));
                    why.append("连续 ")
                            .append(a[0])
                            .append(" 个月纳税总额为零(该企业以往最长缴税间隔 ")
                            .append(a[1])
                            .append(" 个月")
                            .append(a[1] >= 2 ? ",按季缴纳" : a[1] == 0 ? ",按月缴纳" : "")
                            .append("),而同期营业收入仍为此前水平的 ")
                            .append(a[2])
                            .append("%。");
                }
                case HEADCOUNT_COLLAPSE -> {
                    double h = firm.values[Measure.HEADCOUNT.ordinal()][t];
                    double base = level[HEAD][cell];
                    values.add(new Alert.Value("本月社保缴纳人数", h, "人"));
                    values.add(new Alert.Value("自身常态人数", base, "人"));
                    why.append(month)
                            .append(" 社保缴纳人数 ")
                            .append(fmt(h))
                            .append(" 人,仅为自身常态(前几个月中位数 ")
                            .append(fmt(base))
                            .append(" 人)的 ")
                            .append(pct(h / base))
                            .append(",降幅超过 ")
                            .append(pct(1 - rule.p("max-ratio")))
                            .append("。");
                }
                case COLLAPSE -> {
                    why.append(month)
                            .append(" 多项指标同时骤降至自身常态的 ")
                            .append(pct(rule.p("max-ratio")))
                            .append(" 以下:");
                    boolean firstPart = true;
                    for (Measure m : rule.measures()) {
                        int k = index(m);
                        float xv = x[k][cell];
                        if (Float.isNaN(xv) || Math.exp(xv) > rule.p("max-ratio")) {
                            continue;
                        }
                        double v = firm.values[m.ordinal()][t];
                        values.add(new Alert.Value(m.zh(), v, m.unit()));
                        values.add(new Alert.Value(m.zh() + "常态", level[k][cell], m.unit()));
                        why.append(firstPart ? "" : ";")
                                .append(m.zh())
                                .append(' ')
                                .append(fmt(v))
                                .append(m.unit())
                                .append("(常态 ")
                                .append(fmt(level[k][cell]))
                                .append(m.unit())
                                .append(")");
                        firstPart = false;
                    }
                    why.append(",疑似停产或经营中断。");
                }
                case LEVEL_DROP, CONSISTENCY, JOINT_DECLINE -> {
                    Measure m = rule.measure();
                    int k = index(m);
                    double v = firm.values[m.ordinal()][t];
                    double ratio = Math.exp(x[k][cell]);
                    double z = x[k][cell] / sigma[k][cell];
                    values.add(new Alert.Value("本月" + m.zh(), v, m.unit()));
                    values.add(new Alert.Value(m.zh() + "常态", level[k][cell], m.unit()));
                    values.add(new Alert.Value("相对常态", ratio, ""));
                    values.add(new Alert.Value("稳健z", z, ""));
                    if (rule.kind() == Kind.LEVEL_DROP) {
                        Severity byRatio = rule.severityOf(ratio);
                        severity = byRatio != null ? byRatio : lowest(rule);
                    }
                    boolean young = (flags[cell] & YOUNG) != 0;
                    why.append(m.zh())
                            .append("连续 ")
                            .append((int) rule.p("persist"))
                            .append(" 个月明显低于自身常态:")
                            .append(month)
                            .append(" 为 ")
                            .append(fmt(v))
                            .append(m.unit())
                            .append(",常态(")
                            .append(young ? "成立不久或历史较短,取近几个月" : "前3–15个月")
                            .append("中位数")
                            .append(m == Measure.HEADCOUNT ? "" : ",已按当年春节所在月份调整")
                            .append(")")
                            .append(fmt(level[k][cell]))
                            .append(m.unit())
                            .append(",降幅 ")
                            .append(pct(1 - ratio))
                            .append(",稳健z ")
                            .append(String.format(Locale.ROOT, "%.1f", z));
                    if (rule.kind() == Kind.JOINT_DECLINE) {
                        for (Measure o : rule.measures()) {
                            float xo = x[index(o)][cell];
                            if (!Float.isNaN(xo) && xo <= Math.log(1 - rule.p("other-drop"))) {
                                values.add(new Alert.Value(o.zh() + "相对常态", Math.exp(xo), ""));
                                why.append(";").append(o.zh()).append("同期为常态的 ").append(pct(Math.exp(xo)));
                            }
                        }
                        why.append(",多项指标同向下滑");
                    }
                    if (rule.kind() == Kind.CONSISTENCY) {
                        double rev = Math.exp(x[REV][cell]);
                        values.add(new Alert.Value("营业收入相对常态", rev, ""));
                        why.append(";而同期营业收入为常态的 ").append(pct(rev)).append(",两者不一致,报表可能失实或生产已停。");
                    } else {
                        float pm = peerMedian[k][cell];
                        if (!Float.isNaN(pm)) {
                            values.add(new Alert.Value("同行中位变化", Math.exp(pm) - 1, ""));
                            why.append(";同行(同行业同规模)同期中位变化 ")
                                    .append(signedPct(Math.exp(pm) - 1))
                                    .append(",并非行业普遍下滑");
                        }
                        why.append("。");
                    }
                }
                case LISTING -> throw new IllegalStateException();
            }
            return new Alert(firm.creditCode, panel.start() + t, rule.id(), severity, values, why.toString());
        }
    }

    /** Which of the statistics' measures the peers are computed for: those a level-drop or joint-decline rule reads. */
    private boolean[] peered() {
        boolean[] peered = new boolean[3];
        for (Rule r : rules.rules()) {
            if (r.kind() == Kind.LEVEL_DROP || r.kind() == Kind.JOINT_DECLINE) {
                peered[index(r.measure())] = true;
            }
        }
        return peered;
    }

    /**
     * The peers of one measure and month: each deviation's peer group is the finest with enough firms (大类 × size
     * band, then the band, then every firm), and it gets the group's median deviation and robust scale (median NaN
     * when no group is large enough). The order of the deviations does not matter.
     *
     * @param division each firm's 大类 as a number (any numbering; -1 when unknown)
     * @param band each firm's size band that month, -1 when unknown
     */
    private static void groupPeers(
            Statistics s, int n, int[] division, int[] band, float[] values, float[] median, float[] spread) {
        Arrays.fill(median, 0, n, Float.NaN);
        long[] keys = new long[n];
        double[] scratch = new double[n];
        int bands = s.sizeBands().length + 1;
        int unassigned = n;
        for (int grouping = 0; grouping < 3 && unassigned > 0; grouping++) {
            for (int i = 0; i < n; i++) {
                int b = band[i] + 1;
                long key = switch (grouping) {
                    case 0 -> division[i] < 0 ? -1 : (long) division[i] * bands + b;
                    case 1 -> b;
                    default -> 0;
                };
                keys[i] = key < 0 ? Long.MAX_VALUE : (key << 32) | i;
            }
            long[] sorted = Arrays.copyOf(keys, n);
            Arrays.sort(sorted);
            int a = 0;
            while (a < n) {
                long group = sorted[a] >>> 32;
                int b = a;
                while (b < n && (sorted[b] >>> 32) == group) {
                    b++;
                }
                boolean needed = false;
                for (int i = a; i < b && !needed && sorted[a] != Long.MAX_VALUE; i++) {
                    needed = Float.isNaN(median[(int) sorted[i]]);
                }
                if (needed && sorted[a] != Long.MAX_VALUE && b - a >= s.peerMinFirms()) {
                    for (int i = a; i < b; i++) {
                        scratch[i - a] = values[(int) sorted[i]];
                    }
                    double med = RobustStats.median(scratch, b - a);
                    double sd = Math.max(s.peerMinSigma(), s.madScale() * RobustStats.mad(scratch, b - a, med));
                    for (int i = a; i < b; i++) {
                        int j = (int) sorted[i];
                        if (Float.isNaN(median[j])) {
                            median[j] = (float) med;
                            spread[j] = (float) sd;
                            unassigned--;
                        }
                    }
                }
                a = b;
            }
        }
    }

    /**
     * One firm-month's deviation of a measure from its own level, as its peers' statistics take it.
     *
     * @param measure which of the peered measures (an index the other steps understand)
     * @param division the firm's 大类, or null
     * @param band the firm's size band that month, -1 when unknown
     */
    public record PeerDeviation(String creditCode, int measure, int period, String division, int band, float deviation)
            implements java.io.Serializable {}

    /** The peers' median deviation and robust scale for one firm-month and measure. */
    public record PeerStatistic(String creditCode, int measure, int period, float median, float spread)
            implements java.io.Serializable {}

    /**
     * The peers of one measure and month (the deviations of every firm of that month, in any order), as the
     * back-scan computes them; a deviation without a peer group large enough gets none.
     */
    public List<PeerStatistic> peers(List<PeerDeviation> month) {
        int n = month.size();
        int[] divisions = new int[n];
        int[] bands = new int[n];
        float[] values = new float[n];
        Map<String, Integer> numbers = new HashMap<>();
        for (int i = 0; i < n; i++) {
            PeerDeviation d = month.get(i);
            divisions[i] = d.division() == null ? -1 : numbers.computeIfAbsent(d.division(), k -> numbers.size());
            bands[i] = d.band();
            values[i] = d.deviation();
        }
        float[] median = new float[n];
        float[] spread = new float[n];
        groupPeers(rules.statistics(), n, divisions, bands, values, median, spread);
        List<PeerStatistic> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!Float.isNaN(median[i])) {
                PeerDeviation d = month.get(i);
                out.add(new PeerStatistic(d.creditCode(), d.measure(), d.period(), median[i], spread[i]));
            }
        }
        return out;
    }

    /**
     * The back-scan in the steps of a run distributed by firm (the Spark job), giving what {@link #scan} gives on the
     * whole panel: {@link #firms} computes the statistics of some firms from their own reports, on a panel of the
     * whole panel's months; {@link Firms#deviations} gives the deviations their peers are computed over, which
     * {@link #peers} turns, month by month over every firm, into the peers' statistics; {@link Firms#peer} takes
     * them back, and {@link Firms#alerts} applies the rules.
     */
    public Firms firms(Panel panel) {
        return new Firms(panel);
    }

    /** Some firms' statistics, for a back-scan distributed by firm (see {@link #firms}). */
    public final class Firms {

        private final Panel panel;
        private final Scan scan;
        private final Map<String, Integer> index = new HashMap<>();

        private Firms(Panel panel) {
            this.panel = panel;
            this.scan = panel.months() > 0 ? new Scan(panel) : null;
            if (scan != null) {
                scan.statistics();
                boolean[] peered = peered();
                for (int k = 0; k < 3; k++) {
                    if (peered[k]) {
                        Arrays.fill(scan.peerMedian[k], Float.NaN);
                    }
                }
            }
            for (int f = 0; f < panel.firms().size(); f++) {
                index.put(panel.firms().get(f).creditCode(), f);
            }
        }

        /** Every deviation of these firms that counts among their peers' (see {@link #peers}). */
        public List<PeerDeviation> deviations() {
            List<PeerDeviation> out = new ArrayList<>();
            if (scan == null) {
                return out;
            }
            boolean[] peered = peered();
            for (int f = 0; f < scan.firms; f++) {
                FirmSeries firm = panel.firms().get(f);
                for (int k = 0; k < 3; k++) {
                    for (int t = 0; peered[k] && t < scan.months; t++) {
                        int cell = f * scan.months + t;
                        if (scan.peerDeviation(k, cell)) {
                            out.add(new PeerDeviation(
                                    firm.creditCode(),
                                    k,
                                    panel.start() + t,
                                    firm.profile().division(),
                                    scan.band[cell],
                                    scan.x[k][cell]));
                        }
                    }
                }
            }
            return out;
        }

        /** Takes one of the peers' statistics of one of these firms. */
        public void peer(PeerStatistic p) {
            int cell = index.get(p.creditCode()) * scan.months + p.period() - panel.start();
            scan.peerMedian[p.measure()][cell] = p.median();
            scan.peerSigma[p.measure()][cell] = p.spread();
        }

        /** The alerts of these firms and of the events (of these firms), in the order of {@link #scan}. */
        public List<Alert> alerts(List<MonitorEvent> events) {
            List<Alert> alerts = new ArrayList<>();
            if (scan != null) {
                scan.rules(alerts);
            }
            return finish(panel, events, alerts);
        }
    }

    private static Severity lowest(Rule rule) {
        return rule.bands().keySet().stream().min(Enum::compareTo).orElse(rule.severity());
    }

    private static int index(Measure m) {
        return switch (m) {
            case REVENUE -> REV;
            case ELECTRICITY -> POW;
            case HEADCOUNT -> HEAD;
            case TAX -> throw new IllegalArgumentException("tax has no level statistics");
        };
    }

    static String fmt(double v) {
        if (Math.abs(v) >= 100 || v == Math.rint(v)) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static String pct(double share) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }

    static String signedPct(double change) {
        return String.format(Locale.ROOT, "%+.0f%%", 100 * change);
    }
}
