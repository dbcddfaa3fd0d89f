package org.innopark.app.registry;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.innopark.app.security.ParkScope;
import org.innopark.app.shared.Page;
import org.innopark.engine.registry.ReportField;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the registry. Every query takes the reader's {@link ParkScope} and filters by it in SQL, so a park's data
 * never leaves the database for a user of another park.
 */
@Service
@Transactional(readOnly = true)
public class RegistryQueries {

    private final JdbcClient jdbc;

    RegistryQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A park with the size of its registry. */
    public record ParkView(
            String code,
            String name,
            String level,
            String regionCode,
            String province,
            String city,
            Integer approvedYear,
            List<SubParkView> subParks,
            Map<String, Long> counts) {}

    public record SubParkView(String code, String name) {}

    /** An enterprise as listed. */
    public record EnterpriseView(
            String creditCode,
            String name,
            LocalDate registrationDate,
            String regionCode,
            String industryCode,
            String highTechField,
            String parkCode,
            String subParkCode,
            String listingBoard,
            Integer latestReportYear) {}

    /** A qualification as held. */
    public record QualificationView(
            String type, String level, String certificateNo, LocalDate grantedOn, LocalDate expiresOn) {}

    /** An annual report: the year and the reported figures by field key (money in yuan); absent figures omitted. */
    public record ReportView(int year, Map<String, BigDecimal> figures) {}

    public List<ParkView> parks(ParkScope scope) {
        List<ParkView> parks = new ArrayList<>();
        jdbc.sql("SELECT code, name, level, region_code, province, city, approved_year FROM park"
                        + " WHERE (CAST(:park AS VARCHAR) IS NULL OR code = :park) ORDER BY code")
                .param("park", scope.parkCode())
                .query(rs -> {
                    String code = rs.getString(1);
                    parks.add(new ParkView(
                            code,
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getString(6),
                            (Integer) rs.getObject(7),
                            null,
                            null));
                });
        List<ParkView> result = new ArrayList<>();
        for (ParkView p : parks) {
            // An enterprise user sees its own enterprise, not the size of its park's registry.
            Map<String, Long> counts = scope.enterprise().isPresent() ? Map.of() : counts(p.code());
            result.add(new ParkView(
                    p.code(),
                    p.name(),
                    p.level(),
                    p.regionCode(),
                    p.province(),
                    p.city(),
                    p.approvedYear(),
                    subParks(p.code()),
                    counts));
        }
        return result;
    }

    /** A park's code and name. */
    public record ParkName(String code, String name) {}

    /** The codes and names of the parks in scope, without counting their registries. */
    public List<ParkName> parkNames(ParkScope scope) {
        return jdbc.sql(
                        "SELECT code, name FROM park WHERE (CAST(:park AS VARCHAR) IS NULL OR code = :park) ORDER BY code")
                .param("park", scope.parkCode())
                .query(ParkName.class)
                .list();
    }

    /** A park with its sub-parks but without the counts of its registry (for the pages' headings). */
    public Optional<ParkView> parkHeader(ParkScope scope, String code) {
        if (code == null || !scope.includesPark(code)) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT code, name, level, region_code, province, city, approved_year FROM park WHERE code = ?")
                .param(code)
                .query((rs, n) -> new ParkView(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        (Integer) rs.getObject(7),
                        subParks(code),
                        Map.of()))
                .optional();
    }

    public Optional<ParkView> park(ParkScope scope, String code) {
        if (!scope.includesPark(code)) {
            return Optional.empty();
        }
        return parks(new ParkScope(code, scope.creditCode())).stream().findFirst();
    }

    private List<SubParkView> subParks(String parkCode) {
        return jdbc.sql("SELECT code, name FROM sub_park WHERE park_code = ? ORDER BY code")
                .param(parkCode)
                .query(SubParkView.class)
                .list();
    }

    /** The number of records of each kind the park holds. */
    public Map<String, Long> counts(String parkCode) {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("enterprises", count("SELECT COUNT(*) FROM enterprise WHERE park_code = ?", parkCode));
        counts.put(
                "annualReports",
                count(
                        "SELECT COUNT(*) FROM annual_report r JOIN enterprise e"
                                + " ON e.credit_code = r.credit_code WHERE e.park_code = ?",
                        parkCode));
        counts.put(
                "qualifications",
                count(
                        "SELECT COUNT(*) FROM qualification q JOIN enterprise e"
                                + " ON e.credit_code = q.credit_code WHERE e.park_code = ?",
                        parkCode));
        counts.put("platforms", count("SELECT COUNT(*) FROM innovation_platform WHERE park_code = ?", parkCode));
        counts.put("carriers", count("SELECT COUNT(*) FROM carrier WHERE park_code = ?", parkCode));
        counts.put("talents", count("SELECT COUNT(*) FROM talent WHERE park_code = ?", parkCode));
        counts.put("projects", count("SELECT COUNT(*) FROM attraction_project WHERE park_code = ?", parkCode));
        counts.put("contracts", count("SELECT COUNT(*) FROM tech_contract WHERE park_code = ?", parkCode));
        return counts;
    }

    private long count(String sql, String parkCode) {
        return jdbc.sql(sql).param(parkCode).query(Long.class).single();
    }

    /**
     * Enterprises of the scope, optionally of one park, whose name or credit code contains the search text.
     * A park outside the scope gives an empty page, never an error that would confirm it exists.
     */
    public Page<EnterpriseView> enterprises(ParkScope scope, String park, String q, int page, int size) {
        int pageSize = Math.max(1, Math.min(size, Page.MAX_SIZE));
        int pageNo = Math.max(0, page);
        Optional<String> parkFilter = scope.narrow(park);
        if (parkFilter.isEmpty()) {
            return new Page<>(List.of(), pageNo, pageSize, 0);
        }
        String parkCode = parkFilter.get().isEmpty() ? null : parkFilter.get();
        String pattern = q == null || q.isBlank() ? null : "%" + q.strip().toUpperCase(Locale.ROOT) + "%";
        String where = " WHERE (CAST(:park AS VARCHAR) IS NULL OR e.park_code = :park)"
                + " AND (CAST(:credit AS VARCHAR) IS NULL OR e.credit_code = :credit)"
                + " AND (CAST(:q AS VARCHAR) IS NULL OR UPPER(e.name) LIKE :q OR e.credit_code LIKE :q)";
        long total = jdbc.sql("SELECT COUNT(*) FROM enterprise e" + where)
                .param("park", parkCode)
                .param("credit", scope.creditCode())
                .param("q", pattern)
                .query(Long.class)
                .single();
        List<EnterpriseView> items = jdbc.sql("SELECT e.credit_code, e.name, e.registration_date, e.region_code,"
                        + " e.industry_code, e.high_tech_field, e.park_code, e.sub_park_code, e.listing_board,"
                        + " (SELECT MAX(r.report_year) FROM annual_report r WHERE r.credit_code = e.credit_code)"
                        + " FROM enterprise e" + where + " ORDER BY e.name, e.credit_code"
                        + " LIMIT :limit OFFSET :offset")
                .param("park", parkCode)
                .param("credit", scope.creditCode())
                .param("q", pattern)
                .param("limit", pageSize)
                .param("offset", (long) pageNo * pageSize)
                .query(RegistryQueries::enterprise)
                .list();
        return new Page<>(items, pageNo, pageSize, total);
    }

    public Optional<EnterpriseView> enterprise(ParkScope scope, String creditCode) {
        return jdbc.sql(
                        "SELECT e.credit_code, e.name, e.registration_date, e.region_code, e.industry_code,"
                                + " e.high_tech_field, e.park_code, e.sub_park_code, e.listing_board,"
                                + " (SELECT MAX(r.report_year) FROM annual_report r WHERE r.credit_code = e.credit_code)"
                                + " FROM enterprise e WHERE e.credit_code = :credit"
                                + " AND (CAST(:park AS VARCHAR) IS NULL OR e.park_code = :park) AND (CAST(:own AS VARCHAR) IS NULL OR e.credit_code = :own)")
                .param("credit", creditCode.strip().toUpperCase(Locale.ROOT))
                .param("park", scope.parkCode())
                .param("own", scope.creditCode())
                .query(RegistryQueries::enterprise)
                .optional();
    }

    /** The enterprise's annual reports, oldest first; empty when the enterprise is outside the scope. */
    public List<ReportView> reports(ParkScope scope, String creditCode) {
        if (enterprise(scope, creditCode).isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM annual_report WHERE credit_code = ? ORDER BY report_year")
                .param(creditCode.strip().toUpperCase(Locale.ROOT))
                .query((rs, n) -> report(rs))
                .list();
    }

    public List<QualificationView> qualifications(ParkScope scope, String creditCode) {
        if (enterprise(scope, creditCode).isEmpty()) {
            return List.of();
        }
        return jdbc.sql(
                        "SELECT qualification_type AS type, level, certificate_no, granted_on, expires_on FROM qualification"
                                + " WHERE credit_code = ? ORDER BY granted_on, qualification_type")
                .param(creditCode.strip().toUpperCase(Locale.ROOT))
                .query(QualificationView.class)
                .list();
    }

    private static ReportView report(ResultSet rs) throws SQLException {
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        for (ReportField f : ReportField.values()) {
            BigDecimal v = rs.getBigDecimal(f.column());
            if (v != null) {
                figures.put(f.key(), v);
            }
        }
        return new ReportView(rs.getInt("report_year"), figures);
    }

    private static EnterpriseView enterprise(ResultSet rs, int n) throws SQLException {
        java.sql.Date reg = rs.getDate(3);
        return new EnterpriseView(
                rs.getString(1),
                rs.getString(2),
                reg == null ? null : reg.toLocalDate(),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                rs.getString(9),
                (Integer) rs.getObject(10));
    }
}
