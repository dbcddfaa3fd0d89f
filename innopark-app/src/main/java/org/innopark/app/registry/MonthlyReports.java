package org.innopark.app.registry;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.innopark.app.audit.AuditLog;
import org.innopark.app.registry.ReportSubmission.Problem;
import org.innopark.app.registry.ReportSubmission.Rejected;
import org.innopark.app.security.Accounts;
import org.innopark.app.security.ParkScope;
import org.innopark.app.security.Role;
import org.innopark.engine.monitor.Period;
import org.innopark.engine.registry.CreditCode;
import org.innopark.engine.registry.InvalidValueException;
import org.innopark.engine.registry.MoneyUnit;
import org.innopark.engine.registry.MonthlyReport;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 月度报表填报: an enterprise's figures of one month, read and entered by the enterprise's own user or its park's
 * staff (whole files go through the import, table {@code monthly_report}). A month is replaced whole (a figure left
 * out is "not reported"); every figure is checked and a month with any problem writes nothing; each change is audited
 * in its transaction. Outside the account's scope the enterprise does not exist.
 */
@Service
@Transactional(readOnly = true)
public class MonthlyReports {

    /** The audit log's entity of a month's report. */
    public static final String ENTITY = "monthly_report";

    /** The figures of a month by their API key: Chinese name, whether money (yuan), whether it may be negative. */
    public enum Figure {
        REVENUE("revenue", "营业收入", true, false),
        TAXES_PAID("taxesPaid", "纳税总额", true, true),
        INSURED_STAFF("insuredStaff", "社保缴纳人数", false, false),
        ELECTRICITY_KWH("electricityKwh", "用电量", false, false),
        INDUSTRIAL_OUTPUT("industrialOutput", "工业总产值", true, false),
        EXPORTS("exports", "出口额", true, false),
        RD_EXPENSE("rdExpense", "研发费用", true, false);

        private final String key;
        private final String zh;
        private final boolean money;
        private final boolean signed;

        Figure(String key, String zh, boolean money, boolean signed) {
            this.key = key;
            this.zh = zh;
            this.money = money;
            this.signed = signed;
        }

        public String key() {
            return key;
        }

        public String zh() {
            return zh;
        }

        public boolean money() {
            return money;
        }

        static Figure find(String key) {
            for (Figure f : values()) {
                if (f.key.equals(key)) {
                    return f;
                }
            }
            return null;
        }
    }

    private static final BigDecimal LIMIT = new BigDecimal("1e18");

    private final RegistryReads reads;
    private final RegistryStore store;
    private final AuditLog audit;
    private final CreditRegister credit;

    MonthlyReports(RegistryReads reads, RegistryStore store, AuditLog audit, CreditRegister credit) {
        this.credit = credit;
        this.reads = reads;
        this.store = store;
        this.audit = audit;
    }

    /** The park of an enterprise the scope may see, if any (as for its credit records). */
    public Optional<String> visiblePark(ParkScope scope, String creditCode) {
        return credit.visiblePark(scope, creditCode);
    }

    /** The enterprise's monthly reports, oldest first; empty when it is outside the account's scope. */
    public Optional<List<MonthlyReport>> read(Accounts.Account account, String creditCode) {
        mayEnter(account);
        return visiblePark(account.scope(), creditCode).map(p -> reads.monthlyReports(creditCode));
    }

    /**
     * Checks and stores one month: all figures or none.
     *
     * @param period the month, YYYY-MM
     * @param raw figures by {@link Figure#key()}, as numbers or text; money in yuan; blank or null: not reported
     * @return the stored month, or empty when the enterprise is outside the account's scope
     * @throws Rejected naming every figure at fault (the period is the field {@code period})
     */
    @Transactional
    public Optional<MonthlyReport> submit(
            Accounts.Account account, String creditCode, String period, Map<String, ?> raw) {
        mayEnter(account);
        Optional<String> park = visiblePark(account.scope(), creditCode);
        if (park.isEmpty()) {
            return Optional.empty();
        }
        MonthlyReport report = parse(creditCode, period, raw);
        Optional<MonthlyReport> before = reads.monthlyReports(creditCode).stream()
                .filter(m -> m.period().equals(report.period()))
                .findFirst();
        store.saveMonthlyReports(List.of(report));
        audit.record(
                account.username(),
                AuditLog.Action.SUBMIT,
                ENTITY,
                creditCode + "/" + report.period(),
                park.get(),
                before.map(MonthlyReports::json).orElse(null),
                json(report));
        return Optional.of(report);
    }

    /** The month as the engine's record, or {@link Rejected} listing each figure at fault. */
    static MonthlyReport parse(String creditCode, String period, Map<String, ?> raw) {
        List<Problem> problems = new ArrayList<>();
        YearMonth month = null;
        try {
            month = YearMonth.parse(Period.format(Period.parse(period)));
        } catch (InvalidValueException e) {
            problems.add(new Problem("period", period, e.messageZh(), e.messageEn()));
        }
        Map<Figure, BigDecimal> figures = new LinkedHashMap<>();
        raw.forEach((key, value) -> {
            Figure f = Figure.find(key);
            String text = value == null ? "" : value.toString().strip().replace(",", "");
            if (f == null) {
                problems.add(new Problem(
                        key,
                        text,
                        "没有名为'" + key + "'的指标,可选:revenue、taxesPaid、insuredStaff、electricityKwh、industrialOutput、"
                                + "exports、rdExpense",
                        "there is no figure '" + key + "'; valid: revenue, taxesPaid, insuredStaff, electricityKwh,"
                                + " industrialOutput, exports, rdExpense"));
                return;
            }
            if (text.isEmpty()) {
                return;
            }
            BigDecimal number;
            try {
                number = new BigDecimal(text);
            } catch (NumberFormatException e) {
                problems.add(
                        new Problem(key, text, f.zh + "'" + text + "'不是数字", f.key + " '" + text + "' is not a number"));
                return;
            }
            if (number.abs().compareTo(LIMIT) >= 0) {
                problems.add(new Problem(key, text, f.zh + text + "过大", f.key + " " + text + " is too large"));
            } else if (number.signum() < 0 && !f.signed) {
                problems.add(
                        new Problem(key, text, f.zh + "不能为负数,实际为" + text, f.key + " cannot be negative, got " + text));
            } else if (f == Figure.INSURED_STAFF && number.stripTrailingZeros().scale() > 0) {
                problems.add(new Problem(
                        key, text, f.zh + "应为整数,实际为" + text, f.key + " must be a whole number, got " + text));
            } else if (number.stripTrailingZeros().scale() > MoneyUnit.CANONICAL_SCALE) {
                problems.add(new Problem(
                        key, text, f.zh + "最多两位小数,实际为" + text, f.key + " has at most two decimals, got " + text));
            } else {
                figures.put(f, number);
            }
        });
        if (!problems.isEmpty()) {
            throw new Rejected(problems);
        }
        BigDecimal staff = figures.get(Figure.INSURED_STAFF);
        return new MonthlyReport(
                CreditCode.of(creditCode),
                month,
                figures.get(Figure.REVENUE),
                scaled(figures.get(Figure.TAXES_PAID)),
                staff == null ? null : staff.longValueExact(),
                scaled(figures.get(Figure.ELECTRICITY_KWH)),
                figures.get(Figure.INDUSTRIAL_OUTPUT),
                figures.get(Figure.EXPORTS),
                figures.get(Figure.RD_EXPENSE));
    }

    private static BigDecimal scaled(BigDecimal v) {
        return v == null ? null : v.setScale(MoneyUnit.CANONICAL_SCALE);
    }

    /** A month's figures by API key (what the audit log keeps), figures not reported left out. */
    public static Map<String, BigDecimal> figures(MonthlyReport m) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        put(out, Figure.REVENUE, m.revenue());
        put(out, Figure.TAXES_PAID, m.taxesPaid());
        put(out, Figure.INSURED_STAFF, m.insuredStaff() == null ? null : BigDecimal.valueOf(m.insuredStaff()));
        put(out, Figure.ELECTRICITY_KWH, m.electricityKwh());
        put(out, Figure.INDUSTRIAL_OUTPUT, m.industrialOutput());
        put(out, Figure.EXPORTS, m.exports());
        put(out, Figure.RD_EXPENSE, m.rdExpense());
        return out;
    }

    private static void put(Map<String, BigDecimal> out, Figure f, BigDecimal v) {
        if (v != null) {
            out.put(f.key, v);
        }
    }

    private static Map<String, Object> json(MonthlyReport m) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("period", m.period().toString());
        out.putAll(figures(m));
        return out;
    }

    /** Park staff and the enterprise itself enter monthly reports, never a bank. */
    private static void mayEnter(Accounts.Account account) {
        if (account.role() == Role.BANK) {
            throw new AccessDeniedException("银行用户不能填报月度报表 / a bank user may not enter monthly reports");
        }
    }
}
