package org.innopark.app.registry;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.innopark.engine.registry.AbnormalListingReason;
import org.innopark.engine.registry.AnnualReport;
import org.innopark.engine.registry.AttractionProject;
import org.innopark.engine.registry.Carrier;
import org.innopark.engine.registry.CarrierType;
import org.innopark.engine.registry.CoverageDeclaration;
import org.innopark.engine.registry.CreditCode;
import org.innopark.engine.registry.CreditRecord;
import org.innopark.engine.registry.CreditRecordType;
import org.innopark.engine.registry.Enterprise;
import org.innopark.engine.registry.EnterpriseBusiness;
import org.innopark.engine.registry.HighTechField;
import org.innopark.engine.registry.IncidentLevel;
import org.innopark.engine.registry.IndustryCode;
import org.innopark.engine.registry.InnovationPlatform;
import org.innopark.engine.registry.InvalidValueException;
import org.innopark.engine.registry.Level;
import org.innopark.engine.registry.ListingBoard;
import org.innopark.engine.registry.MonthlyReport;
import org.innopark.engine.registry.PlatformType;
import org.innopark.engine.registry.ProjectStage;
import org.innopark.engine.registry.Qualification;
import org.innopark.engine.registry.QualificationType;
import org.innopark.engine.registry.RegionCode;
import org.innopark.engine.registry.ReportField;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry read API: the questions the other features ask of the registry, answered in the engine's own types
 * with one mapper per record. No other feature runs SQL on the registry's tables; they read through this class (and
 * {@link RegistryQueries} for the API's views, {@link RegistryStatistics} for park-wide sums). It is also the seam a
 * batch job reads through.
 *
 * <p>These reads do not check the reader's scope: the caller has decided which park (or enterprise) it may read.
 * A {@code park} of null means every park; an {@code enterprise} of null means every enterprise of the park.
 */
@org.jspecify.annotations.NullMarked
@Service
@Transactional(readOnly = true)
public class RegistryReads {

    /** Enterprises read per chunk when streaming: bounded memory whatever the size of the registry. */
    static final int CHUNK = 5_000;

    private static final String ENTERPRISE_COLUMNS = "e.credit_code, e.name, e.registration_date, e.region_code,"
            + " e.industry_code, e.high_tech_field, e.park_code, e.sub_park_code, e.listing_board,"
            + " e.main_products, e.business_scope, e.arrived_on, e.departed_on";

    private static final Logger log = LoggerFactory.getLogger(RegistryReads.class);

    private final JdbcClient jdbc;

    RegistryReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A park's code, name and province. */
    public record ParkRow(
            String code, String name, @Nullable String province) {}

    /**
     * One enterprise with what the registry holds of it for a span of years: its annual reports (oldest first), its
     * qualifications (in order of grant), the innovation platforms it hosts, its credit and compliance records (by
     * date), the assessments declared for it (of the span of years), and what it does and when it was in the park.
     */
    public record EnterpriseRecord(
            Enterprise enterprise,
            List<AnnualReport> reports,
            List<Qualification> qualifications,
            List<InnovationPlatform> platforms,
            List<CreditRecord> creditRecords,
            List<DeclaredFact> declaredFacts,
            EnterpriseBusiness business) {

        /** A record whose business is not known (主营产品, 经营范围 and dates empty). */
        public EnterpriseRecord(
                Enterprise enterprise,
                List<AnnualReport> reports,
                List<Qualification> qualifications,
                List<InnovationPlatform> platforms,
                List<CreditRecord> creditRecords,
                List<DeclaredFact> declaredFacts) {
            this(
                    enterprise,
                    reports,
                    qualifications,
                    platforms,
                    creditRecords,
                    declaredFacts,
                    EnterpriseBusiness.none(enterprise.creditCode()));
        }
    }

    /**
     * An assessment only experts make (高企's 知识产权 sub-scores…), declared for an enterprise and a data year by an
     * enterprise user or a park analyst, with who and when: the verdict marks it as declared, not measured.
     */
    public record DeclaredFact(
            CreditCode creditCode,
            int year,
            String factId,
            String value,
            String declaredBy,
            OffsetDateTime declaredAt) {}

    /** Whether the park exists. */
    public boolean parkExists(String code) {
        return jdbc.sql("SELECT COUNT(*) FROM park WHERE code = ?")
                        .param(code)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** The park's name, if the park exists. */
    public Optional<String> parkName(String code) {
        return jdbc.sql("SELECT name FROM park WHERE code = ?")
                .param(code)
                .query(String.class)
                .optional();
    }

    /** The park's city (城市), if the park exists and has one. */
    public Optional<String> parkCity(String code) {
        return jdbc.sql("SELECT city FROM park WHERE code = ? AND city IS NOT NULL")
                .param(code)
                .query(String.class)
                .optional();
    }

    /** Every park, in code order. */
    public List<ParkRow> parks() {
        return jdbc.sql("SELECT code, name, province FROM park ORDER BY code")
                .query((rs, n) -> new ParkRow(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    /** The park codes of the registry, in order. */
    public List<String> parkCodes() {
        return jdbc.sql("SELECT code FROM park ORDER BY code")
                .query(String.class)
                .list();
    }

    /** The park an enterprise belongs to, if it is in the registry. */
    public Optional<String> parkOf(String creditCode) {
        return jdbc.sql("SELECT park_code FROM enterprise WHERE credit_code = ?")
                .param(creditCode)
                .query(String.class)
                .optional();
    }

    /** Whether the registry holds no enterprise at all. */
    public boolean hasNoEnterprises() {
        return jdbc.sql("SELECT COUNT(*) FROM (SELECT 1 FROM enterprise FETCH FIRST 1 ROWS ONLY) x")
                        .query(Long.class)
                        .single()
                == 0;
    }

    /** The latest year with an annual report, in a park (every park when null) or of one enterprise. */
    public Optional<Integer> latestReportYear(@Nullable String park, @Nullable String enterprise) {
        Integer year = jdbc.sql("SELECT MAX(r.report_year) FROM annual_report r JOIN enterprise e"
                        + " ON e.credit_code = r.credit_code WHERE (CAST(:park AS VARCHAR) IS NULL OR e.park_code = :park)"
                        + " AND (CAST(:own AS VARCHAR) IS NULL OR e.credit_code = :own)")
                .param("park", park)
                .param("own", enterprise)
                .query(Integer.class)
                .optional()
                .orElse(null);
        return Optional.ofNullable(year);
    }

    /** Every year with at least one annual report, in order. */
    public SortedSet<Integer> reportYears() {
        return new TreeSet<>(jdbc.sql("SELECT DISTINCT report_year FROM annual_report")
                .query(Integer.class)
                .list());
    }

    /** The enterprises of a park (every park when null), or one of them, in credit-code order. */
    public List<Enterprise> enterprises(@Nullable String park, @Nullable String enterprise) {
        return jdbc.sql("SELECT " + ENTERPRISE_COLUMNS + " FROM enterprise e"
                        + " WHERE (CAST(:park AS VARCHAR) IS NULL OR e.park_code = :park)"
                        + " AND (CAST(:own AS VARCHAR) IS NULL OR e.credit_code = :own) ORDER BY e.credit_code")
                .param("park", park)
                .param("own", enterprise)
                .query((rs, n) -> enterprise(rs))
                .list();
    }

    /** The credit codes of a park's enterprises (every park's when null), in order. */
    public SortedSet<String> creditCodes(@Nullable String park) {
        return new TreeSet<>(jdbc.sql("SELECT credit_code FROM enterprise"
                        + " WHERE (CAST(:park AS VARCHAR) IS NULL OR park_code = :park)")
                .param("park", park)
                .query(String.class)
                .list());
    }

    /** The names of a park's enterprises by credit code. */
    public Map<String, String> enterpriseNames(String park) {
        Map<String, String> names = new HashMap<>();
        jdbc.sql("SELECT credit_code, name FROM enterprise WHERE park_code = ?")
                .param(park)
                .query(rs -> {
                    names.put(rs.getString(1), rs.getString(2));
                });
        return names;
    }

    /** The annual reports of {@code fromYear}..{@code toYear} of a park's enterprises (every park when null). */
    public List<AnnualReport> reports(@Nullable String park, @Nullable String enterprise, int fromYear, int toYear) {
        return jdbc
                .sql("SELECT r.* FROM annual_report r JOIN enterprise e ON e.credit_code = r.credit_code"
                        + " WHERE (CAST(:park AS VARCHAR) IS NULL OR e.park_code = :park)"
                        + " AND (CAST(:own AS VARCHAR) IS NULL OR e.credit_code = :own)"
                        + " AND r.report_year BETWEEN :from AND :to")
                .param("park", park)
                .param("own", enterprise)
                .param("from", fromYear)
                .param("to", toYear)
                .query((rs, n) -> report(rs))
                .list()
                .stream()
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    /**
     * A park's enterprises (every park when null), or one of them, each with its reports of the span of years, its
     * qualifications and the platforms it hosts, in credit-code order. Read in a handful of queries per
     * {@value #CHUNK} enterprises, so memory stays bounded for a registry of millions.
     */
    public void forEachEnterprise(
            @Nullable String park,
            @Nullable String enterprise,
            int fromYear,
            int toYear,
            Consumer<EnterpriseRecord> consumer) {
        forEachEnterprise(park, enterprise, fromYear, toYear, CHUNK, consumer);
    }

    /** {@link #forEachEnterprise} reading {@code chunk} enterprises at a time (tests use small chunks). */
    void forEachEnterprise(
            @Nullable String park,
            @Nullable String enterprise,
            int fromYear,
            int toYear,
            int chunkSize,
            Consumer<EnterpriseRecord> consumer) {
        String after = "";
        while (true) {
            // One enterprise is looked up by its key: "(:own IS NULL OR credit_code = :own)" scanned the table on H2.
            String which = enterprise != null ? " AND e.credit_code = :own" : " AND e.credit_code > :after";
            Map<CreditCode, EnterpriseBusiness> business = new HashMap<>();
            List<Enterprise> chunk = jdbc.sql("SELECT " + ENTERPRISE_COLUMNS + " FROM enterprise e"
                            + " WHERE (CAST(:park AS VARCHAR) IS NULL OR e.park_code = :park)" + which
                            + " ORDER BY e.credit_code FETCH FIRST " + chunkSize + " ROWS ONLY")
                    .param("park", park)
                    .param("own", enterprise)
                    .param("after", after)
                    .query((rs, n) -> {
                        Enterprise e = enterprise(rs);
                        business.put(e.creditCode(), business(e.creditCode(), rs));
                        return e;
                    })
                    .list();
            if (chunk.isEmpty()) {
                return;
            }
            String first = chunk.get(0).creditCode().value();
            String last = chunk.get(chunk.size() - 1).creditCode().value();
            Chunk c = new Chunk(park, first, last, fromYear, toYear);
            Map<CreditCode, List<AnnualReport>> reports = c.byEnterprise(
                    "SELECT r.* FROM annual_report r JOIN enterprise e ON e.credit_code = r.credit_code"
                            + " WHERE (CAST(:park AS VARCHAR) IS NULL OR e.park_code = :park)"
                            + " AND r.credit_code BETWEEN :first AND :last AND r.report_year BETWEEN :from AND :to"
                            + " ORDER BY r.credit_code, r.report_year",
                    RegistryReads::report,
                    AnnualReport::creditCode);
            Map<CreditCode, List<Qualification>> qualifications = c.byEnterprise(
                    "SELECT q.credit_code, q.qualification_type, q.level, q.certificate_no, q.granted_on,"
                            + " q.expires_on FROM qualification q JOIN enterprise e ON e.credit_code = q.credit_code"
                            + " WHERE (CAST(:park AS VARCHAR) IS NULL OR e.park_code = :park)"
                            + " AND q.credit_code BETWEEN :first AND :last"
                            + " ORDER BY q.credit_code, q.granted_on, q.qualification_type",
                    RegistryReads::qualification,
                    Qualification::creditCode);
            Map<CreditCode, List<InnovationPlatform>> platforms = c.byEnterprise(
                    "SELECT park_code, name, platform_type, level, host_credit_code, host_name, approved_year"
                            + " FROM innovation_platform WHERE (CAST(:park AS VARCHAR) IS NULL OR park_code = :park)"
                            + " AND host_credit_code BETWEEN :first AND :last ORDER BY host_credit_code, name",
                    RegistryReads::platform,
                    InnovationPlatform::hostCreditCode);
            Map<CreditCode, List<CreditRecord>> records = c.byEnterprise(
                    "SELECT " + CREDIT_RECORD_COLUMNS + " FROM credit_record c JOIN enterprise e"
                            + " ON e.credit_code = c.credit_code WHERE (CAST(:park AS VARCHAR) IS NULL OR e.park_code = :park)"
                            + " AND c.credit_code BETWEEN :first AND :last"
                            + " ORDER BY c.credit_code, c.record_date, c.record_type, c.reference_no",
                    RegistryReads::creditRecord,
                    CreditRecord::creditCode);
            Map<CreditCode, List<DeclaredFact>> declared = c.byEnterprise(
                    "SELECT " + DECLARED_FACT_COLUMNS + " FROM declared_fact d JOIN enterprise e"
                            + " ON e.credit_code = d.credit_code WHERE (CAST(:park AS VARCHAR) IS NULL OR e.park_code = :park)"
                            + " AND d.credit_code BETWEEN :first AND :last AND d.report_year BETWEEN :from AND :to"
                            + " ORDER BY d.credit_code, d.report_year, d.fact_id",
                    RegistryReads::declaredFact,
                    DeclaredFact::creditCode);
            for (Enterprise e : chunk) {
                consumer.accept(new EnterpriseRecord(
                        e,
                        reports.getOrDefault(e.creditCode(), List.of()),
                        qualifications.getOrDefault(e.creditCode(), List.of()),
                        platforms.getOrDefault(e.creditCode(), List.of()),
                        records.getOrDefault(e.creditCode(), List.of()),
                        declared.getOrDefault(e.creditCode(), List.of()),
                        business.get(e.creditCode())));
            }
            if (chunk.size() < chunkSize || enterprise != null) {
                return;
            }
            after = last;
        }
    }

    /** A mapper of one row that may leave the row out (null): a stored row that breaks a rule. */
    private interface Mapper<T> {
        @Nullable
        T map(ResultSet rs) throws SQLException;
    }

    /** One chunk of enterprises (by credit-code range) of a park and a span of years, read table by table. */
    private final class Chunk {
        private final @Nullable String park;
        private final String first;
        private final String last;
        private final int from;
        private final int to;

        Chunk(@Nullable String park, String first, String last, int from, int to) {
            this.park = park;
            this.first = first;
            this.last = last;
            this.from = from;
            this.to = to;
        }

        /** The rows of a query over the chunk, by their enterprise, in the query's order. */
        <T> Map<CreditCode, List<T>> byEnterprise(
                String sql, Mapper<T> mapper, java.util.function.Function<T, CreditCode> enterprise) {
            Map<CreditCode, List<T>> out = new HashMap<>();
            jdbc.sql(sql)
                    .param("park", park)
                    .param("first", first)
                    .param("last", last)
                    .param("from", from)
                    .param("to", to)
                    .query(rs -> {
                        T row = mapper.map(rs);
                        if (row != null) {
                            out.computeIfAbsent(enterprise.apply(row), k -> new ArrayList<>())
                                    .add(row);
                        }
                    });
            return out;
        }
    }

    private static final String MONTHLY_COLUMNS = "m.credit_code, m.period, m.revenue, m.taxes_paid, m.insured_staff,"
            + " m.electricity_kwh, m.industrial_output, m.exports, m.rd_expense";

    /**
     * 月度报表 of a park's enterprises (every park's when null), or of one enterprise, streamed in order of enterprise
     * and period: a park's whole history is read without holding it as rows.
     */
    public void forEachMonthlyReport(@Nullable String park, @Nullable String enterprise, Consumer<MonthlyReport> sink) {
        jdbc.sql("SELECT " + MONTHLY_COLUMNS
                        + " FROM monthly_report m JOIN enterprise e ON e.credit_code = m.credit_code"
                        + " WHERE (CAST(:park AS VARCHAR) IS NULL OR e.park_code = :park)"
                        + " AND (CAST(:own AS VARCHAR) IS NULL OR m.credit_code = :own)"
                        + " ORDER BY m.credit_code, m.period")
                .param("park", park)
                .param("own", enterprise)
                .query(rs -> {
                    sink.accept(monthlyReport(rs));
                });
    }

    /** One enterprise's monthly reports, oldest first. */
    public List<MonthlyReport> monthlyReports(String creditCode) {
        List<MonthlyReport> out = new ArrayList<>();
        forEachMonthlyReport(null, creditCode, out::add);
        return out;
    }

    /** The latest period any enterprise of the park (every park when null) reported, if any. */
    public Optional<java.time.YearMonth> latestMonthlyPeriod(@Nullable String park) {
        return jdbc
                .sql("SELECT MAX(m.period) FROM monthly_report m JOIN enterprise e ON e.credit_code = m.credit_code"
                        + " WHERE (CAST(:park AS VARCHAR) IS NULL OR e.park_code = :park)")
                .param("park", park)
                .query((rs, n) -> Optional.ofNullable(rs.getString(1)))
                .list()
                .stream()
                .flatMap(Optional::stream)
                .findFirst()
                .map(p -> java.time.YearMonth.parse(p.strip()));
    }

    /** The listings (经营异常名录, 严重违法失信名单, 失信被执行人) of a park's enterprises, by enterprise and date. */
    public List<CreditRecord> listings(String park) {
        List<String> types = java.util.Arrays.stream(CreditRecordType.values())
                .filter(CreditRecordType::isListing)
                .map(CreditRecordType::code)
                .toList();
        return jdbc.sql("SELECT " + CREDIT_RECORD_COLUMNS + " FROM credit_record c"
                        + " JOIN enterprise e ON e.credit_code = c.credit_code"
                        + " WHERE e.park_code = :park AND c.record_type IN (:types)"
                        + " ORDER BY c.credit_code, c.record_date, c.reference_no")
                .param("park", park)
                .param("types", types)
                .query((rs, n) -> creditRecord(rs))
                .list();
    }

    static MonthlyReport monthlyReport(ResultSet rs) throws SQLException {
        Object staff = rs.getObject(5);
        return new MonthlyReport(
                CreditCode.of(rs.getString(1).strip()),
                java.time.YearMonth.parse(rs.getString(2).strip()),
                rs.getBigDecimal(3),
                rs.getBigDecimal(4),
                staff == null ? null : ((Number) staff).longValue(),
                rs.getBigDecimal(6),
                rs.getBigDecimal(7),
                rs.getBigDecimal(8),
                rs.getBigDecimal(9));
    }

    /** One enterprise's credit and compliance records, oldest first. */
    public List<CreditRecord> creditRecords(String creditCode) {
        return jdbc.sql("SELECT " + CREDIT_RECORD_COLUMNS + " FROM credit_record c WHERE c.credit_code = ?"
                        + " ORDER BY c.record_date, c.record_type, c.reference_no")
                .param(creditCode)
                .query((rs, n) -> creditRecord(rs))
                .list();
    }

    /** One credit record by its key, if stored. */
    public Optional<CreditRecord> creditRecord(String creditCode, CreditRecordType type, String referenceNo) {
        return jdbc.sql("SELECT " + CREDIT_RECORD_COLUMNS + " FROM credit_record c WHERE c.credit_code = ?"
                        + " AND c.record_type = ? AND c.reference_no = ?")
                .params(creditCode, type.code(), referenceNo)
                .query((rs, n) -> creditRecord(rs))
                .optional();
    }

    /** A park's coverage declarations (every park's when null), by park and record type. */
    public List<CoverageDeclaration> coverage(@Nullable String park) {
        return jdbc.sql("SELECT park_code, record_type, complete_since, complete_through, source, declared_by"
                        + " FROM credit_coverage WHERE (CAST(:park AS VARCHAR) IS NULL OR park_code = :park)"
                        + " ORDER BY park_code, record_type")
                .param("park", park)
                .query((rs, n) -> new CoverageDeclaration(
                        rs.getString(1),
                        CreditRecordType.valueOf(rs.getString(2)),
                        date(rs, 3),
                        date(rs, 4),
                        rs.getString(5),
                        rs.getString(6)))
                .list();
    }

    /** The assessments declared for an enterprise, of one year or of every year when null. */
    public List<DeclaredFact> declaredFacts(String creditCode, @Nullable Integer year) {
        return jdbc.sql("SELECT " + DECLARED_FACT_COLUMNS + " FROM declared_fact d WHERE d.credit_code = :code"
                        + " AND (CAST(:year AS INTEGER) IS NULL OR d.report_year = :year)"
                        + " ORDER BY d.report_year, d.fact_id")
                .param("code", creditCode)
                .param("year", year)
                .query((rs, n) -> declaredFact(rs))
                .list();
    }

    /** A park's talents (人才: one entry per person and programme), by name and programme. */
    public List<org.innopark.engine.registry.Talent> talents(String park) {
        return jdbc.sql("SELECT park_code, name, programme, level, employer_credit_code, field, selected_year"
                        + " FROM talent WHERE park_code = ? ORDER BY name, employer_credit_code, programme")
                .param(park)
                .query((rs, n) -> new org.innopark.engine.registry.Talent(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        Level.valueOf(rs.getString(4)),
                        CreditCode.of(rs.getString(5)),
                        rs.getString(6),
                        (Integer) rs.getObject(7)))
                .list();
    }

    /** A park's innovation platforms (创新平台), by name. */
    public List<InnovationPlatform> platforms(String park) {
        return jdbc.sql("SELECT park_code, name, platform_type, level, host_credit_code, host_name, approved_year"
                        + " FROM innovation_platform WHERE park_code = ? ORDER BY name")
                .param(park)
                .query((rs, n) -> platform(rs))
                .list();
    }

    private static final String PROJECT_COLUMNS = "project_no, park_code, name, investor_name, investor_credit_code,"
            + " source_region_code, industry_code, contracted_amount, stage, lead_date, signed_date, production_date";

    /** A park's investment-attraction projects (招商项目), by project number. */
    public List<AttractionProject> attractionProjects(String park) {
        return jdbc.sql("SELECT " + PROJECT_COLUMNS
                        + " FROM attraction_project WHERE park_code = ? ORDER BY project_no")
                .param(park)
                .query((rs, n) -> attractionProject(rs))
                .list();
    }

    /** One investment-attraction project by its number, if stored. */
    public Optional<AttractionProject> attractionProject(String projectNo) {
        return jdbc.sql("SELECT " + PROJECT_COLUMNS + " FROM attraction_project WHERE project_no = ?")
                .param(projectNo)
                .query((rs, n) -> attractionProject(rs))
                .optional();
    }

    private static AttractionProject attractionProject(ResultSet rs) throws SQLException {
        String code = rs.getString(5);
        String region = rs.getString(6);
        String industry = rs.getString(7);
        return new AttractionProject(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                code == null ? null : CreditCode.of(code.strip()),
                region == null ? null : RegionCode.of(region.strip()),
                industry == null ? null : IndustryCode.of(industry.strip()),
                rs.getBigDecimal(8),
                ProjectStage.valueOf(rs.getString(9)),
                date(rs, 10),
                date(rs, 11),
                date(rs, 12));
    }

    private static final String CARRIER_COLUMNS = "park_code, name, carrier_type, level, operator_credit_code, area_m2,"
            + " incubating, graduated, stats_year";

    /** A park's incubation carriers (孵化载体), by name. */
    public List<Carrier> carriers(String park) {
        return jdbc.sql("SELECT " + CARRIER_COLUMNS + " FROM carrier WHERE park_code = ? ORDER BY name")
                .param(park)
                .query((rs, n) -> carrier(rs))
                .list();
    }

    /** One carrier of a park by its name, if stored. */
    public Optional<Carrier> carrier(String park, String name) {
        return jdbc.sql("SELECT " + CARRIER_COLUMNS + " FROM carrier WHERE park_code = ? AND name = ?")
                .params(park, name)
                .query((rs, n) -> carrier(rs))
                .optional();
    }

    private static Carrier carrier(ResultSet rs) throws SQLException {
        String operator = rs.getString(5);
        return new Carrier(
                rs.getString(1),
                rs.getString(2),
                CarrierType.valueOf(rs.getString(3)),
                Level.valueOf(rs.getString(4)),
                operator == null ? null : CreditCode.of(operator.strip()),
                rs.getBigDecimal(6),
                (Integer) rs.getObject(7, Integer.class),
                (Integer) rs.getObject(8, Integer.class),
                (Integer) rs.getObject(9, Integer.class));
    }

    /** {@link #forEachEnterprise} collected into a list (for a park, not for the whole country). */
    public List<EnterpriseRecord> enterpriseRecords(
            @Nullable String park, @Nullable String enterprise, int fromYear, int toYear) {
        List<EnterpriseRecord> out = new ArrayList<>();
        forEachEnterprise(park, enterprise, fromYear, toYear, out::add);
        return out;
    }

    /**
     * The annual reports of {@code fromYear}..{@code toYear} of every park's enterprises (or one park's), with only
     * the given fields, by park code (bulk reads of the few columns an index needs).
     */
    public Map<String, List<AnnualReport>> reportsByPark(
            Set<ReportField> fields, int fromYear, int toYear, @Nullable String park) {
        Map<String, List<AnnualReport>> byPark = new HashMap<>();
        if (fields.isEmpty()) {
            return byPark;
        }
        List<ReportField> columns = new ArrayList<>(fields);
        StringBuilder sql = new StringBuilder("SELECT e.park_code, r.credit_code, r.report_year");
        columns.forEach(f -> sql.append(", r.").append(f.column()));
        sql.append(" FROM annual_report r JOIN enterprise e ON e.credit_code = r.credit_code")
                .append(" WHERE r.report_year BETWEEN :from AND :to")
                .append(" AND (CAST(:park AS VARCHAR) IS NULL OR e.park_code = :park)");
        jdbc.sql(sql.toString())
                .param("from", fromYear)
                .param("to", toYear)
                .param("park", park)
                .query(rs -> {
                    Map<ReportField, BigDecimal> figures = new EnumMap<>(ReportField.class);
                    for (int i = 0; i < columns.size(); i++) {
                        BigDecimal v = rs.getBigDecimal(4 + i);
                        if (v != null) {
                            figures.put(columns.get(i), v);
                        }
                    }
                    AnnualReport report = validOrSkipped(rs.getString(2).strip(), rs.getInt(3), figures);
                    if (report == null) {
                        return;
                    }
                    byPark.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(report);
                });
        return byPark;
    }

    static final String CREDIT_RECORD_COLUMNS = "c.credit_code, c.record_type, c.reference_no, c.record_date,"
            + " c.removed_on, c.reason, c.category, c.amount, c.incident_level, c.authority, c.source";

    static final String DECLARED_FACT_COLUMNS =
            "d.credit_code, d.report_year, d.fact_id, d.fact_value, d.declared_by, d.declared_at";

    static CreditRecord creditRecord(ResultSet rs) throws SQLException {
        String reason = rs.getString(6);
        String level = rs.getString(9);
        return new CreditRecord(
                CreditCode.of(rs.getString(1)),
                CreditRecordType.valueOf(rs.getString(2)),
                rs.getString(3),
                date(rs, 4),
                date(rs, 5),
                reason == null ? null : AbnormalListingReason.valueOf(reason),
                rs.getString(7),
                rs.getBigDecimal(8),
                level == null ? null : IncidentLevel.valueOf(level),
                rs.getString(10),
                rs.getString(11));
    }

    static DeclaredFact declaredFact(ResultSet rs) throws SQLException {
        return new DeclaredFact(
                CreditCode.of(rs.getString(1)),
                rs.getInt(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getObject(6, OffsetDateTime.class));
    }

    static Enterprise enterprise(ResultSet rs) throws SQLException {
        String region = rs.getString(4);
        String industry = rs.getString(5);
        String field = rs.getString(6);
        String board = rs.getString(9);
        return new Enterprise(
                CreditCode.of(rs.getString(1)),
                rs.getString(2),
                date(rs, 3),
                region == null ? null : RegionCode.of(region.strip()),
                industry == null ? null : IndustryCode.of(industry.strip()),
                field == null ? null : HighTechField.valueOf(field),
                rs.getString(7),
                rs.getString(8),
                board == null ? ListingBoard.UNLISTED : ListingBoard.valueOf(board));
    }

    /** The business columns of a row read with {@link #ENTERPRISE_COLUMNS} (columns 10 to 13). */
    static EnterpriseBusiness business(CreditCode code, ResultSet rs) throws SQLException {
        return new EnterpriseBusiness(code, rs.getString(10), rs.getString(11), date(rs, 12), date(rs, 13));
    }

    /**
     * The credit codes with a record on a bad list (a list that is left, 经营异常名录 / 严重违法失信名单 / 失信被执行人,
     * not yet removed on the day): enterprises never to be recommended as targets.
     */
    public Set<String> badListed(LocalDate day) {
        List<String> types = java.util.Arrays.stream(CreditRecordType.values())
                .filter(CreditRecordType::isListing)
                .map(CreditRecordType::code)
                .toList();
        return new java.util.HashSet<>(jdbc.sql("SELECT DISTINCT c.credit_code FROM credit_record c"
                        + " WHERE c.record_type IN (:types) AND c.record_date <= :day"
                        + " AND (c.removed_on IS NULL OR c.removed_on > :day)")
                .param("types", types)
                .param("day", day)
                .query(String.class)
                .list());
    }

    static AnnualReport report(ResultSet rs) throws SQLException {
        Map<ReportField, BigDecimal> figures = new EnumMap<>(ReportField.class);
        for (ReportField f : ReportField.values()) {
            BigDecimal v = rs.getBigDecimal(f.column());
            if (v != null) {
                figures.put(f, v);
            }
        }
        return validOrSkipped(rs.getString("credit_code").strip(), rs.getInt("report_year"), figures);
    }

    /**
     * The stored report, or null when it breaks one of the report's rules (written before a rule existed, or by
     * hand): the report is left out, with a warning naming it and the rule, so that the pages and APIs built on the
     * registry show everything else instead of failing. The import refuses such rows, so this is the exception.
     */
    static @Nullable AnnualReport validOrSkipped(String creditCode, int year, Map<ReportField, BigDecimal> figures) {
        try {
            return AnnualReport.of(CreditCode.of(creditCode), year, figures);
        } catch (InvalidValueException e) {
            log.warn(
                    "Stored annual report {} {} is left out because it is invalid: {}",
                    creditCode,
                    year,
                    e.messageEn());
            return null;
        }
    }

    static Qualification qualification(ResultSet rs) throws SQLException {
        String level = rs.getString(3);
        return new Qualification(
                CreditCode.of(rs.getString(1)),
                QualificationType.valueOf(rs.getString(2)),
                level == null ? null : Level.valueOf(level),
                rs.getString(4),
                date(rs, 5),
                date(rs, 6));
    }

    private static InnovationPlatform platform(ResultSet rs) throws SQLException {
        return new InnovationPlatform(
                rs.getString(1),
                rs.getString(2),
                PlatformType.valueOf(rs.getString(3)),
                Level.valueOf(rs.getString(4)),
                CreditCode.of(rs.getString(5)),
                rs.getString(6),
                (Integer) rs.getObject(7));
    }

    // 技术合同 (read by technology transfer)

    /** The park's administrative region code (行政区划代码, GB/T 2260), if the park exists. */
    public Optional<String> parkRegion(String code) {
        return jdbc.sql("SELECT region_code FROM park WHERE code = ?")
                .param(code)
                .query(String.class)
                .optional()
                .map(String::strip);
    }

    /** The technology contracts registered for a park, by registration number. */
    public List<org.innopark.engine.registry.TechContract> techContracts(String park) {
        return jdbc.sql("SELECT registration_no, park_code, seller_credit_code, seller_name, buyer_credit_code,"
                        + " buyer_name, contract_type, amount, registration_date FROM tech_contract"
                        + " WHERE park_code = ? ORDER BY registration_no")
                .param(park)
                .query((rs, n) -> {
                    String seller = rs.getString(3);
                    String buyer = rs.getString(5);
                    return new org.innopark.engine.registry.TechContract(
                            rs.getString(1),
                            rs.getString(2),
                            seller == null ? null : CreditCode.of(seller.strip()),
                            rs.getString(4),
                            buyer == null ? null : CreditCode.of(buyer.strip()),
                            rs.getString(6),
                            org.innopark.engine.registry.ContractType.valueOf(
                                    rs.getString(7).strip()),
                            rs.getBigDecimal(8),
                            rs.getDate(9).toLocalDate());
                })
                .list();
    }

    /** The park a technology contract is registered for, if it is in the registry. */
    public Optional<String> techContractPark(String registrationNo) {
        return jdbc.sql("SELECT park_code FROM tech_contract WHERE registration_no = ?")
                .param(registrationNo)
                .query(String.class)
                .optional();
    }

    private static @Nullable LocalDate date(ResultSet rs, int column) throws SQLException {
        java.sql.Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
