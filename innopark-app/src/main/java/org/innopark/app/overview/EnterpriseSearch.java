package org.innopark.app.overview;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.innopark.app.registry.Page;
import org.innopark.app.security.ParkScope;
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

    EnterpriseSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The page of the park's enterprises matching the filter; empty when the park is outside the scope. */
    public Page<Row> search(ParkScope scope, String park, Filter filter, int page, int size, LocalDate today) {
        int pageSize = Math.max(1, Math.min(size, Page.MAX_SIZE));
        int pageNo = Math.max(0, page);
        if (park == null || !scope.includesPark(park) || scope.enterprise().isPresent()) {
            return new Page<>(List.of(), pageNo, pageSize, 0);
        }
        Integer year = jdbc.sql("SELECT MAX(r.report_year) FROM annual_report r JOIN enterprise e"
                        + " ON e.credit_code = r.credit_code WHERE e.park_code = ?")
                .param(park)
                .query(Integer.class)
                .optional()
                .orElse(null);
        StringBuilder where = new StringBuilder(" WHERE e.park_code = :park");
        Map<String, Object> params = new HashMap<>();
        params.put("park", park);
        params.put("year", year == null ? -1 : year);
        params.put("today", today);
        if (present(filter.field())) {
            where.append(" AND e.high_tech_field = :field");
            params.put("field", filter.field().strip());
        }
        if (present(filter.industry())) {
            where.append(" AND e.industry_code LIKE :industry");
            params.put("industry", filter.industry().strip() + "%");
        }
        if (present(filter.subPark())) {
            where.append(" AND e.sub_park_code = :subPark");
            params.put("subPark", filter.subPark().strip());
        }
        if (present(filter.qualification())) {
            where.append(" AND EXISTS (SELECT 1 FROM qualification q WHERE q.credit_code = e.credit_code"
                    + " AND q.qualification_type = :qualification AND q.granted_on <= :today"
                    + " AND (q.expires_on IS NULL OR q.expires_on >= :today))");
            params.put("qualification", filter.qualification().strip());
        }
        String q = present(filter.q()) ? filter.q().strip() : null;
        boolean initials = NameInitials.looksLikeInitials(q);
        if (q != null && !initials) {
            where.append(" AND (UPPER(e.name) LIKE :q OR e.credit_code LIKE :q)");
            params.put("q", "%" + q.toUpperCase(Locale.ROOT) + "%");
        }
        String select = "SELECT e.credit_code, e.name, s.name, e.industry_code, e.high_tech_field, e.listing_board,"
                + " r.report_year, r.operating_revenue, r.employees, r.rd_expense FROM enterprise e"
                + " LEFT JOIN sub_park s ON s.code = e.sub_park_code"
                + " LEFT JOIN annual_report r ON r.credit_code = e.credit_code AND r.report_year = :year"
                + where;
        List<Row> rows;
        long total;
        if (initials) {
            // Initials are matched in Java (HanLP), together with the name and credit code, then paged.
            String needle = q.toLowerCase(Locale.ROOT);
            String upper = q.toUpperCase(Locale.ROOT);
            List<Row> all = jdbc.sql(select).params(params).query((rs, n) -> row(rs)).list().stream()
                    .filter(r -> NameInitials.of(r.name()).contains(needle)
                            || r.name().toUpperCase(Locale.ROOT).contains(upper)
                            || r.creditCode().contains(upper))
                    .sorted(comparator(filter.sort()))
                    .toList();
            total = all.size();
            int from = (int) Math.min((long) pageNo * pageSize, total);
            rows = all.subList(from, (int) Math.min(from + (long) pageSize, total));
        } else {
            total = jdbc.sql("SELECT COUNT(*) FROM enterprise e" + where)
                    .params(params)
                    .query(Long.class)
                    .single();
            params.put("limit", pageSize);
            params.put("offset", (long) pageNo * pageSize);
            rows = jdbc.sql(select + " ORDER BY " + orderBy(filter.sort()) + " LIMIT :limit OFFSET :offset")
                    .params(params)
                    .query((rs, n) -> row(rs))
                    .list();
        }
        return new Page<>(withHeld(rows, today), pageNo, pageSize, total);
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    private static String orderBy(Sort sort) {
        return switch (sort) {
            case NAME -> "e.name, e.credit_code";
            case REVENUE -> "r.operating_revenue DESC NULLS LAST, e.name, e.credit_code";
            case EMPLOYEES -> "r.employees DESC NULLS LAST, e.name, e.credit_code";
            case RD -> "r.rd_expense DESC NULLS LAST, e.name, e.credit_code";
        };
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

    private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Row(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                (Integer) rs.getObject(7),
                rs.getBigDecimal(8),
                rs.getObject(9) == null ? null : rs.getLong(9),
                rs.getBigDecimal(10),
                List.of());
    }

    /** Adds the qualifications each listed enterprise holds today. */
    private List<Row> withHeld(List<Row> rows, LocalDate today) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<String, List<QualificationType>> held = new LinkedHashMap<>();
        jdbc.sql("SELECT credit_code, qualification_type FROM qualification WHERE credit_code IN (:codes)"
                        + " AND granted_on <= :today AND (expires_on IS NULL OR expires_on >= :today)"
                        + " ORDER BY credit_code, qualification_type")
                .param("codes", rows.stream().map(Row::creditCode).toList())
                .param("today", today)
                .query(rs -> {
                    held.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(QualificationType.valueOf(rs.getString(2)));
                });
        List<Row> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            List<QualificationType> types =
                    new ArrayList<>(new java.util.TreeSet<>(held.getOrDefault(r.creditCode(), List.of())));

            out.add(new Row(
                    r.creditCode(),
                    r.name(),
                    r.subParkName(),
                    r.industryCode(),
                    r.highTechField(),
                    r.listingBoard(),
                    r.year(),
                    r.revenue(),
                    r.employees(),
                    r.rdExpense(),
                    List.copyOf(types)));
        }
        return out;
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
