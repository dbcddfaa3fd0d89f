package org.innopark.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.innopark.engine.report.ComposedReport;
import org.innopark.engine.report.ReportTemplate.ChartKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** ECharts on Rhino: every kind of report chart becomes an SVG that Batik can read (no style block, no text halo). */
class ChartRendererTests {

    static ChartRenderer renderer;

    @BeforeAll
    static void load() {
        renderer = new ChartRenderer();
    }

    @AfterAll
    static void release() {
        renderer = null;
    }

    static ComposedReport.Chart chart(ChartKind kind, boolean secondary) {
        List<String> cats = List.of("2021年", "2022年", "2023年", "2024年", "2025年");
        List<ComposedReport.Series> series = new ArrayList<>();
        series.add(new ComposedReport.Series(
                "营业收入",
                "亿元",
                java.util.Arrays.asList(
                        new BigDecimal("80.12"),
                        new BigDecimal("90.5"),
                        null,
                        new BigDecimal("101.3"),
                        new BigDecimal("112.0")),
                false));
        if (secondary) {
            series.add(new ComposedReport.Series(
                    "同比增速",
                    "%",
                    java.util.Arrays.asList(null, new BigDecimal("12.9"), null, null, new BigDecimal("10.6")),
                    true));
        }
        return new ComposedReport.Chart(1, "营业收入及增速", kind, cats, series, "资料来源：测试", List.of());
    }

    @Test
    void rendersEveryKindToSvgWithoutTheStyleBlock() {
        for (ChartKind kind : ChartKind.values()) {
            long t0 = System.nanoTime();
            String svg = renderer.svg(chart(kind, kind == ChartKind.BAR_GROWTH), 640, 330);
            System.out.printf("%s %d ms%n", kind, (System.nanoTime() - t0) / 1_000_000);
            assertThat(svg)
                    .as(kind.name())
                    .startsWith("<svg")
                    .contains("</svg>")
                    .doesNotContain("<style");
            assertThat(svg).as(kind.name()).contains(kind == ChartKind.PIE ? "2021年" : "营业收入");
        }
    }
}
