package org.innopark.engine.pipeline;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * 招商漏斗 and the figures a 投促局 reports for a period: how many projects reached each stage in it (a stage skipped
 * counts as reached on the day of the later one), how many are at each stage now, 签约项目数 and 金额, 超亿元项目数, the
 * rates of the stage file (落地率, 开工率, 投产率: among the projects signed in the period, the share that has reached
 * the stage since), 到资额 in the period and 到资率 (funds received so far by the projects signed in the period over
 * their contracted amount), and the average days spent at each stage (between the recorded entries of a stage and
 * of the next one, for the projects that moved on in the period).
 */
public final class Funnel {

    /** One stage's counts. */
    public record StageCount(String code, String zh, String en, int reached, int current) {}

    /** A rate with its numerator and denominator; {@code value} is null when nothing was signed. */
    public record RateValue(String key, String zh, String en, int numerator, int denominator, Double value) {}

    /** The figures of a set of projects over a period. */
    public record Figures(
            int projects,
            List<StageCount> stages,
            int signed,
            BigDecimal signedYuan,
            int bigProjects,
            List<RateValue> rates,
            BigDecimal fundsYuan,
            Double fundsRate,
            Map<String, Double> averageDays) {}

    /** The figures of the period overall, by chain and by owner. */
    public record Report(
            LocalDate from, LocalDate to, Figures total, Map<String, Figures> byChain, Map<String, Figures> byOwner) {}

    private Funnel() {}

    /** The figures of a calendar year. */
    public static Report year(StageScheme scheme, List<ProjectFacts> projects, int year) {
        return period(scheme, projects, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** The figures of a period (both days included). */
    public static Report period(StageScheme scheme, List<ProjectFacts> projects, LocalDate from, LocalDate to) {
        return new Report(
                from,
                to,
                figures(scheme, projects, from, to),
                grouped(scheme, projects, from, to, p -> p.chain() == null ? "" : p.chain()),
                grouped(scheme, projects, from, to, p -> p.owner() == null ? "" : p.owner()));
    }

    private static Map<String, Figures> grouped(
            StageScheme scheme,
            List<ProjectFacts> projects,
            LocalDate from,
            LocalDate to,
            Function<ProjectFacts, String> key) {
        Map<String, List<ProjectFacts>> groups = new TreeMap<>();
        for (ProjectFacts p : projects) {
            groups.computeIfAbsent(key.apply(p), k -> new ArrayList<>()).add(p);
        }
        Map<String, Figures> out = new LinkedHashMap<>();
        groups.forEach((k, v) -> out.put(k, figures(scheme, v, from, to)));
        return out;
    }

    /** The day each open stage was reached (a skipped stage on the day of the later one). */
    static Map<String, LocalDate> reached(StageScheme scheme, ProjectFacts p) {
        Map<String, LocalDate> out = new HashMap<>();
        for (ProjectFacts.Entry e : p.history()) {
            int r = scheme.rank(e.stage());
            for (int i = 0; i <= r; i++) {
                out.putIfAbsent(scheme.open().get(i).code(), e.date());
            }
        }
        return out;
    }

    static Figures figures(StageScheme scheme, List<ProjectFacts> projects, LocalDate from, LocalDate to) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (Stage s : scheme.stages()) {
            counts.put(s.code(), new int[2]);
        }
        String signedCode = signedStage(scheme);
        int signed = 0;
        int big = 0;
        BigDecimal signedYuan = BigDecimal.ZERO;
        BigDecimal fundsYuan = BigDecimal.ZERO;
        BigDecimal cohortFunds = BigDecimal.ZERO;
        BigDecimal cohortContract = BigDecimal.ZERO;
        Map<String, int[]> rateCounts = new LinkedHashMap<>();
        scheme.rates().values().stream()
                .sorted((a, b) -> Integer.compare(scheme.rank(a.stage()), scheme.rank(b.stage())))
                .forEach(r -> rateCounts.put(r.key(), new int[1]));
        Map<String, long[]> days = new LinkedHashMap<>();
        for (Stage s : scheme.open()) {
            days.put(s.code(), new long[2]);
        }
        for (ProjectFacts p : projects) {
            int[] current = counts.get(p.stage());
            if (current != null) {
                current[1]++;
            }
            Map<String, LocalDate> reached = reached(scheme, p);
            for (Map.Entry<String, LocalDate> e : reached.entrySet()) {
                if (within(e.getValue(), from, to)) {
                    counts.get(e.getKey())[0]++;
                }
            }
            for (ProjectFacts.Entry e : p.history()) {
                Stage s = scheme.stage(e.stage()).orElse(null);
                if (s != null && s.exit() && within(e.date(), from, to)) {
                    counts.get(s.code())[0]++;
                }
            }
            for (ProjectFacts.Funds f : p.funds()) {
                if (within(f.date(), from, to)) {
                    fundsYuan = fundsYuan.add(f.yuan());
                }
            }
            LocalDate signedOn = signedCode == null ? null : reached.get(signedCode);
            if (signedOn != null && within(signedOn, from, to)) {
                signed++;
                BigDecimal amount = p.contractYuan() == null ? BigDecimal.ZERO : p.contractYuan();
                signedYuan = signedYuan.add(amount);
                if (amount.compareTo(scheme.bigProjectYuan()) >= 0) {
                    big++;
                }
                for (StageScheme.Rate r : scheme.rates().values()) {
                    if (reached.containsKey(r.stage())) {
                        rateCounts.get(r.key())[0]++;
                    }
                }
                cohortContract = cohortContract.add(amount);
                for (ProjectFacts.Funds f : p.funds()) {
                    cohortFunds = cohortFunds.add(f.yuan());
                }
            }
            addDays(scheme, p, from, to, days);
        }
        List<StageCount> stages = new ArrayList<>();
        for (Stage s : scheme.stages()) {
            int[] c = counts.get(s.code());
            stages.add(new StageCount(s.code(), s.zh(), s.en(), c[0], c[1]));
        }
        List<RateValue> rates = new ArrayList<>();
        for (Map.Entry<String, int[]> e : rateCounts.entrySet()) {
            StageScheme.Rate r = scheme.rates().get(e.getKey());
            int n = e.getValue()[0];
            rates.add(new RateValue(r.key(), r.zh(), r.en(), n, signed, signed == 0 ? null : (double) n / signed));
        }
        Double fundsRate = cohortContract.signum() == 0
                ? null
                : cohortFunds.divide(cohortContract, 6, RoundingMode.HALF_EVEN).doubleValue();
        Map<String, Double> average = new LinkedHashMap<>();
        days.forEach((k, v) -> average.put(k, v[1] == 0 ? null : (double) v[0] / v[1]));
        return new Figures(projects.size(), stages, signed, signedYuan, big, rates, fundsYuan, fundsRate, average);
    }

    /** Days between the recorded entry of each stage and the next recorded entry, counted when the latter is in the period. */
    private static void addDays(
            StageScheme scheme, ProjectFacts p, LocalDate from, LocalDate to, Map<String, long[]> days) {
        Set<String> counted = new HashSet<>();
        List<ProjectFacts.Entry> h = p.history();
        for (int i = 0; i + 1 < h.size(); i++) {
            ProjectFacts.Entry e = h.get(i);
            ProjectFacts.Entry next = h.get(i + 1);
            long[] d = days.get(e.stage());
            if (d == null || !within(next.date(), from, to) || !counted.add(e.stage())) {
                continue;
            }
            d[0] += ChronoUnit.DAYS.between(e.date(), next.date());
            d[1]++;
        }
    }

    /** The stage whose reaching counts as 签约: the first open stage that counts as SIGNED in the registry. */
    static String signedStage(StageScheme scheme) {
        return scheme.open().stream()
                .filter(s -> s.registry() == org.innopark.engine.registry.ProjectStage.SIGNED)
                .map(Stage::code)
                .findFirst()
                .orElse(null);
    }

    private static boolean within(LocalDate d, LocalDate from, LocalDate to) {
        return d != null && !d.isBefore(from) && !d.isAfter(to);
    }
}
