package org.innopark.app.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.innopark.engine.report.ComposedReport;
import org.innopark.engine.report.ReportTemplate.ChartKind;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ECharts option of a report chart, styled like the console's charts (the same palette, see static/js/console.js),
 * for rendering on the server: no animation, value labels without the white halo Batik cannot draw
 * ({@code textBorderWidth: 0}), the shipped CJK font, and a unit on every axis.
 */
final class ChartOptions {

    static final List<String> PALETTE =
            List.of("#1f5fbf", "#2f9e77", "#e8a33d", "#d9534f", "#7b61c9", "#3aa6c9", "#8c9aab", "#c46fa3", "#6f8f2f");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ChartOptions() {}

    static String json(ComposedReport.Chart chart) {
        return JSON.writeValueAsString(option(chart));
    }

    static Map<String, Object> option(ComposedReport.Chart chart) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("animation", false);
        o.put("color", PALETTE);
        o.put("textStyle", Map.of("fontFamily", ReportFonts.FAMILY, "fontSize", 12));
        o.put("legend", Map.of("bottom", 0, "textStyle", Map.of("fontSize", 12)));
        if (chart.kind() == ChartKind.PIE) {
            pie(chart, o);
            return o;
        }
        boolean horizontal = chart.kind() == ChartKind.HBAR;
        o.put(
                "grid",
                Map.of(
                        "left",
                        horizontal ? 150 : 60,
                        "right",
                        60,
                        "top",
                        40,
                        "bottom",
                        horizontal ? 50 : 70,
                        "containLabel",
                        false));
        Map<String, Object> category = new LinkedHashMap<>();
        category.put("type", "category");
        category.put("data", horizontal ? reversed(chart.categories()) : chart.categories());
        Map<String, Object> axisLabel = new LinkedHashMap<>(Map.of("fontSize", 11, "interval", 0));
        if (!horizontal && !chart.categories().isEmpty()) {
            // Long category names (梯度, 分指数) wrap within their slot instead of running into each other.
            int slot = (PdfReport.CHART_WIDTH - 120) / chart.categories().size();
            axisLabel.put("width", Math.max(24, slot - 6));
            axisLabel.put("overflow", "break");
        }
        category.put("axisLabel", axisLabel);
        List<Map<String, Object>> valueAxes = new ArrayList<>();
        List<String> units = new ArrayList<>();
        for (ComposedReport.Series s : chart.series()) {
            int axis = s.secondary() ? 1 : 0;
            while (units.size() <= axis) {
                units.add(null);
            }
            if (units.get(axis) == null) {
                units.set(axis, s.unit());
            }
        }
        for (int i = 0; i < units.size(); i++) {
            Map<String, Object> axis = new LinkedHashMap<>();
            axis.put("type", "value");
            axis.put("name", units.get(i) == null ? "" : units.get(i));
            axis.put("nameTextStyle", Map.of("fontSize", 11));
            axis.put("splitLine", Map.of("show", i == 0, "lineStyle", Map.of("color", "#e5e8ee")));
            valueAxes.add(axis);
        }
        o.put(horizontal ? "yAxis" : "xAxis", category);
        o.put(horizontal ? "xAxis" : "yAxis", valueAxes);
        List<Map<String, Object>> series = new ArrayList<>();
        for (ComposedReport.Series s : chart.series()) {
            Map<String, Object> m = new LinkedHashMap<>();
            boolean line = chart.kind() == ChartKind.LINE || (chart.kind() == ChartKind.BAR_GROWTH && s.secondary());
            m.put("type", line ? "line" : "bar");
            m.put("name", s.name());
            m.put("data", horizontal ? reversed(numbers(s.values())) : numbers(s.values()));
            if (s.secondary()) {
                m.put(horizontal ? "xAxisIndex" : "yAxisIndex", 1);
            }
            if (!line) {
                m.put("barMaxWidth", 36);
            }
            m.put("label", label(line ? "top" : horizontal ? "right" : "top"));
            series.add(m);
        }
        o.put("series", series);
        return o;
    }

    private static void pie(ComposedReport.Chart chart, Map<String, Object> o) {
        ComposedReport.Series s = chart.series().get(0);
        List<Map<String, Object>> data = new ArrayList<>();
        for (int i = 0; i < chart.categories().size(); i++) {
            BigDecimal v = s.values().get(i);
            if (v != null && v.signum() > 0) {
                data.add(Map.of("name", chart.categories().get(i), "value", v));
            }
        }
        o.put("legend", Map.of("show", false));
        Map<String, Object> series = new LinkedHashMap<>();
        series.put("type", "pie");
        series.put("name", s.name());
        series.put("radius", List.of("30%", "62%"));
        series.put("center", List.of("50%", "52%"));
        series.put("data", data);
        Map<String, Object> label = new LinkedHashMap<>(label("outside"));
        label.put("formatter", "{b}\n{d}%");
        series.put("label", label);
        o.put("series", List.of(series));
    }

    private static Map<String, Object> label(String position) {
        Map<String, Object> l = new LinkedHashMap<>();
        l.put("show", true);
        l.put("position", position);
        l.put("fontSize", 10);
        l.put("color", "#333333");
        // Batik ignores paint-order: a text border would paint over the label (anchors-2.md §6).
        l.put("textBorderWidth", 0);
        return l;
    }

    private static List<Object> numbers(List<BigDecimal> values) {
        List<Object> out = new ArrayList<>();
        for (BigDecimal v : values) {
            out.add(v == null ? "-" : v);
        }
        return out;
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> out = new ArrayList<>(list);
        java.util.Collections.reverse(out);
        return out;
    }
}
