package org.innopark.engine.incubation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.innopark.engine.incubation.IncubationRules.GraduationCriterion;
import org.innopark.engine.ladder.Status;
import org.innopark.engine.registry.AnnualReport;
import org.innopark.engine.registry.Qualification;

/**
 * 毕业 by the rule file's criteria (any one suffices), checked from the registry's facts as of a day: every criterion
 * with what was read, and the one met first.
 */
public final class GraduationCheck {

    private static final BigDecimal WAN = BigDecimal.valueOf(10_000);

    private final IncubationRules rules;

    public GraduationCheck(IncubationRules rules) {
        this.rules = rules;
    }

    /**
     * The verdict: met when any criterion is; {@code first} is the criterion met earliest (by its day, or the end of
     * its year), empty when none is.
     */
    public record Verdict(Status status, List<CriterionResult> criteria, Optional<CriterionResult> first) {}

    public Verdict check(IncubateeFacts facts, LocalDate asOf) {
        List<CriterionResult> results = new ArrayList<>();
        for (GraduationCriterion c : rules.graduation()) {
            results.add(
                    switch (c.kind()) {
                        case QUALIFICATION -> qualification(c, facts, asOf);
                        case CUMULATIVE -> cumulative(c, facts, asOf);
                        case CONSECUTIVE -> consecutive(c, facts, asOf);
                        case EVENT -> event(c, facts, asOf);
                    });
        }
        Optional<CriterionResult> first =
                results.stream().filter(CriterionResult::met).min(Comparator.comparing(GraduationCheck::when));
        Status status = first.isPresent()
                ? Status.PASS
                : results.stream().anyMatch(r -> r.status() == Status.UNKNOWN) ? Status.UNKNOWN : Status.FAIL;
        return new Verdict(status, List.copyOf(results), first);
    }

    private static LocalDate when(CriterionResult r) {
        return r.day() != null ? r.day() : LocalDate.of(r.year(), 12, 31);
    }

    private static CriterionResult qualification(GraduationCriterion c, IncubateeFacts f, LocalDate asOf) {
        Optional<Qualification> q = f.qualifications().stream()
                .filter(x -> x.type() == c.qualification() && !x.grantedOn().isAfter(asOf))
                .min(Comparator.comparing(Qualification::grantedOn));
        if (q.isPresent()) {
            LocalDate d = q.get().grantedOn();
            String cert =
                    q.get().certificateNo() == null ? "" : "(证书 " + q.get().certificateNo() + ")";
            return new CriterionResult(
                    c.id(),
                    c.nameZh(),
                    Status.PASS,
                    null,
                    null,
                    d.getYear(),
                    d,
                    d + " 获认定" + c.qualification().zh() + cert,
                    c.qualification().en() + " granted on " + d);
        }
        return new CriterionResult(
                c.id(),
                c.nameZh(),
                Status.FAIL,
                null,
                null,
                null,
                null,
                "截至 " + asOf + " 未获认定" + c.qualification().zh(),
                "no " + c.qualification().en() + " granted by " + asOf);
    }

    private static CriterionResult cumulative(GraduationCriterion c, IncubateeFacts f, LocalDate asOf) {
        BigDecimal total = BigDecimal.ZERO;
        boolean any = false;
        for (AnnualReport r : f.reports()) {
            if (r.year() > asOf.getYear()) {
                break;
            }
            BigDecimal v = r.get(c.field());
            if (v == null) {
                continue;
            }
            any = true;
            total = total.add(v);
            if (total.compareTo(c.over()) > 0) {
                return new CriterionResult(
                        c.id(),
                        c.nameZh(),
                        Status.PASS,
                        total,
                        c.over(),
                        r.year(),
                        null,
                        "截至" + r.year() + "年累计" + c.field().zh() + wan(total) + "万元,超过" + wan(c.over()) + "万元",
                        "cumulative " + c.field().en() + " " + wan(total) + " 万元 by " + r.year() + ", over "
                                + wan(c.over()) + " 万元");
            }
        }
        if (!any) {
            return new CriterionResult(
                    c.id(),
                    c.nameZh(),
                    Status.UNKNOWN,
                    null,
                    c.over(),
                    null,
                    null,
                    "年报未填报" + c.field().zh(),
                    "no " + c.field().en() + " reported");
        }
        return new CriterionResult(
                c.id(),
                c.nameZh(),
                Status.FAIL,
                total,
                c.over(),
                null,
                null,
                "累计" + c.field().zh() + wan(total) + "万元,未超过" + wan(c.over()) + "万元",
                "cumulative " + c.field().en() + " " + wan(total) + " 万元, not over " + wan(c.over()) + " 万元");
    }

    private static CriterionResult consecutive(GraduationCriterion c, IncubateeFacts f, LocalDate asOf) {
        BigDecimal best = null;
        int bestEnd = 0;
        boolean gap = false;
        List<AnnualReport> rs = f.reports().stream()
                .filter(r -> r.year() <= asOf.getYear() && r.get(c.field()) != null)
                .toList();
        for (int i = 0; i + c.years() <= rs.size(); i++) {
            int start = rs.get(i).year();
            if (rs.get(i + c.years() - 1).year() != start + c.years() - 1) {
                gap = true;
                continue;
            }
            BigDecimal sum = BigDecimal.ZERO;
            for (int k = 0; k < c.years(); k++) {
                sum = sum.add(rs.get(i + k).get(c.field()));
            }
            int end = start + c.years() - 1;
            if (sum.compareTo(c.over()) > 0) {
                return new CriterionResult(
                        c.id(),
                        c.nameZh(),
                        Status.PASS,
                        sum,
                        c.over(),
                        end,
                        null,
                        start + "–" + end + "年" + c.field().zh() + "合计" + wan(sum) + "万元,超过" + wan(c.over()) + "万元",
                        c.field().en() + " " + start + "–" + end + " totals " + wan(sum) + " 万元, over " + wan(c.over())
                                + " 万元");
            }
            if (best == null || sum.compareTo(best) > 0) {
                best = sum;
                bestEnd = end;
            }
        }
        if (best == null) {
            String why = gap ? "没有连续" + c.years() + "年的" : "不足" + c.years() + "年的";
            return new CriterionResult(
                    c.id(),
                    c.nameZh(),
                    Status.UNKNOWN,
                    null,
                    c.over(),
                    null,
                    null,
                    why + c.field().zh() + "年报",
                    "no " + c.years() + " consecutive years of " + c.field().en());
        }
        int bestStart = bestEnd - c.years() + 1;
        return new CriterionResult(
                c.id(),
                c.nameZh(),
                Status.FAIL,
                best,
                c.over(),
                null,
                null,
                "最高为" + bestStart + "–" + bestEnd + "年合计" + wan(best) + "万元,未超过" + wan(c.over()) + "万元",
                "best " + bestStart + "–" + bestEnd + ": " + wan(best) + " 万元, not over " + wan(c.over()) + " 万元");
    }

    private static CriterionResult event(GraduationCriterion c, IncubateeFacts f, LocalDate asOf) {
        if (f.acquiredOn() != null && !f.acquiredOn().isAfter(asOf)) {
            LocalDate d = f.acquiredOn();
            return new CriterionResult(
                    c.id(),
                    c.nameZh(),
                    Status.PASS,
                    null,
                    null,
                    d.getYear(),
                    d,
                    d + " 被兼并或收购(载体登记)",
                    "acquired or merged on " + d + " (recorded by the carrier)");
        }
        Optional<Qualification> listing = c.qualification() == null
                ? Optional.empty()
                : f.qualifications().stream()
                        .filter(x ->
                                x.type() == c.qualification() && !x.grantedOn().isAfter(asOf))
                        .min(Comparator.comparing(Qualification::grantedOn));
        if (listing.isPresent()) {
            LocalDate d = listing.get().grantedOn();
            return new CriterionResult(
                    c.id(), c.nameZh(), Status.PASS, null, null, d.getYear(), d, d + " 挂牌上市", "listed on " + d);
        }
        if (f.listed()) {
            return new CriterionResult(
                    c.id(),
                    c.nameZh(),
                    Status.PASS,
                    null,
                    null,
                    asOf.getYear(),
                    asOf,
                    "登记库显示已上市(上市日期未登记)",
                    "listed in the registry (listing date not recorded)");
        }
        return new CriterionResult(
                c.id(),
                c.nameZh(),
                Status.FAIL,
                null,
                null,
                null,
                null,
                "未登记兼并、收购或上市",
                "no acquisition, merger or listing recorded");
    }

    /** Yuan as 万元 with up to two decimals. */
    static String wan(BigDecimal yuan) {
        return yuan.divide(WAN, 2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
