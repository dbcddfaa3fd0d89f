package org.innopark.app.ladder;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.innopark.engine.ladder.EnterpriseFacts;
import org.innopark.engine.registry.AnnualReport;
import org.innopark.engine.registry.CreditCode;
import org.innopark.engine.registry.Enterprise;
import org.innopark.engine.registry.HighTechField;
import org.innopark.engine.registry.IndustryCode;
import org.innopark.engine.registry.InnovationPlatform;
import org.innopark.engine.registry.Level;
import org.innopark.engine.registry.ListingBoard;
import org.innopark.engine.registry.PlatformType;
import org.innopark.engine.registry.Qualification;
import org.innopark.engine.registry.QualificationType;
import org.innopark.engine.registry.RegionCode;
import org.innopark.engine.registry.ReportField;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads a park's enterprises with their annual reports of a span of years, their qualifications and the platforms
 * they host, in four queries per park whatever its size, and turns them into {@link EnterpriseFacts}. Callers check
 * the reader's scope first; {@code onlyCreditCode} narrows the park to one enterprise.
 */
@Component
class RegistryFacts {

    /** A park's enterprises (by credit code, in credit-code order) and their facts. */
    record Loaded(Map<CreditCode, Enterprise> enterprises, List<EnterpriseFacts> facts) {}

    private final JdbcClient jdbc;

    RegistryFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Loaded load(String parkCode, String onlyCreditCode, int firstYear, int lastYear) {
        Map<CreditCode, Enterprise> enterprises = new LinkedHashMap<>();
        jdbc.sql("SELECT credit_code, name, registration_date, region_code, industry_code, high_tech_field,"
                        + " park_code, sub_park_code, listing_board FROM enterprise WHERE park_code = :park"
                        + " AND (CAST(:own AS VARCHAR) IS NULL OR credit_code = :own) ORDER BY credit_code")
                .param("park", parkCode)
                .param("own", onlyCreditCode)
                .query(rs -> {
                    Enterprise e = enterprise(rs);
                    enterprises.put(e.creditCode(), e);
                });
        Map<CreditCode, EnterpriseFacts.Builder> builders = new HashMap<>();
        enterprises.forEach((code, e) -> builders.put(code, EnterpriseFacts.of(e)));

        jdbc.sql("SELECT r.* FROM annual_report r JOIN enterprise e ON e.credit_code = r.credit_code"
                        + " WHERE e.park_code = :park AND (CAST(:own AS VARCHAR) IS NULL OR e.credit_code = :own)"
                        + " AND r.report_year BETWEEN :first AND :last")
                .param("park", parkCode)
                .param("own", onlyCreditCode)
                .param("first", firstYear)
                .param("last", lastYear)
                .query(rs -> {
                    AnnualReport report = report(rs);
                    EnterpriseFacts.Builder b = builders.get(report.creditCode());
                    if (b != null) {
                        b.report(report);
                    }
                });

        jdbc.sql("SELECT q.credit_code, q.qualification_type, q.level, q.certificate_no, q.granted_on, q.expires_on"
                        + " FROM qualification q JOIN enterprise e ON e.credit_code = q.credit_code"
                        + " WHERE e.park_code = :park AND (CAST(:own AS VARCHAR) IS NULL OR e.credit_code = :own)")
                .param("park", parkCode)
                .param("own", onlyCreditCode)
                .query(rs -> {
                    CreditCode code = CreditCode.of(rs.getString(1));
                    EnterpriseFacts.Builder b = builders.get(code);
                    if (b != null) {
                        String level = rs.getString(3);
                        b.qualification(new Qualification(
                                code,
                                QualificationType.valueOf(rs.getString(2)),
                                level == null ? null : Level.valueOf(level),
                                rs.getString(4),
                                date(rs, 5),
                                date(rs, 6)));
                    }
                });

        Map<CreditCode, List<InnovationPlatform>> hosted = new HashMap<>();
        jdbc.sql("SELECT park_code, name, platform_type, level, host_credit_code, host_name, approved_year"
                        + " FROM innovation_platform WHERE park_code = :park AND host_credit_code IS NOT NULL"
                        + " AND (CAST(:own AS VARCHAR) IS NULL OR host_credit_code = :own)")
                .param("park", parkCode)
                .param("own", onlyCreditCode)
                .query(rs -> {
                    InnovationPlatform p = new InnovationPlatform(
                            rs.getString(1),
                            rs.getString(2),
                            PlatformType.valueOf(rs.getString(3)),
                            Level.valueOf(rs.getString(4)),
                            CreditCode.of(rs.getString(5)),
                            rs.getString(6),
                            (Integer) rs.getObject(7));
                    hosted.computeIfAbsent(p.hostCreditCode(), k -> new ArrayList<>())
                            .add(p);
                });

        List<EnterpriseFacts> facts = new ArrayList<>(enterprises.size());
        enterprises
                .keySet()
                .forEach(code -> facts.add(builders.get(code)
                        .platforms(hosted.getOrDefault(code, List.of()))
                        .build()));
        return new Loaded(enterprises, facts);
    }

    /** The park of an enterprise, if it is in the registry. */
    java.util.Optional<String> parkOf(String creditCode) {
        return jdbc.sql("SELECT park_code FROM enterprise WHERE credit_code = ?")
                .param(creditCode)
                .query(String.class)
                .optional();
    }

    /** The latest year with an annual report in the park (or of one enterprise), if any. */
    java.util.Optional<Integer> latestYear(String parkCode, String onlyCreditCode) {
        Integer year = jdbc.sql("SELECT MAX(r.report_year) FROM annual_report r JOIN enterprise e"
                        + " ON e.credit_code = r.credit_code WHERE e.park_code = :park"
                        + " AND (CAST(:own AS VARCHAR) IS NULL OR e.credit_code = :own)")
                .param("park", parkCode)
                .param("own", onlyCreditCode)
                .query(Integer.class)
                .optional()
                .orElse(null);
        return java.util.Optional.ofNullable(year);
    }

    /** The park codes of the registry, in order. */
    List<String> parkCodes() {
        return jdbc.sql("SELECT code FROM park ORDER BY code")
                .query(String.class)
                .list();
    }

    /** Whether the park exists. */
    boolean parkExists(String code) {
        return jdbc.sql("SELECT COUNT(*) FROM park WHERE code = ?")
                        .param(code)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private static Enterprise enterprise(ResultSet rs) throws SQLException {
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

    private static AnnualReport report(ResultSet rs) throws SQLException {
        Map<ReportField, BigDecimal> figures = new EnumMap<>(ReportField.class);
        for (ReportField f : ReportField.values()) {
            BigDecimal v = rs.getBigDecimal(f.column());
            if (v != null) {
                figures.put(f, v);
            }
        }
        return AnnualReport.of(CreditCode.of(rs.getString("credit_code")), rs.getInt("report_year"), figures);
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        java.sql.Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
