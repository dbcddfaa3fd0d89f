package org.innopark.app.index;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.innopark.engine.index.Formula;
import org.innopark.engine.index.Framework;
import org.innopark.engine.index.FrameworkNode;
import org.innopark.engine.registry.AnnualReport;
import org.innopark.engine.registry.CreditCode;
import org.innopark.engine.registry.ReportField;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads what an index needs from the database in a few bulk queries: the parks, their enterprises' annual reports
 * (only the fields the framework's formulas read) and the imported park-level figures. Reads every park: index
 * results compare parks. Enterprise-level data leaves this class only through {@link ParkIndex}, which scopes it.
 */
@Component
@Transactional(readOnly = true)
class ParkIndexData {

    private final JdbcClient jdbc;

    ParkIndexData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A park as a unit of the index; the province is the group of group imputation. */
    record ParkUnit(String code, String name, String province) {}

    List<ParkUnit> parks() {
        return jdbc.sql("SELECT code, name, province FROM park ORDER BY code")
                .query((rs, n) -> new ParkUnit(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    /** Years with an annual report or an imported figure, increasing. */
    TreeSet<Integer> yearsWithData() {
        TreeSet<Integer> years = new TreeSet<>(jdbc.sql("SELECT DISTINCT report_year FROM annual_report")
                .query(Integer.class)
                .list());
        years.addAll(jdbc.sql("SELECT DISTINCT figure_year FROM park_figure")
                .query(Integer.class)
                .list());
        return years;
    }

    /** The annual-report fields a framework's formulas and denomination read. */
    static Set<ReportField> fieldsRead(Framework framework) {
        Set<ReportField> fields = EnumSet.noneOf(ReportField.class);
        for (FrameworkNode node : framework.indicators()) {
            if (node.indicator().orElseThrow().formula() instanceof Formula.EnterpriseAggregate a) {
                if (a.field() != null) {
                    fields.add(a.field());
                }
                if (a.per() != null) {
                    fields.add(a.per());
                }
                for (Formula.Condition c : a.where()) {
                    fields.add(c.field());
                    if (c.over() != null) {
                        fields.add(c.over());
                    }
                }
            }
        }
        String denominator = framework.settings().denomination().field();
        if (denominator != null) {
            fields.add(ReportField.find(denominator));
        }
        return fields;
    }

    /**
     * The annual reports of every enterprise of every park (or of one park) from {@code fromYear} to {@code toYear},
     * with only the given fields, by park code.
     */
    Map<String, List<AnnualReport>> reports(Set<ReportField> fields, int fromYear, int toYear, String parkCode) {
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
                .param("park", parkCode)
                .query(rs -> {
                    Map<ReportField, BigDecimal> figures = new EnumMap<>(ReportField.class);
                    for (int i = 0; i < columns.size(); i++) {
                        BigDecimal v = rs.getBigDecimal(4 + i);
                        if (v != null) {
                            figures.put(columns.get(i), v);
                        }
                    }
                    AnnualReport report =
                            AnnualReport.of(CreditCode.of(rs.getString(2).strip()), rs.getInt(3), figures);
                    byPark.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(report);
                });
        return byPark;
    }

    /** Imported figures from {@code fromYear} to {@code toYear}: park → year → key → value. */
    Map<String, Map<Integer, Map<String, Double>>> figures(int fromYear, int toYear, String parkCode) {
        Map<String, Map<Integer, Map<String, Double>>> out = new HashMap<>();
        jdbc.sql("SELECT park_code, figure_year, figure_key, figure_value FROM park_figure"
                        + " WHERE figure_year BETWEEN :from AND :to"
                        + " AND (CAST(:park AS VARCHAR) IS NULL OR park_code = :park)")
                .param("from", fromYear)
                .param("to", toYear)
                .param("park", parkCode)
                .query(rs -> {
                    out.computeIfAbsent(rs.getString(1), k -> new HashMap<>())
                            .computeIfAbsent(rs.getInt(2), k -> new HashMap<>())
                            .put(rs.getString(3), rs.getBigDecimal(4).doubleValue());
                });
        return out;
    }

    /** Enterprise names by credit code, for the given codes of one park. */
    Map<String, String> enterpriseNames(String parkCode, Set<String> creditCodes) {
        Map<String, String> names = new LinkedHashMap<>();
        if (creditCodes.isEmpty()) {
            return names;
        }
        jdbc.sql("SELECT credit_code, name FROM enterprise WHERE park_code = :park")
                .param("park", parkCode)
                .query(rs -> {
                    String code = rs.getString(1).strip();
                    if (creditCodes.contains(code)) {
                        names.put(code, rs.getString(2));
                    }
                });
        return names;
    }
}
