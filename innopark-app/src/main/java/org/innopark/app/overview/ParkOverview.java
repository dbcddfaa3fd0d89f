package org.innopark.app.overview;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.innopark.app.points.InnovationPoints;
import org.innopark.app.points.PointsRankingView;
import org.innopark.app.registry.RegistryVersion;
import org.innopark.app.registry.VersionedCache;
import org.innopark.app.security.ParkScope;
import org.innopark.engine.ladder.Ladder;
import org.innopark.engine.registry.HighTechField;
import org.innopark.engine.registry.IndustryCode;
import org.innopark.engine.registry.QualificationType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A park's figures over the years: the sums of its enterprises' annual reports, the certificates held at each
 * year's end, technology-contract turnover, incubation carriers and platforms, and the spread of its enterprises
 * over industries and high-tech fields. Only park staff of the park (or a system administrator) get it: an
 * enterprise user's scope never includes a park-wide view.
 */
@Service
@Transactional(readOnly = true)
public class ParkOverview {

    private final JdbcClient jdbc;
    private final RegistryVersion version;
    private final Ladder ladder = Ladder.official();
    private final VersionedCache<String, Optional<Overview>> cache = new VersionedCache<>(64);

    private final InnovationPoints points;
    private final VersionedCache<String, List<PointsRankingView.Entry>> top = new VersionedCache<>(64);

    ParkOverview(JdbcClient jdbc, RegistryVersion version, InnovationPoints points) {
        this.jdbc = jdbc;
        this.version = version;
        this.points = points;
    }

    /**
     * The park's first {@code n} enterprises by innovation points (default scheme, latest year; ties at the cut-off
     * included); empty when the park is outside the scope or nothing was reported.
     */
    public List<PointsRankingView.Entry> topByPoints(ParkScope scope, String parkCode, int n) {
        if (parkCode == null
                || !scope.includesPark(parkCode)
                || scope.enterprise().isPresent()) {
            return List.of();
        }
        return top.get(
                parkCode + "/" + n,
                version.current(),
                () -> points.ranking(scope, parkCode, null, InnovationPoints.scheme(null), n)
                        .flatMap(r -> r.cohorts().stream().findFirst())
                        .map(PointsRankingView.CohortRanking::entries)
                        .orElse(List.of()));
    }

    /**
     * One year of the park. Money in yuan; sums over the enterprises that reported that year.
     *
     * @param held certificates valid on 31 December of the year, by rung (a listed enterprise counts as LISTED)
     */
    public record YearFigures(
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
            long inventionGrants,
            long contracts,
            BigDecimal contractTurnover,
            Map<QualificationType, Long> held) {

        /** R&D expense over revenue, in percent; null without revenue. */
        public Double rdIntensity() {
            if (revenue == null || revenue.signum() == 0 || rdExpense == null) {
                return null;
            }
            return rdExpense.doubleValue() * 100 / revenue.doubleValue();
        }

        public long heldOf(QualificationType type) {
            return held.getOrDefault(type, 0L);
        }
    }

    /** A share of the park's enterprises: a category code, how many, and their revenue in the latest year. */
    public record Slice(String code, String nameZh, String nameEn, long enterprises, BigDecimal revenue) {}

    /** Incubation carriers of one type: how many, their area in m², enterprises incubating and graduated. */
    public record CarrierSummary(String type, long count, BigDecimal area, long incubating, long graduated) {}

    /** Innovation platforms of one level. */
    public record PlatformSummary(String level, long count) {}

    /**
     * The park's overview.
     *
     * @param years every year with annual reports, oldest first
     */
    public record Overview(
            String parkCode,
            List<YearFigures> years,
            List<Slice> industries,
            List<Slice> fields,
            List<CarrierSummary> carriers,
            List<PlatformSummary> platforms) {

        public Optional<YearFigures> latest() {
            return years.isEmpty() ? Optional.empty() : Optional.of(years.get(years.size() - 1));
        }

        public Optional<YearFigures> previous() {
            return years.size() < 2 ? Optional.empty() : Optional.of(years.get(years.size() - 2));
        }
    }

    /** The overview of a park; empty when the park is outside the scope, does not exist, or the user is an enterprise. */
    public Optional<Overview> overview(ParkScope scope, String parkCode) {
        if (parkCode == null
                || !scope.includesPark(parkCode)
                || scope.enterprise().isPresent()) {
            return Optional.empty();
        }
        return cache.get(parkCode, version.current(), () -> compute(parkCode));
    }

    private Optional<Overview> compute(String parkCode) {
        boolean exists = jdbc.sql("SELECT COUNT(*) FROM park WHERE code = ?")
                        .param(parkCode)
                        .query(Long.class)
                        .single()
                > 0;
        if (!exists) {
            return Optional.empty();
        }
        List<YearFigures> years = years(parkCode);
        Integer latest = years.isEmpty() ? null : years.get(years.size() - 1).year();
        Spread spread = slices(parkCode, latest);
        return Optional.of(new Overview(
                parkCode, years, spread.industries(), spread.fields(), carriers(parkCode), platforms(parkCode)));
    }

    private List<YearFigures> years(String parkCode) {
        record Sums(
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
        List<Sums> sums = jdbc.sql("SELECT r.report_year, COUNT(*), COALESCE(SUM(r.employees), 0),"
                        + " COALESCE(SUM(r.rd_staff), 0), COALESCE(SUM(r.operating_revenue), 0),"
                        + " COALESCE(SUM(r.high_tech_revenue), 0), COALESCE(SUM(r.rd_expense), 0),"
                        + " COALESCE(SUM(r.net_profit), 0), COALESCE(SUM(r.taxes_paid), 0),"
                        + " COALESCE(SUM(r.exports), 0), COALESCE(SUM(r.invention_grants), 0)"
                        + " FROM annual_report r JOIN enterprise e ON e.credit_code = r.credit_code"
                        + " WHERE e.park_code = ? GROUP BY r.report_year ORDER BY r.report_year")
                .param(parkCode)
                .query((rs, n) -> new Sums(
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
        Map<Integer, long[]> contractCounts = new TreeMap<>();
        Map<Integer, BigDecimal> turnover = new TreeMap<>();
        jdbc.sql("SELECT registration_date, amount FROM tech_contract WHERE park_code = ?")
                .param(parkCode)
                .query(rs -> {
                    int y = rs.getDate(1).toLocalDate().getYear();
                    contractCounts.computeIfAbsent(y, k -> new long[1])[0]++;
                    turnover.merge(y, rs.getBigDecimal(2), BigDecimal::add);
                });
        Map<Integer, Map<QualificationType, Long>> held =
                held(parkCode, sums.stream().map(Sums::year).toList());
        List<YearFigures> out = new ArrayList<>();
        for (Sums s : sums) {
            out.add(new YearFigures(
                    s.year(),
                    s.reporting(),
                    s.employees(),
                    s.rdStaff(),
                    s.revenue(),
                    s.highTechRevenue(),
                    s.rdExpense(),
                    s.netProfit(),
                    s.taxes(),
                    s.exports(),
                    s.inventionGrants(),
                    contractCounts.getOrDefault(s.year(), new long[1])[0],
                    turnover.getOrDefault(s.year(), BigDecimal.ZERO),
                    held.get(s.year())));
        }
        return out;
    }

    /** Certificates valid at each year's end; one without an expiry date lasts its rung's validity. */
    private Map<Integer, Map<QualificationType, Long>> held(String parkCode, List<Integer> years) {
        record Held(String creditCode, QualificationType type, LocalDate granted, LocalDate expires) {}
        List<Held> rows = jdbc.sql("SELECT q.credit_code, q.qualification_type, q.granted_on, q.expires_on"
                        + " FROM qualification q JOIN enterprise e ON e.credit_code = q.credit_code"
                        + " WHERE e.park_code = ?")
                .param(parkCode)
                .query((rs, n) -> {
                    java.sql.Date expires = rs.getDate(4);
                    return new Held(
                            rs.getString(1),
                            QualificationType.valueOf(rs.getString(2)),
                            rs.getDate(3).toLocalDate(),
                            expires == null ? null : expires.toLocalDate());
                })
                .list();
        long listed = jdbc.sql("SELECT COUNT(*) FROM enterprise WHERE park_code = ? AND listing_board <> 'UNLISTED'")
                .param(parkCode)
                .query(Long.class)
                .single();
        Map<Integer, Map<QualificationType, Long>> out = new LinkedHashMap<>();
        for (int year : years) {
            LocalDate end = LocalDate.of(year, 12, 31);
            Map<QualificationType, java.util.Set<String>> holders = new EnumMap<>(QualificationType.class);
            for (Held h : rows) {
                LocalDate expires = h.expires() != null
                        ? h.expires()
                        : ladder.rung(h.type())
                                .map(Ladder.Rung::validityYears)
                                .map(v -> h.granted().plusYears(v).minusDays(1))
                                .orElse(null);
                if (!end.isBefore(h.granted()) && (expires == null || !end.isAfter(expires))) {
                    holders.computeIfAbsent(h.type(), k -> new java.util.HashSet<>())
                            .add(h.creditCode());
                }
            }
            Map<QualificationType, Long> counts = new EnumMap<>(QualificationType.class);
            for (QualificationType t : QualificationType.values()) {
                counts.put(t, (long) holders.getOrDefault(t, java.util.Set.of()).size());
            }
            // The registry records the listing board, not the listing date: the current board counts for every year.
            counts.merge(QualificationType.LISTED, listed, Math::max);
            out.put(year, counts);
        }
        return out;
    }

    /** Enterprises and their revenue by category, in the order the categories were first counted. */
    private static final class Tally {
        final Map<String, long[]> counts;
        final Map<String, BigDecimal> revenue = new java.util.HashMap<>();

        Tally(Map<String, long[]> counts) {
            this.counts = counts;
        }

        void add(String category, BigDecimal r) {
            counts.computeIfAbsent(category, k -> new long[1])[0]++;
            if (r != null) {
                revenue.merge(category, r, BigDecimal::add);
            }
        }

        List<Slice> slices(java.util.function.Function<String, String[]> names) {
            List<Slice> out = new ArrayList<>();
            counts.forEach((code, n) -> {
                String[] name = code.isEmpty() ? new String[2] : names.apply(code);
                out.add(new Slice(code, name[0], name[1], n[0], revenue.getOrDefault(code, BigDecimal.ZERO)));
            });
            return out;
        }
    }

    private record Spread(List<Slice> industries, List<Slice> fields) {}

    /** The park's enterprises by industry division (most enterprises first) and by high-tech field, in one read. */
    private Spread slices(String parkCode, Integer year) {
        Tally industries = new Tally(new TreeMap<>());
        Map<String, long[]> fieldOrder = new LinkedHashMap<>();
        for (HighTechField f : HighTechField.values()) {
            fieldOrder.put(f.name(), new long[1]);
        }
        fieldOrder.put("", new long[1]);
        Tally fields = new Tally(fieldOrder);
        jdbc.sql("SELECT e.industry_code, e.high_tech_field, r.operating_revenue FROM enterprise e"
                        + " LEFT JOIN annual_report r ON r.credit_code = e.credit_code AND r.report_year = :year"
                        + " WHERE e.park_code = :park")
                .param("year", year == null ? -1 : year)
                .param("park", parkCode)
                .query(rs -> {
                    String industry = rs.getString(1);
                    BigDecimal r = rs.getBigDecimal(3);
                    industries.add(industry == null || industry.length() < 2 ? "" : industry.substring(0, 2), r);
                    fields.add(rs.getString(2) == null ? "" : rs.getString(2), r);
                });
        List<Slice> byIndustry =
                industries.slices(d -> new String[] {IndustryCode.divisions().get(d), null});
        byIndustry.sort((a, b) -> Long.compare(b.enterprises(), a.enterprises()));
        List<Slice> byField = fields.slices(c -> {
            HighTechField f = HighTechField.valueOf(c);
            return new String[] {f.zh(), f.en()};
        });
        return new Spread(byIndustry, byField);
    }

    private List<CarrierSummary> carriers(String parkCode) {
        return jdbc.sql("SELECT carrier_type, COUNT(*), COALESCE(SUM(area_m2), 0), COALESCE(SUM(incubating), 0),"
                        + " COALESCE(SUM(graduated), 0) FROM carrier WHERE park_code = ? GROUP BY carrier_type"
                        + " ORDER BY carrier_type")
                .param(parkCode)
                .query((rs, n) -> new CarrierSummary(
                        rs.getString(1), rs.getLong(2), rs.getBigDecimal(3), rs.getLong(4), rs.getLong(5)))
                .list();
    }

    private List<PlatformSummary> platforms(String parkCode) {
        return jdbc.sql("SELECT level, COUNT(*) FROM innovation_platform WHERE park_code = ? GROUP BY level"
                        + " ORDER BY level")
                .param(parkCode)
                .query((rs, n) -> new PlatformSummary(rs.getString(1), rs.getLong(2)))
                .list();
    }
}
