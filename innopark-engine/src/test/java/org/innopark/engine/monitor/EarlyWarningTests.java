package org.innopark.engine.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntToDoubleFunction;
import org.innopark.engine.monitor.eval.GeneratorParameters;
import org.innopark.engine.monitor.eval.LabelledPanel;
import org.innopark.engine.monitor.eval.PanelGenerator;
import org.innopark.engine.rules.RuleFileException;
import org.innopark.engine.rules.RuleNode;
import org.junit.jupiter.api.Test;

/** Back-scans of small hand-made panels: each rule fires where it should, once, and nothing fires on the look-alikes. */
class EarlyWarningTests {

    private static final EarlyWarning WARNING = EarlyWarning.official();
    private static final int START = Period.of(2023, 1);

    /** A firm's 36 months from 2023-01, each figure a function of the month index. */
    private record Firm(
            String code,
            IntToDoubleFunction revenue,
            IntToDoubleFunction tax,
            IntToDoubleFunction head,
            IntToDoubleFunction power) {}

    /** Ten steady peers (so that the peer test has a group) and the firms, 36 months. */
    private static Panel panel(int months, Firm... firms) {
        Panel.Builder b = Panel.builder();
        Random noise = new Random(7);
        List<Firm> all = new ArrayList<>(List.of(firms));
        for (int p = 0; p < 10; p++) {
            double level = 100 + 10 * p;
            all.add(new Firm(
                    "peer" + p,
                    t -> level * (1 + 0.05 * noise.nextGaussian()),
                    t -> level * 0.05,
                    t -> 50,
                    t -> level * 300));
        }
        for (Firm f : all) {
            for (int t = 0; t < months; t++) {
                double rev = f.revenue.applyAsDouble(t);
                if (Double.isNaN(rev) && Double.isNaN(f.head.applyAsDouble(t))) {
                    continue;
                }
                b.row(
                        f.code,
                        START + t,
                        rev,
                        f.tax.applyAsDouble(t),
                        f.head.applyAsDouble(t),
                        f.power.applyAsDouble(t));
            }
        }
        return b.build();
    }

    private static List<Alert> of(List<Alert> alerts, String code) {
        return alerts.stream().filter(a -> a.creditCode().equals(code)).toList();
    }

    private static Firm steady(String code) {
        Random r = new Random(code.hashCode());
        return new Firm(code, t -> 200 * (1 + 0.04 * r.nextGaussian()), t -> 10, t -> 60, t -> 60000);
    }

    @Test
    void raisesNothingOnSteadyFirms() {
        List<Alert> alerts = WARNING.scan(panel(36, steady("a"), steady("b")), List.of());
        assertThat(alerts).isEmpty();
    }

    @Test
    void raisesARevenueDropOnceInTheMonthItIsKnownWithItsValues() {
        Random r = new Random(3);
        // Revenue falls from about 200 to 60 in 2024-09 (t = 20) and stays there.
        Firm drop = new Firm(
                "drop", t -> (t < 20 ? 200 : 60) * (1 + 0.04 * r.nextGaussian()), t -> 10, t -> 60, t -> 60000);
        List<Alert> alerts = of(WARNING.scan(panel(36, drop), List.of()), "drop");
        List<Alert> revenue =
                alerts.stream().filter(a -> a.ruleId().equals("revenue-drop")).toList();
        assertThat(revenue).hasSize(1);
        Alert a = revenue.get(0);
        // Two months in a row are needed: 2024-09 and 2024-10.
        assertThat(Period.format(a.period())).isEqualTo("2024-10");
        assertThat(a.severity()).isEqualTo(Severity.WARNING);
        assertThat(a.values()).extracting(Alert.Value::name).contains("本月营业收入", "营业收入常态", "稳健z");
        assertThat(a.explanation()).contains("营业收入", "降幅", "同行");
    }

    @Test
    void aDipOfTheFestivalMovingBetweenJanuaryAndFebruaryIsNoAlert() {
        // A factory that loses 60 % of the festival's slowdown share each year: 2023 in January, 2024 in February,
        // 2025 in January again.
        SpringFestival f = WARNING.festival();
        Random r = new Random(5);
        IntToDoubleFunction factory = t -> 300 * (1 - 0.6 * f.share(START + t)) * (1 + 0.04 * r.nextGaussian());
        Firm firm = new Firm("factory", factory, t -> 15, t -> 80, t -> 1000 * factory.applyAsDouble(t));
        assertThat(of(WARNING.scan(panel(36, firm), List.of()), "factory")).isEmpty();
    }

    @Test
    void taxArrearsFollowTheFirmsOwnPaymentPattern() {
        // Monthly payer: no tax from 2024-07 (t = 18) while revenue goes on: alert at the third month, 2024-09.
        Firm monthly = new Firm("monthly", t -> 200, t -> t >= 18 ? 0 : 10, t -> 60, t -> 60000);
        // Quarterly payer (January, April, July, October): zeros in between are its pattern.
        Firm quarterly = new Firm("quarterly", t -> 200, t -> t % 3 == 0 ? 30 : 0, t -> 60, t -> 60000);
        // The same payer misses 2024-07 (t = 18): four months without tax by 2024-08.
        Firm missed = new Firm("missed", t -> 200, t -> t % 3 == 0 && t < 18 ? 30 : 0, t -> 60, t -> 60000);
        List<Alert> alerts = WARNING.scan(panel(36, monthly, quarterly, missed), List.of());
        assertThat(of(alerts, "quarterly")).isEmpty();
        assertThat(of(alerts, "monthly"))
                .extracting(a -> a.ruleId() + "@" + Period.format(a.period()))
                .containsExactly("tax-arrears@2024-09");
        assertThat(of(alerts, "missed"))
                .extracting(a -> a.ruleId() + "@" + Period.format(a.period()))
                .containsExactly("tax-arrears@2024-08");
        assertThat(of(alerts, "missed").get(0).explanation()).contains("按季缴纳");
    }

    @Test
    void reportsThatStopRaiseOneAlertAfterAQuarterWithoutThem() {
        Firm stops = new Firm(
                "stops",
                t -> t < 20 ? 200 : Double.NaN,
                t -> t < 20 ? 10 : Double.NaN,
                t -> t < 20 ? 60 : Double.NaN,
                t -> t < 20 ? 60000 : Double.NaN);
        // One late month is not a stop.
        Firm late = new Firm(
                "late",
                t -> t == 20 ? Double.NaN : 200,
                t -> t == 20 ? Double.NaN : 10,
                t -> t == 20 ? Double.NaN : 60,
                t -> t == 20 ? Double.NaN : 60000);
        List<Alert> alerts = WARNING.scan(panel(36, stops, late), List.of());
        assertThat(of(alerts, "late")).isEmpty();
        assertThat(of(alerts, "stops"))
                .extracting(a -> a.ruleId() + "@" + Period.format(a.period()))
                .containsExactly("reports-stopped@2024-11");
    }

    @Test
    void aHeadcountCollapseIsSevere() {
        Firm layoffs = new Firm("layoffs", t -> 200, t -> 10, t -> t < 20 ? 60 : 12, t -> 60000);
        List<Alert> alerts = of(WARNING.scan(panel(36, layoffs), List.of()), "layoffs");
        assertThat(alerts).extracting(Alert::ruleId).contains("headcount-collapse");
        Alert collapse = alerts.stream()
                .filter(a -> a.ruleId().equals("headcount-collapse"))
                .findFirst()
                .orElseThrow();
        assertThat(Period.format(collapse.period())).isEqualTo("2024-09");
        assertThat(collapse.severity()).isEqualTo(Severity.SEVERE);
    }

    @Test
    void revenueKeptSteadyWhileElectricityCollapsesContradicts() {
        Firm liar = new Firm("liar", t -> 200, t -> 10, t -> 60, t -> t < 20 ? 60000 : 15000);
        List<Alert> alerts = of(WARNING.scan(panel(36, liar), List.of()), "liar");
        assertThat(alerts)
                .extracting(a -> a.ruleId() + "@" + Period.format(a.period()))
                .containsExactlyInAnyOrder("power-drop@2024-10", "power-revenue-mismatch@2024-10");
        assertThat(alerts.stream()
                        .filter(a -> a.ruleId().equals("power-revenue-mismatch"))
                        .findFirst()
                        .orElseThrow()
                        .explanation())
                .contains("不一致");
    }

    @Test
    void listingsOpenAnEpisodeThatTheRemovalCloses() {
        List<MonitorEvent> events = List.of(
                new MonitorEvent("a", LocalDate.of(2024, 7, 3), MonitorEvent.Type.ABNORMAL_LISTED, "未按期公示年报"),
                new MonitorEvent("a", LocalDate.of(2024, 8, 1), MonitorEvent.Type.ABNORMAL_LISTED, "again"),
                new MonitorEvent("a", LocalDate.of(2024, 9, 9), MonitorEvent.Type.ABNORMAL_REMOVED, ""),
                new MonitorEvent("a", LocalDate.of(2025, 2, 9), MonitorEvent.Type.ABNORMAL_LISTED, "住所无法联系"),
                new MonitorEvent("a", LocalDate.of(2025, 3, 1), MonitorEvent.Type.SERIOUS_LISTED, ""));
        List<Alert> alerts = of(WARNING.scan(panel(36, steady("a")), events), "a");
        assertThat(alerts)
                .extracting(a -> a.ruleId() + "@" + Period.format(a.period()) + "/"
                        + a.severity().zh())
                .containsExactly(
                        "listed-abnormal@2024-07/预警", "listed-abnormal@2025-02/预警", "serious-untrustworthy@2025-03/严重");
        assertThat(alerts.get(0).explanation()).contains("未按期公示年报");
    }

    @Test
    void theBackScanUsesOnlyTheMonthsUpToEachMonth() {
        // The alerts of the first 24 months are the same whether the panel ends there or goes on 12 more months.
        LabelledPanel lp = new PanelGenerator(GeneratorParameters.DEFAULTS, WARNING.festival()).generate(11, 400, 36);
        Panel full = lp.panel();
        Panel.Builder cut = Panel.builder();
        lp.profiles().forEach(cut::profile);
        int end = full.start() + 23;
        for (FirmSeries f : full.firms()) {
            for (int t = 0; t < 24; t++) {
                if (f.reported(t)) {
                    cut.row(
                            f.creditCode(),
                            full.start() + t,
                            f.value(Measure.REVENUE, t),
                            f.value(Measure.TAX, t),
                            f.value(Measure.HEADCOUNT, t),
                            f.value(Measure.ELECTRICITY, t));
                }
            }
        }
        List<Alert> early = WARNING.scan(cut.build(), List.of());
        List<Alert> later = WARNING.scan(full, List.of()).stream()
                .filter(a -> a.period() <= end)
                .toList();
        assertThat(early).isNotEmpty();
        assertThat(early).isEqualTo(later);
    }

    @Test
    void aRuleFileErrorNamesTheFileAndLine() throws Exception {
        String yaml = new String(
                        EarlyWarningTests.class
                                .getClassLoader()
                                .getResourceAsStream(WarningRules.OFFICIAL)
                                .readAllBytes(),
                        java.nio.charset.StandardCharsets.UTF_8)
                .replace("kind: tax-arrears", "kind: tax-arrear");
        assertThatThrownBy(() -> WarningRules.read(RuleNode.parse("mine.yaml", new StringReader(yaml))))
                .isInstanceOf(RuleFileException.class)
                .hasMessageStartingWith("mine.yaml:")
                .hasMessageContaining("tax-arrear")
                .hasMessageContaining("level-drop");
    }
}
