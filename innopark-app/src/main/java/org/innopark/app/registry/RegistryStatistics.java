package org.innopark.app.registry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.innopark.engine.registry.Qualification;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Park-wide sums and tallies of the registry, computed in the database: the annual reports' totals per year, the
 * technology contracts, the certificates held, the carriers and platforms. Like {@link RegistryReads}, it does not
 * check the reader's scope: the caller has.
 */
@org.jspecify.annotations.NullMarked
@Service
@Transactional(readOnly = true)
public class RegistryStatistics {

    private final JdbcClient jdbc;

    RegistryStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The sums of one year's annual reports of a park's enterprises (money in yuan; absent figures count as 0). */
    public record ReportSums(
            int year,
            long reporting,
            long employees,
            long rdStaff,
            BigDecimal revenue,
            BigDecimal highTechRevenue,
            BigDecimal rdExpense,
            BigDecimal netProfit,
            BigDecimal taxes,
            BigDecimal exports,
            long inventionGrants) {}

    /** A technology contract's registration date and turnover (yuan). */
    public record ContractAmount(LocalDate registeredOn, BigDecimal amount) {}

    /** An enterprise's industry code and high-tech field (either may be absent) and its revenue in a year. */
    public record Category(
            @Nullable String industryCode,
            @Nullable String highTechField,
            @Nullable BigDecimal revenue) {}

    /** Incubation carriers of one type: how many, their area in m², enterprises incubating and graduated. */
    public record CarrierTotals(String type, long count, BigDecimal area, long incubating, long graduated) {}

    /** Innovation platforms of one level. */
    public record PlatformCount(String level, long count) {}

    /** The park's annual-report sums per year, oldest first. */
    public List<ReportSums> reportSumsByYear(String park) {
        return jdbc.sql("SELECT r.report_year, COUNT(*), COALESCE(SUM(r.employees), 0),"
                        + " COALESCE(SUM(r.rd_staff), 0), COALESCE(SUM(r.operating_revenue), 0),"
                        + " COALESCE(SUM(r.high_tech_revenue), 0), COALESCE(SUM(r.rd_expense), 0),"
                        + " COALESCE(SUM(r.net_profit), 0), COALESCE(SUM(r.taxes_paid), 0),"
                        + " COALESCE(SUM(r.exports), 0), COALESCE(SUM(r.invention_grants), 0)"
                        + " FROM annual_report r JOIN enterprise e ON e.credit_code = r.credit_code"
                        + " WHERE e.park_code = ? GROUP BY r.report_year ORDER BY r.report_year")
                .param(park)
                .query((rs, n) -> new ReportSums(
                        rs.getInt(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getLong(4),
                        rs.getBigDecimal(5),
                        rs.getBigDecimal(6),
                        rs.getBigDecimal(7),
                        rs.getBigDecimal(8),
                        rs.getBigDecimal(9),
                        rs.getBigDecimal(10),
                        rs.getLong(11)))
                .list();
    }

    /** The park's technology contracts: date and amount. */
    public List<ContractAmount> techContracts(String park) {
        return jdbc.sql("SELECT registration_date, amount FROM tech_contract WHERE park_code = ?")
                .param(park)
                .query((rs, n) -> new ContractAmount(rs.getDate(1).toLocalDate(), rs.getBigDecimal(2)))
                .list();
    }

    /** The qualifications held by the park's enterprises, whatever their dates. */
    public List<Qualification> qualifications(String park) {
        return jdbc.sql("SELECT q.credit_code, q.qualification_type, q.level, q.certificate_no, q.granted_on,"
                        + " q.expires_on FROM qualification q JOIN enterprise e ON e.credit_code = q.credit_code"
                        + " WHERE e.park_code = ?")
                .param(park)
                .query((rs, n) -> RegistryReads.qualification(rs))
                .list();
    }

    /** How many of the park's enterprises are listed on a board. */
    public long listedEnterprises(String park) {
        return jdbc.sql("SELECT COUNT(*) FROM enterprise WHERE park_code = ? AND listing_board <> 'UNLISTED'")
                .param(park)
                .query(Long.class)
                .single();
    }

    /** Every enterprise of the park with its category codes and its revenue of the year (null year: no revenue). */
    public List<Category> categories(String park, @Nullable Integer year) {
        return jdbc.sql("SELECT e.industry_code, e.high_tech_field, r.operating_revenue FROM enterprise e"
                        + " LEFT JOIN annual_report r ON r.credit_code = e.credit_code AND r.report_year = :year"
                        + " WHERE e.park_code = :park")
                .param("year", year == null ? -1 : year)
                .param("park", park)
                .query((rs, n) -> new Category(rs.getString(1), rs.getString(2), rs.getBigDecimal(3)))
                .list();
    }

    /** The park's incubation carriers by type. */
    public List<CarrierTotals> carriers(String park) {
        return jdbc.sql("SELECT carrier_type, COUNT(*), COALESCE(SUM(area_m2), 0), COALESCE(SUM(incubating), 0),"
                        + " COALESCE(SUM(graduated), 0) FROM carrier WHERE park_code = ? GROUP BY carrier_type"
                        + " ORDER BY carrier_type")
                .param(park)
                .query((rs, n) -> new CarrierTotals(
                        rs.getString(1), rs.getLong(2), rs.getBigDecimal(3), rs.getLong(4), rs.getLong(5)))
                .list();
    }

    /** The park's innovation platforms by level. */
    public List<PlatformCount> platforms(String park) {
        return jdbc.sql("SELECT level, COUNT(*) FROM innovation_platform WHERE park_code = ? GROUP BY level"
                        + " ORDER BY level")
                .param(park)
                .query((rs, n) -> new PlatformCount(rs.getString(1), rs.getLong(2)))
                .list();
    }
}
