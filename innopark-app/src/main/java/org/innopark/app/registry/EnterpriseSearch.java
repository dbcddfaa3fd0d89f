package org.innopark.app.registry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.innopark.app.security.ParkScope;
import org.innopark.app.shared.Page;
import org.innopark.engine.registry.QualificationType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 企业检索: a park's enterprises found by name, credit code or pinyin initials, filtered by high-tech field,
 * industry division, sub-park and qualification held, with the figures of the park's latest report year.
 * Every query is bound to the reader's scope in SQL.
 */
@Service
@Transactional(readOnly = true)
public class EnterpriseSearch {

    /** How a result is ordered. */
    public enum Sort {
        NAME,
        REVENUE,
        EMPLOYEES,
        RD;

        public static Sort parse(String s) {
            if (s == null || s.isBlank()) {
                return REVENUE;
            }
            try {
                return valueOf(s.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return REVENUE;
            }
        }
    }

    /**
     * What to look for; blank fields do not filter.
     *
     * @param industry a GB/T 4754 division (2 digits)
     * @param qualification a qualification type valid today
     */
    public record Filter(String q, String field, String industry, String subPark, String qualification, Sort sort) {}

    /** An enterprise as listed, with its latest figures (money in yuan) and the qualifications it holds today. */
    public record Row(
            String creditCode,
            String name,
            String subParkCode,
            String subParkName,
            String industryCode,
            String highTechField,
            String listingBoard,
            Integer year,
            BigDecimal revenue,
            Long employees,
            BigDecimal rdExpense,
            List<QualificationType> held) {}

    private final JdbcClient jdbc;
    private final RegistryVersion version;
    private final VersionedCache<Key, List<Row>> cache = new VersionedCache<>(64);

    EnterpriseSearch(JdbcClient jdbc, RegistryVersion version) {
        this.jdbc = jdbc;
        this.version = version;
    }

    /** The page of the park's enterprises matching the filter; empty when the park is outside the scope. */
    public Page<Row> search(ParkScope scope, String park, Filter filter, int page, int size, LocalDate today) {
        int pageSize = Math.max(1, Math.min(size, Page.MAX_SIZE));
        int pageNo = Math.max(0, page);
        if (park == null || !scope.includesPark(park) || scope.enterprise().isPresent()) {
            return new Page<>(List.of(), pageNo, pageSize, 0);
        }
        // The park's enterprises with their latest figures, read once per registry version and day, then filtered,
        // sorted and paged here: a search is a pass over a few thousand rows in memory.
        List<Row> all = cache.get(new Key(park, today), version.current(), () -> load(park, today));
        String q = present(filter.q()) ? filter.q().strip() : null;
        String upper = q == null ? null : q.toUpperCase(Locale.ROOT);
        String initials = NameInitials.looksLikeInitials(q) ? q.toLowerCase(Locale.ROOT) : null;
        QualificationType held = parseQualification(filter.qualification());
        List<Row> matching = all.stream()
                .filter(r -> !present(filter.field()) || filter.field().strip().equals(r.highTechField()))
                .filter(r -> !present(filter.industry())
                        || (r.industryCode() != null
                                && r.industryCode().startsWith(filter.industry().strip())))
                .filter(r ->
                        !present(filter.subPark()) || filter.subPark().strip().equals(r.subParkCode()))
                .filter(r -> !present(filter.qualification())
                        || (held != null && r.held().contains(held)))
                .filter(r -> upper == null
                        || r.name().toUpperCase(Locale.ROOT).contains(upper)
                        || r.creditCode().contains(upper)
                        || (initials != null && NameInitials.of(r.name()).contains(initials)))
                .sorted(comparator(filter.sort()))
                .toList();
        int from = (int) Math.min((long) pageNo * pageSize, matching.size());
        int to = (int) Math.min(from + (long) pageSize, matching.size());
        return new Page<>(matching.subList(from, to), pageNo, pageSize, matching.size());
    }

    private record Key(String park, LocalDate today) {}

    private static QualificationType parseQualification(String s) {
        if (!present(s)) {
            return null;
        }
        try {
            return QualificationType.valueOf(s.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Every enterprise of the park with the figures of the park's latest report year and what it holds today. */
    private List<Row> load(String park, LocalDate today) {
        Integer year = jdbc.sql("SELECT MAX(r.report_year) FROM annual_report r JOIN enterprise e"
                        + " ON e.credit_code = r.credit_code WHERE e.park_code = ?")
                .param(park)
                .query(Integer.class)
                .optional()
                .orElse(null);
        Map<String, java.util.TreeSet<QualificationType>> held = new HashMap<>();
        jdbc.sql("SELECT q.credit_code, q.qualification_type FROM qualification q JOIN enterprise e"
                        + " ON e.credit_code = q.credit_code WHERE e.park_code = :park AND q.granted_on <= :today"
                        + " AND (q.expires_on IS NULL OR q.expires_on >= :today)")
                .param("park", park)
                .param("today", today)
                .query(rs -> {
                    held.computeIfAbsent(rs.getString(1), k -> new java.util.TreeSet<>())
                            .add(QualificationType.valueOf(rs.getString(2)));
                });
        return jdbc.sql("SELECT e.credit_code, e.name, s.name, e.industry_code, e.high_tech_field, e.listing_board,"
                        + " r.report_year, r.operating_revenue, r.employees, r.rd_expense, e.sub_park_code"
                        + " FROM enterprise e LEFT JOIN sub_park s ON s.code = e.sub_park_code"
                        + " LEFT JOIN annual_report r ON r.credit_code = e.credit_code AND r.report_year = :year"
                        + " WHERE e.park_code = :park")
                .param("year", year == null ? -1 : year)
                .param("park", park)
                .query((rs, n) -> new Row(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(11),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        (Integer) rs.getObject(7),
                        rs.getBigDecimal(8),
                        rs.getObject(9) == null ? null : rs.getLong(9),
                        rs.getBigDecimal(10),
                        List.copyOf(held.getOrDefault(rs.getString(1), new java.util.TreeSet<>()))))
                .list();
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    private static Comparator<Row> comparator(Sort sort) {
        Comparator<Row> byName = Comparator.comparing(Row::name).thenComparing(Row::creditCode);
        return switch (sort) {
            case NAME -> byName;
            case REVENUE ->
                Comparator.comparing(Row::revenue, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(byName);
            case EMPLOYEES ->
                Comparator.comparing(Row::employees, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(byName);
            case RD ->
                Comparator.comparing(Row::rdExpense, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(byName);
        };
    }

    /** The sub-parks of a park, for the filter; empty outside the scope. */
    public List<Map.Entry<String, String>> subParks(ParkScope scope, String park) {
        if (!scope.includesPark(park)) {
            return List.of();
        }
        return jdbc.sql("SELECT code, name FROM sub_park WHERE park_code = ? ORDER BY code")
                .param(park)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
                .list();
    }

    /** The industry divisions present in a park, for the filter. */
    public List<String> divisions(ParkScope scope, String park) {
        if (!scope.includesPark(park)) {
            return List.of();
        }
        return jdbc.sql("SELECT DISTINCT SUBSTRING(industry_code, 1, 2) FROM enterprise WHERE park_code = ?"
                        + " AND industry_code IS NOT NULL ORDER BY 1")
                .param(park)
                .query(String.class)
                .list();
    }
}
