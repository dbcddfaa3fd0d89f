package org.innopark.engine.io;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.innopark.engine.io.DataColumn.Kind;
import org.innopark.engine.ladder.EnterpriseFacts;
import org.innopark.engine.ladder.FactDefinition;
import org.innopark.engine.ladder.Ladder;
import org.innopark.engine.ladder.Scheme;
import org.innopark.engine.ladder.SchemeRegistry;
import org.innopark.engine.registry.AnnualReport;
import org.innopark.engine.registry.CreditCode;
import org.innopark.engine.registry.Enterprise;
import org.innopark.engine.registry.HighTechField;
import org.innopark.engine.registry.InvalidValueException;
import org.innopark.engine.registry.Level;
import org.innopark.engine.registry.ListingBoard;
import org.innopark.engine.registry.Qualification;
import org.innopark.engine.registry.QualificationType;
import org.innopark.engine.registry.RegionCode;

/**
 * 评价数据, the columns of {@code assess --data} and how its rows become the engine's {@link EnterpriseFacts}: one row
 * per enterprise and year. 统一社会信用代码 {@code credit_code} and 年度 {@code year} are required; 企业名称, 成立日期,
 * 行政区划代码, 高新技术领域 and 是否上市 are taken from the enterprise's first row that has them; the annual-report
 * figures as in {@link PointsData#reportFields()}; three columns per certificate type ({@code cert:high-tech:granted},
 * {@code :expiry}, {@code :level}; held when valid on 31 December of the year assessed, an empty expiry lasting the
 * rung's validity in {@code ladder.yaml}); and the schemes' external facts by their Chinese name or
 * {@code fact:<id>}. The application's reader and the Spark job share it.
 */
public final class AssessData {

    public static final String CREDIT_CODE = "credit_code";
    public static final String NAME = "name";
    public static final String REGISTRATION_DATE = "registration_date";
    public static final String YEAR = "year";
    public static final String REGION = "region_code";
    public static final String HIGH_TECH_FIELD = "high_tech_field";
    public static final String LISTED = "listed";

    private static final Ladder LADDER = Ladder.official();

    private AssessData() {}

    /** The key of a certificate column: {@code cert:high-tech:granted}. */
    public static String certificateKey(QualificationType type, String part) {
        return "cert:" + type.name().toLowerCase(Locale.ROOT).replace('_', '-') + ":" + part;
    }

    /** The certificate types a file can hold (being listed has its own column). */
    public static List<QualificationType> certificateTypes() {
        List<QualificationType> types = new ArrayList<>(List.of(QualificationType.values()));
        types.remove(QualificationType.LISTED);
        return types;
    }

    public static String factKey(FactDefinition d) {
        return "fact:" + d.id();
    }

    /** The facts of every official scheme, by id. */
    public static Map<String, FactDefinition> officialFacts() {
        Map<String, FactDefinition> facts = new LinkedHashMap<>();
        for (Scheme s : SchemeRegistry.official().all()) {
            s.facts().forEach(d -> facts.putIfAbsent(d.id(), d));
        }
        return facts;
    }

    /**
     * The columns, in the template's order: the fixed ones, the report fields, the certificates, the facts.
     *
     * @param knownFacts the external facts the schemes in use ask for, by id
     */
    public static List<DataColumn> columns(Map<String, FactDefinition> knownFacts) {
        List<DataColumn> c = new ArrayList<>();
        c.add(DataColumn.of(CREDIT_CODE, "统一社会信用代码", "Credit code", Kind.CREDIT_CODE, true, "creditCode"));
        c.add(DataColumn.of(NAME, "企业名称", "Enterprise name", Kind.TEXT, false, "enterprise"));
        c.add(DataColumn.of(REGISTRATION_DATE, "成立日期", "Registration date", Kind.DATE, false, "registrationDate"));
        c.add(DataColumn.of(YEAR, "年度", "Year", Kind.YEAR, true, "report_year", "年份"));
        c.add(DataColumn.of(REGION, "行政区划代码", "Region code", Kind.REGION_CODE, false, "region"));
        c.add(DataColumn.codes(HIGH_TECH_FIELD, "高新技术领域", "High-tech field", HighTechField.class, "highTechField"));
        c.add(DataColumn.of(LISTED, "是否上市", "Listed", Kind.TEXT, false, "isListed"));
        c.addAll(PointsData.reportFields());
        for (QualificationType t : certificateTypes()) {
            c.add(DataColumn.of(certificateKey(t, "granted"), t.zh() + "认定日期", t.en() + " granted", Kind.DATE, false));
            c.add(DataColumn.of(certificateKey(t, "expiry"), t.zh() + "有效期至", t.en() + " expiry", Kind.DATE, false));
            c.add(DataColumn.codes(certificateKey(t, "level"), t.zh() + "级别", t.en() + " level", Level.class));
        }
        Set<String> headers = new HashSet<>();
        c.forEach(col -> headers.add(col.zh()));
        for (FactDefinition d : knownFacts.values()) {
            String zh = d.name().zh();
            if (!headers.add(zh)) {
                zh = zh + "(" + d.id() + ")";
                headers.add(zh);
            }
            // Schemes may name the same fact differently: every official name is accepted, so that the template's
            // header reads back whatever scheme is assessed.
            List<String> names = new ArrayList<>();
            names.add(factKey(d));
            for (Scheme s : SchemeRegistry.official().all()) {
                s.facts().stream()
                        .filter(f -> f.id().equals(d.id()))
                        .forEach(f -> names.add(f.name().zh()));
            }
            names.remove(zh);
            names.add(d.name().zh());
            c.add(new DataColumn(factKey(d), zh, factKey(d), names, Kind.TEXT, false, null));
        }
        return c;
    }

    /** Where a row's problems go: the application's error report, or the Spark job's failure. */
    public interface Problems {

        /** A problem of one column's cell. */
        void reject(String key, String zh, String en);

        /** A problem of the row as a whole (e.g. a report's cross-field rule). */
        void reject(InvalidValueException e);
    }

    /** What a file holds: the enterprises' facts (in file order), their names and the years seen. */
    public record Sheet(List<EnterpriseFacts> facts, Map<CreditCode, String> names, TreeSet<Integer> years) {}

    /** Turns rows (typed values by key, as {@link DataLayout#values} gives them) into enterprises. */
    public static final class Firms {

        private final Map<String, FactDefinition> knownFacts;
        private final Map<CreditCode, Firm> firms = new LinkedHashMap<>();

        public Firms(Map<String, FactDefinition> knownFacts) {
            this.knownFacts = knownFacts;
        }

        /**
         * Adds one row.
         *
         * @param where the row for messages about another row of the same enterprise and year ("第5行" / "row 5")
         */
        public void add(Function<String, Object> value, String whereZh, String whereEn, Problems problems) {
            CreditCode code = (CreditCode) value.apply(CREDIT_CODE);
            int year = (Integer) value.apply(YEAR);
            Firm firm = firms.computeIfAbsent(code, c -> new Firm());
            String[] first = firm.years.putIfAbsent(year, new String[] {whereZh, whereEn});
            if (first != null) {
                problems.reject(
                        YEAR,
                        "企业 " + code + " 的 " + year + " 年度已在" + first[0] + "出现",
                        "enterprise " + code + " has year " + year + " already in " + first[1]);
                return;
            }
            firm.name = firm.name == null ? (String) value.apply(NAME) : firm.name;
            if (firm.registrationDate == null) {
                firm.registrationDate = (LocalDate) value.apply(REGISTRATION_DATE);
            }
            firm.region = firm.region == null ? (RegionCode) value.apply(REGION) : firm.region;
            if (firm.highTechField == null) {
                firm.highTechField = (HighTechField) value.apply(HIGH_TECH_FIELD);
            }
            if (firm.listed == null && value.apply(LISTED) != null) {
                firm.listed = yesNo((String) value.apply(LISTED), LISTED, problems);
            }
            try {
                firm.reports.add(PointsData.report(value));
            } catch (InvalidValueException e) {
                problems.reject(e);
            }
            certificates(value, code, firm, problems);
            for (FactDefinition d : knownFacts.values()) {
                String text = (String) value.apply(factKey(d));
                if (text != null) {
                    Object v = fact(d, text, problems);
                    if (v != null) {
                        firm.facts.computeIfAbsent(year, y -> new HashMap<>()).put(d.id(), v);
                    }
                }
            }
        }

        public Sheet sheet() {
            List<EnterpriseFacts> facts = new ArrayList<>();
            Map<CreditCode, String> names = new LinkedHashMap<>();
            TreeSet<Integer> years = new TreeSet<>();
            firms.forEach((code, firm) -> {
                facts.add(firm.build(code));
                names.put(code, firm.name == null ? "" : firm.name);
                years.addAll(firm.years.keySet());
            });
            return new Sheet(facts, names, years);
        }

        private static void certificates(
                Function<String, Object> value, CreditCode code, Firm firm, Problems problems) {
            for (QualificationType t : certificateTypes()) {
                String grantedKey = certificateKey(t, "granted");
                String expiryKey = certificateKey(t, "expiry");
                LocalDate granted = (LocalDate) value.apply(grantedKey);
                LocalDate expiry = (LocalDate) value.apply(expiryKey);
                Level level = (Level) value.apply(certificateKey(t, "level"));
                if (granted == null) {
                    if (expiry != null || level != null) {
                        problems.reject(
                                grantedKey,
                                t.zh() + "认定日期不能为空:已填写该证书的有效期或级别",
                                "the " + t.en() + " granted date is required when the certificate's expiry or level"
                                        + " is given");
                    }
                    continue;
                }
                if (expiry == null) {
                    // As the registry counts certificates held: one without an expiry date lasts its rung's validity
                    // (ladder.yaml: 3 years for 高企), or indefinitely where the ladder names none.
                    expiry = LADDER.rung(t)
                            .map(r -> r.validityYears())
                            .map(years -> granted.plusYears(years).minusDays(1))
                            .orElse(null);
                }
                try {
                    firm.certificates.add(new Qualification(code, t, level, null, granted, expiry));
                } catch (InvalidValueException e) {
                    problems.reject(expiryKey, e.messageZh(), e.messageEn());
                }
            }
        }

        private static Boolean yesNo(String text, String key, Problems problems) {
            return switch (text.toLowerCase(Locale.ROOT)) {
                case "true", "yes", "y", "1", "是", "有" -> true;
                case "false", "no", "n", "0", "否", "无" -> false;
                default -> {
                    problems.reject(key, "'" + text + "'应为 是 或 否", "'" + text + "' must be yes or no (是/否)");
                    yield null;
                }
            };
        }

        private static Object fact(FactDefinition d, String text, Problems problems) {
            String key = factKey(d);
            return switch (d.type()) {
                case BOOLEAN -> yesNo(text, key, problems);
                case NUMBER -> {
                    String t = text.replace(",", "");
                    double factor = 1;
                    if (t.endsWith("%")) {
                        factor = 0.01;
                        t = t.substring(0, t.length() - 1);
                    }
                    double v;
                    try {
                        v = new BigDecimal(t.strip()).doubleValue() * factor;
                    } catch (NumberFormatException e) {
                        problems.reject(key, "'" + text + "'不是有效的数字", "'" + text + "' is not a number");
                        yield null;
                    }
                    if (v < d.min() || v > d.max()) {
                        problems.reject(
                                key,
                                "'" + text + "'超出范围 " + d.unit().zh(d.min()) + "–"
                                        + d.unit().zh(d.max()),
                                "'" + text + "' is outside " + d.unit().en(d.min()) + " to "
                                        + d.unit().en(d.max()));
                        yield null;
                    }
                    yield v;
                }
                case CHOICE -> {
                    if (!d.options().contains(text)) {
                        problems.reject(
                                key,
                                "'" + text + "'不是可选值之一:" + String.join("、", d.options()),
                                "'" + text + "' is not one of " + String.join(", ", d.options()));
                        yield null;
                    }
                    yield text;
                }
            };
        }
    }

    /** The rows of one enterprise. */
    private static final class Firm {
        String name;
        LocalDate registrationDate;
        RegionCode region;
        HighTechField highTechField;
        Boolean listed;
        final Map<Integer, String[]> years = new LinkedHashMap<>();
        final List<AnnualReport> reports = new ArrayList<>();
        final Map<Integer, Map<String, Object>> facts = new HashMap<>();
        final Set<Qualification> certificates = new LinkedHashSet<>();

        EnterpriseFacts build(CreditCode code) {
            EnterpriseFacts.Builder b;
            if (highTechField != null) {
                // The high-tech field is read from a registry enterprise; the spreadsheet's belongs to no park.
                b = EnterpriseFacts.of(new Enterprise(
                        code,
                        name == null || name.isBlank() ? code.value() : name,
                        registrationDate,
                        region,
                        null,
                        highTechField,
                        "SPREADSHEET",
                        null,
                        ListingBoard.UNLISTED));
            } else {
                b = EnterpriseFacts.of(code).registrationDate(registrationDate).region(region);
            }
            b.listed(listed);
            b.reports(reports);
            b.qualifications(certificates);
            facts.forEach((year, values) -> values.forEach((id, v) -> b.fact(year, id, v)));
            return b.build();
        }
    }
}
