package org.innopark.engine.monitor.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.innopark.engine.monitor.Alert;

/**
 * Grades alerts against labels. An alert opens an episode (the detectors raise one alert per episode of a firm and
 * rule), so episodes are counted, not months. An episode is true when it is raised while one of its firm's labels
 * lasts, from the label's first month to {@code grace} months after its last; else it is a false alert. A label is
 * found when any episode of its firm is true for it; its lead time is the months from its start to the first.
 */
public final class Evaluation {

    private Evaluation() {}

    /** The scores of one detector on one labelled panel. */
    public record Score(
            int episodes,
            int trueEpisodes,
            long firmMonths,
            Map<FaultKind, int[]> foundOfKind,
            Map<FaultKind, double[]> leadOfKind) {

        public double precision() {
            return episodes == 0 ? 0 : trueEpisodes / (double) episodes;
        }

        public int labels() {
            return foundOfKind.values().stream().mapToInt(v -> v[1]).sum();
        }

        public int found() {
            return foundOfKind.values().stream().mapToInt(v -> v[0]).sum();
        }

        public double recall() {
            return labels() == 0 ? 0 : found() / (double) labels();
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        /** False episodes per 1,000 firm-months. */
        public double falsePerThousand() {
            return firmMonths == 0 ? 0 : 1000.0 * (episodes - trueEpisodes) / firmMonths;
        }

        public double recall(FaultKind k) {
            int[] v = foundOfKind.get(k);
            return v == null || v[1] == 0 ? Double.NaN : v[0] / (double) v[1];
        }

        /** The median lead time in months of the labels of the kind that were found, NaN when none. */
        public double medianLead(FaultKind k) {
            double[] l = leadOfKind.get(k);
            if (l == null || l.length == 0) {
                return Double.NaN;
            }
            double[] s = l.clone();
            Arrays.sort(s);
            return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
        }

        public double medianLead() {
            List<Double> all = new ArrayList<>();
            leadOfKind.values().forEach(v -> Arrays.stream(v).forEach(all::add));
            if (all.isEmpty()) {
                return Double.NaN;
            }
            double[] s = all.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
        }
    }

    /**
     * Grades the alerts.
     *
     * @param lastPeriod the panel's last month, where open labels end
     * @param grace months after a label's end in which an alert still counts for it
     */
    public static Score grade(List<Alert> alerts, List<FaultLabel> labels, long firmMonths, int lastPeriod, int grace) {
        Map<String, List<FaultLabel>> byFirm = new HashMap<>();
        labels.forEach(l ->
                byFirm.computeIfAbsent(l.creditCode(), k -> new ArrayList<>()).add(l));
        Map<FaultLabel, Integer> first = new HashMap<>();
        int trueEpisodes = 0;
        for (Alert a : alerts) {
            boolean matched = false;
            for (FaultLabel l : byFirm.getOrDefault(a.creditCode(), List.of())) {
                int end = l.end() == FaultLabel.OPEN ? lastPeriod : l.end();
                if (a.period() >= l.start() && a.period() <= end + grace) {
                    matched = true;
                    first.merge(l, a.period(), Math::min);
                }
            }
            trueEpisodes += matched ? 1 : 0;
        }
        Map<FaultKind, int[]> found = new EnumMap<>(FaultKind.class);
        Map<FaultKind, List<Double>> leads = new EnumMap<>(FaultKind.class);
        for (FaultLabel l : labels) {
            int[] v = found.computeIfAbsent(l.kind(), k -> new int[2]);
            v[1]++;
            Integer at = first.get(l);
            if (at != null) {
                v[0]++;
                leads.computeIfAbsent(l.kind(), k -> new ArrayList<>()).add((double) (at - l.start()));
            }
        }
        Map<FaultKind, double[]> leadArrays = new EnumMap<>(FaultKind.class);
        leads.forEach((k, v) ->
                leadArrays.put(k, v.stream().mapToDouble(Double::doubleValue).toArray()));
        return new Score(alerts.size(), trueEpisodes, firmMonths, found, leadArrays);
    }

    /** The scores of the detector beside the baseline, as a table of plain text (Chinese and English). */
    public static String report(Score detector, Score naive) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%-22s %10s %10s%n", "故障类型 / kind (n)", "detector", "naive"));
        for (FaultKind k : FaultKind.values()) {
            int[] v = detector.foundOfKind().get(k);
            if (v == null) {
                continue;
            }
            b.append(String.format(
                    Locale.ROOT,
                    "  %-20s recall %5.1f%% %9.1f%%   lead %4.1f / %4.1f months%n",
                    k.zh() + " " + k.name().toLowerCase(Locale.ROOT) + " (" + v[1] + ")",
                    100 * detector.recall(k),
                    100 * naive.recall(k),
                    detector.medianLead(k),
                    naive.medianLead(k)));
        }
        row(b, "事件召回 event recall", 100 * detector.recall(), 100 * naive.recall(), "%");
        row(b, "预警精确率 precision", 100 * detector.precision(), 100 * naive.precision(), "%");
        row(b, "F1", detector.f1(), naive.f1(), "");
        row(b, "误报/千企业月 false/1k", detector.falsePerThousand(), naive.falsePerThousand(), "");
        row(b, "预警次数 episodes", detector.episodes(), naive.episodes(), "");
        row(b, "提前期中位 lead (months)", detector.medianLead(), naive.medianLead(), "");
        return b.toString();
    }

    private static void row(StringBuilder b, String name, double d, double n, String unit) {
        b.append(String.format(Locale.ROOT, "%-24s %9.3f%s %9.3f%s%n", name, d, unit, n, unit));
    }
}
