package org.innopark.engine.incubation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.innopark.engine.incubation.IncubationRules.IncubateeRules;
import org.innopark.engine.ladder.Status;
import org.innopark.engine.registry.Qualification;
import org.innopark.engine.registry.QualificationType;

/**
 * The conditions of an 在孵企业 (all must hold) and 超期未毕业: founded at most 24 months before entry, a 科技型中小企业,
 * registered and working in the carrier, within the incubation period (48 months, 60 in the special fields).
 */
public final class IncubateeCheck {

    private final IncubationRules rules;

    public IncubateeCheck(IncubationRules rules) {
        this.rules = rules;
    }

    /** The verdict on every condition; PASS when all pass, FAIL when any fails, else UNKNOWN. */
    public record Verdict(Status status, List<CriterionResult> conditions) {}

    public Verdict check(Tenancy t, IncubateeFacts f, LocalDate asOf) {
        List<CriterionResult> out = List.of(age(t, f), techSme(f, asOf), registered(t), period(t, asOf));
        Status s = out.stream().anyMatch(r -> r.status() == Status.FAIL)
                ? Status.FAIL
                : out.stream().allMatch(CriterionResult::met) ? Status.PASS : Status.UNKNOWN;
        return new Verdict(s, out);
    }

    /** The last day of the incubation period (entry + 48 or 60 months), or null before entry. */
    public LocalDate deadline(Tenancy t) {
        return t.entryDate() == null ? null : t.entryDate().plusMonths(limit(t));
    }

    /** 超期未毕业: still incubating after the last day of its period. */
    public boolean overdue(Tenancy t, LocalDate asOf) {
        LocalDate end = deadline(t);
        return t.state().incubating() && end != null && asOf.isAfter(end);
    }

    /** Whole months from entry to the day (or to graduation or exit when earlier). */
    public static long monthsIncubated(Tenancy t, LocalDate asOf) {
        if (t.entryDate() == null) {
            return 0;
        }
        LocalDate end = asOf;
        if (t.graduationDate() != null && t.graduationDate().isBefore(end)) {
            end = t.graduationDate();
        }
        if (t.exitDate() != null && t.exitDate().isBefore(end)) {
            end = t.exitDate();
        }
        return Math.max(0, ChronoUnit.MONTHS.between(t.entryDate(), end));
    }

    private int limit(Tenancy t) {
        return rules.isSpecialField(t.specialField())
                ? rules.incubatee().specialFieldMonths()
                : rules.incubatee().maxIncubationMonths();
    }

    private CriterionResult age(Tenancy t, IncubateeFacts f) {
        IncubateeRules r = rules.incubatee();
        String id = "age_at_entry";
        String name = r.conditionName(id);
        BigDecimal limit = BigDecimal.valueOf(r.maxAgeAtEntryMonths());
        if (f.registrationDate() == null || t.entryDate() == null) {
            return new CriterionResult(
                    id,
                    name,
                    Status.UNKNOWN,
                    null,
                    limit,
                    null,
                    null,
                    "成立日期或入孵日期未登记",
                    "the founding or entry date is not recorded");
        }
        long months = ChronoUnit.MONTHS.between(f.registrationDate(), t.entryDate());
        boolean ok = !t.entryDate().isAfter(f.registrationDate().plusMonths(r.maxAgeAtEntryMonths()));
        return new CriterionResult(
                id,
                name,
                ok ? Status.PASS : Status.FAIL,
                BigDecimal.valueOf(months),
                limit,
                null,
                t.entryDate(),
                f.registrationDate() + " 成立, " + t.entryDate() + " 入孵, 相隔" + months + "个月"
                        + (ok ? "" : ",超过" + r.maxAgeAtEntryMonths() + "个月"),
                "founded " + f.registrationDate() + ", entered " + t.entryDate() + ": " + months + " months"
                        + (ok ? "" : ", over " + r.maxAgeAtEntryMonths()));
    }

    private CriterionResult techSme(IncubateeFacts f, LocalDate asOf) {
        String id = "tech_sme";
        String name = rules.incubatee().conditionName(id);
        for (Qualification q : f.qualifications()) {
            if (q.type() == QualificationType.TECH_SME && q.validOn(asOf)) {
                return new CriterionResult(
                        id,
                        name,
                        Status.PASS,
                        null,
                        null,
                        q.grantedOn().getYear(),
                        q.grantedOn(),
                        q.grantedOn() + " 入库科技型中小企业,有效",
                        "technology-based SME since " + q.grantedOn());
            }
        }
        return new CriterionResult(
                id,
                name,
                Status.UNKNOWN,
                null,
                null,
                null,
                null,
                "截至 " + asOf + " 无有效科技型中小企业入库记录,需核实是否符合条件",
                "no valid technology-based SME record on " + asOf + "; to be checked");
    }

    private CriterionResult registered(Tenancy t) {
        String id = "registered_in_carrier";
        String name = rules.incubatee().conditionName(id);
        if (t.place() == null) {
            return new CriterionResult(
                    id,
                    name,
                    Status.UNKNOWN,
                    null,
                    null,
                    null,
                    null,
                    "入驻场所未登记",
                    "the place in the carrier is not recorded");
        }
        return new CriterionResult(id, name, Status.PASS, null, null, null, null, "入驻 " + t.place(), "in " + t.place());
    }

    private CriterionResult period(Tenancy t, LocalDate asOf) {
        String id = "incubation_period";
        String name = rules.incubatee().conditionName(id);
        int limit = limit(t);
        if (t.entryDate() == null) {
            return new CriterionResult(
                    id,
                    name,
                    Status.UNKNOWN,
                    null,
                    BigDecimal.valueOf(limit),
                    null,
                    null,
                    "入孵日期未登记",
                    "the entry date is not recorded");
        }
        long months = monthsIncubated(t, asOf);
        boolean over = overdue(t, asOf);
        String field = rules.isSpecialField(t.specialField()) ? "(特殊领域 " + t.specialField() + ")" : "";
        return new CriterionResult(
                id,
                name,
                over ? Status.FAIL : Status.PASS,
                BigDecimal.valueOf(months),
                BigDecimal.valueOf(limit),
                null,
                deadline(t),
                "已孵化" + months + "个月, 时限" + limit + "个月" + field + ", 至 " + deadline(t) + (over ? ", 超期未毕业" : ""),
                months + " months incubated, limit " + limit + " months until " + deadline(t)
                        + (over ? ": overdue" : ""));
    }
}
