package org.innopark.app.index;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.innopark.app.registry.RegistryReads;
import org.innopark.engine.index.Formula;
import org.innopark.engine.index.Framework;
import org.innopark.engine.index.FrameworkNode;
import org.innopark.engine.registry.AnnualReport;
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
    private final RegistryReads registry;

    ParkIndexData(JdbcClient jdbc, RegistryReads registry) {
        this.jdbc = jdbc;
        this.registry = registry;
    }

    /** A park as a unit of the index; the province is the group of group imputation. */
    record ParkUnit(String code, String name, String province) {}

    List<ParkUnit> parks() {
        return registry.parks().stream()
                .map(p -> new ParkUnit(p.code(), p.name(), p.province()))
                .toList();
    }

    /** Years with an annual report or an imported figure, increasing. */
    TreeSet<Integer> yearsWithData() {
        TreeSet<Integer> years = new TreeSet<>(registry.reportYears());
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
        return registry.reportsByPark(fields, fromYear, toYear, parkCode);
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
        registry.enterpriseNames(parkCode).forEach((code, name) -> {
            if (creditCodes.contains(code.strip())) {
                names.put(code.strip(), name);
            }
        });
        return names;
    }
}
