package org.innopark.app.registry;

import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.innopark.app.audit.AuditLog;
import org.innopark.app.security.Accounts;
import org.innopark.app.security.Role;
import org.innopark.engine.registry.AnnualReport;
import org.innopark.engine.registry.InvalidValueException;
import org.innopark.engine.registry.MoneyUnit;
import org.innopark.engine.registry.ReportField;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 企业年报填报: an enterprise's annual report for one year, entered by the enterprise itself or by its park's staff.
 * The figures are checked by the engine's rules ({@link AnnualReport#check}) field by field, so that every problem
 * names its field and value; a report with any problem writes nothing. A submission replaces the year's report
 * (a figure left out is "not reported") and is audited in the same transaction.
 */
@Service
public class ReportSubmission {

    /** The groups of the form, in order, each with its message key. */
    public enum Group {
        PEOPLE("report.group.people"),
        FINANCE("report.group.finance"),
        IP_AND_RESULTS("report.group.ipAndResults");

        private final String key;

        Group(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /** A figure of the form: the field, its group, and the message key of its unit. */
    public record FieldSpec(ReportField field, Group group, String unitKey) {
        public String key() {
            return field.key();
        }

        public String label(Locale locale) {
            return field.label(locale);
        }
    }

    /** Every field of the report in the form's order. */
    public static final List<FieldSpec> FIELDS = fields();

    /** The enterprise's report for a year as stored: figures by field key, money in yuan. */
    public record Report(
            String creditCode, String enterpriseName, String parkCode, int year, Map<String, BigDecimal> figures) {}

    /** A problem with one submitted figure, in both languages. */
    public record Problem(String field, String value, String messageZh, String messageEn) {
        public String message(Locale locale) {
            return "en".equals(locale.getLanguage()) ? messageEn : messageZh;
        }
    }

    /** A submission with problems; nothing was written. */
    public static class Rejected extends RuntimeException {
        private final transient List<Problem> problems;

        Rejected(List<Problem> problems) {
            super(problems.size() + " problem(s), first: " + problems.get(0).messageEn());
            this.problems = List.copyOf(problems);
        }

        public List<Problem> problems() {
            return problems;
        }
    }

    private final JdbcClient jdbc;
    private final RegistryQueries queries;
    private final AuditLog audit;
    private final MessageSource messages;
    private final RegistryVersion version;

    ReportSubmission(
            JdbcClient jdbc, RegistryQueries queries, AuditLog audit, MessageSource messages, RegistryVersion version) {
        this.version = version;
        this.jdbc = jdbc;
        this.queries = queries;
        this.audit = audit;
        this.messages = messages;
    }

    /**
     * The year's report of an enterprise the account may submit for (empty figures when none is stored yet); empty
     * when the enterprise is outside the account's scope.
     */
    @Transactional(readOnly = true)
    public Optional<Report> read(Accounts.Account account, String creditCode, int year) {
        mayEnter(account);
        return queries.enterprise(account.scope(), creditCode).map(e -> {
            Map<String, BigDecimal> figures = queries.reports(account.scope(), e.creditCode()).stream()
                    .filter(r -> r.year() == year)
                    .findFirst()
                    .map(RegistryQueries.ReportView::figures)
                    .orElse(Map.of());
            return new Report(e.creditCode(), e.name(), e.parkCode(), year, figures);
        });
    }

    /**
     * Checks and stores the year's report: all figures or none.
     *
     * @param raw figures by field key, as numbers or text (blank or null: not reported)
     * @return the stored report, or empty when the enterprise is outside the account's scope
     * @throws Rejected listing every problem
     */
    @Transactional
    public Optional<Report> submit(Accounts.Account account, String creditCode, int year, Map<String, ?> raw) {
        Optional<Report> before = read(account, creditCode, year);
        if (before.isEmpty()) {
            return Optional.empty();
        }
        Map<ReportField, BigDecimal> figures = parse(year, raw);
        Report old = before.get();
        Map<String, Object> row = new LinkedHashMap<>();
        for (ReportField f : ReportField.values()) {
            row.put(f.column(), figures.get(f));
        }
        StringBuilder set = new StringBuilder();
        StringBuilder columns = new StringBuilder();
        StringBuilder values = new StringBuilder();
        for (String column : row.keySet()) {
            set.append(column).append(" = :").append(column).append(", ");
            columns.append(", ").append(column);
            values.append(", :").append(column);
        }
        int updated = jdbc.sql("UPDATE annual_report SET " + set + "updated_at = CURRENT_TIMESTAMP"
                        + " WHERE credit_code = :credit AND report_year = :year")
                .params(row)
                .param("credit", old.creditCode())
                .param("year", year)
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO annual_report (credit_code, report_year" + columns + ") VALUES (:credit, :year"
                            + values + ")")
                    .params(row)
                    .param("credit", old.creditCode())
                    .param("year", year)
                    .update();
        }
        version.bump();
        Report after = read(account, creditCode, year).orElseThrow();
        audit.record(
                account.username(),
                AuditLog.Action.SUBMIT,
                AuditLog.Entity.ANNUAL_REPORT,
                old.creditCode() + "/" + year,
                old.parkCode(),
                updated == 0 ? null : old.figures(),
                after.figures());
        return Optional.of(after);
    }

    /** The figures as the engine's rules accept them, or {@link Rejected} naming each field at fault. */
    Map<ReportField, BigDecimal> parse(int year, Map<String, ?> raw) {
        List<Problem> problems = new ArrayList<>();
        Map<ReportField, BigDecimal> figures = new EnumMap<>(ReportField.class);
        if (year < AnnualReport.FIRST_YEAR || year > Year.now().getValue()) {
            problems.add(problem(
                    "year",
                    String.valueOf(year),
                    "report.error.year",
                    String.valueOf(AnnualReport.FIRST_YEAR),
                    String.valueOf(Year.now().getValue())));
        }
        raw.forEach((key, value) -> {
            ReportField field = ReportField.find(key);
            String text = value == null ? "" : value.toString().strip().replace(",", "");
            if (field == null || !field.key().equals(key)) {
                problems.add(problem(key, text, "report.error.unknownField"));
                return;
            }
            if (text.isEmpty()) {
                return;
            }
            BigDecimal number;
            try {
                number = new BigDecimal(text);
            } catch (NumberFormatException e) {
                problems.add(problem(key, text, "report.error.notANumber"));
                return;
            }
            if (number.abs().compareTo(LIMIT) >= 0) {
                problems.add(problem(key, text, "report.error.tooLarge"));
                return;
            }
            if (field.isMoney() && number.stripTrailingZeros().scale() > MoneyUnit.CANONICAL_SCALE) {
                problems.add(problem(key, text, "report.error.fen"));
                return;
            }
            // The year is checked once above; here only the figure's own rules (sign, whole number).
            List<InvalidValueException> own = AnnualReport.check(AnnualReport.FIRST_YEAR, Map.of(field, number));
            if (own.isEmpty()) {
                figures.put(field, number);
            } else {
                own.forEach(p -> problems.add(new Problem(key, text, p.messageZh(), p.messageEn())));
            }
        });
        for (ReportField[] rule : AnnualReport.NOT_MORE_THAN) {
            if (figures.containsKey(rule[0]) && figures.containsKey(rule[1])) {
                Map<ReportField, BigDecimal> pair = new EnumMap<>(ReportField.class);
                pair.put(rule[0], figures.get(rule[0]));
                pair.put(rule[1], figures.get(rule[1]));
                for (InvalidValueException p : AnnualReport.check(AnnualReport.FIRST_YEAR, pair)) {
                    problems.add(new Problem(
                            rule[0].key(), figures.get(rule[0]).toPlainString(), p.messageZh(), p.messageEn()));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new Rejected(problems);
        }
        return figures;
    }

    /** NUMERIC(20,2): fewer than 18 digits before the decimal point. */
    private static final BigDecimal LIMIT = new BigDecimal("1e18");

    /** A problem whose message (key) takes the field's label as {0}, the value as {1}, then the arguments. */
    private Problem problem(String field, String value, String key, String... args) {
        ReportField f = ReportField.find(field);
        boolean year = "year".equals(field);
        return new Problem(
                field,
                value,
                text(
                        key,
                        year
                                ? messages.getMessage("report.year", null, Locale.SIMPLIFIED_CHINESE)
                                : f == null ? field : f.zh(),
                        value,
                        args,
                        Locale.SIMPLIFIED_CHINESE),
                text(
                        key,
                        year ? messages.getMessage("report.year", null, Locale.ENGLISH) : f == null ? field : f.en(),
                        value,
                        args,
                        Locale.ENGLISH));
    }

    private String text(String key, String label, String value, String[] args, Locale locale) {
        Object[] all = new Object[args.length + 2];
        all[0] = label;
        all[1] = value;
        System.arraycopy(args, 0, all, 2, args.length);
        return messages.getMessage(key, all, locale);
    }

    /** The roles that enter annual reports: park staff and the enterprise itself, never a bank. */
    private static void mayEnter(Accounts.Account account) {
        if (account.role() == Role.BANK) {
            throw new AccessDeniedException("银行用户不能填报企业年报 / a bank user may not enter annual reports");
        }
    }

    private static List<FieldSpec> fields() {
        List<FieldSpec> specs = new ArrayList<>();
        for (ReportField f : ReportField.values()) {
            Group group = switch (f) {
                case EMPLOYEES, ST_STAFF, RD_STAFF, POSTGRAD_STAFF, FRESH_GRADUATES -> Group.PEOPLE;
                case INVENTION_APPLICATIONS,
                        INVENTION_GRANTS,
                        PCT_APPLICATIONS,
                        IP_CLASS1,
                        IP_CLASS2,
                        TECH_CONTRACT_TURNOVER,
                        PLATFORMS_PROVINCIAL,
                        AWARDS_PROVINCIAL,
                        STANDARDS_LED -> Group.IP_AND_RESULTS;
                default -> Group.FINANCE;
            };
            String unit = f.isMoney()
                    ? "report.unit.yuan"
                    : group == Group.PEOPLE ? "report.unit.people" : "report.unit.items";
            specs.add(new FieldSpec(f, group, unit));
        }
        return List.copyOf(specs);
    }
}
