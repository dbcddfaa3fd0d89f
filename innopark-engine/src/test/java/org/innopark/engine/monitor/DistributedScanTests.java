package org.innopark.engine.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.innopark.engine.monitor.EarlyWarning.PeerDeviation;
import org.innopark.engine.monitor.EarlyWarning.PeerStatistic;
import org.innopark.engine.monitor.eval.GeneratorParameters;
import org.innopark.engine.monitor.eval.LabelledPanel;
import org.innopark.engine.monitor.eval.PanelGenerator;
import org.junit.jupiter.api.Test;

/**
 * The back-scan's steps for a run distributed by firm ({@link EarlyWarning#firms}, what the Spark job runs): each
 * firm on a panel of its own over the whole panel's months, the peers month by month over every firm's deviations,
 * then each firm's rules, give the whole panel's alerts exactly; without the peers' step they would not.
 */
class DistributedScanTests {

    private final EarlyWarning warning = EarlyWarning.official();

    private final LabelledPanel generated =
            new PanelGenerator(GeneratorParameters.DEFAULTS, SpringFestival.official()).generate(42L, 300, 36);

    /** One firm's panel over the months given. */
    private Panel alone(FirmSeries firm, int first, int last) {
        Panel.Builder b = Panel.builder().range(first, last).profile(firm.profile());
        Panel whole = generated.panel();
        for (int t = 0; t < firm.months(); t++) {
            if (firm.reported(t)) {
                b.row(
                        firm.creditCode(),
                        whole.start() + t,
                        firm.value(Measure.REVENUE, t),
                        firm.value(Measure.TAX, t),
                        firm.value(Measure.HEADCOUNT, t),
                        firm.value(Measure.ELECTRICITY, t));
            }
        }
        return b.build();
    }

    @Test
    void firmByFirmWithThePeersMonthByMonthGivesTheWholePanelsAlerts() {
        Panel whole = generated.panel();
        int first = whole.start();
        int last = whole.start() + whole.months() - 1;
        List<Alert> expected = warning.scan(whole, List.of());

        Map<Integer, List<PeerDeviation>> byMonth = new HashMap<>();
        for (FirmSeries f : whole.firms()) {
            for (PeerDeviation d : warning.firms(alone(f, first, last)).deviations()) {
                byMonth.computeIfAbsent(d.period() * 3 + d.measure(), k -> new ArrayList<>())
                        .add(d);
            }
        }
        Map<String, List<PeerStatistic>> byFirm = new HashMap<>();
        byMonth.values()
                .forEach(month -> warning.peers(month)
                        .forEach(p -> byFirm.computeIfAbsent(p.creditCode(), k -> new ArrayList<>())
                                .add(p)));
        List<Alert> distributed = new ArrayList<>();
        List<Alert> withoutPeers = new ArrayList<>();
        for (FirmSeries f : whole.firms()) {
            EarlyWarning.Firms scan = warning.firms(alone(f, first, last));
            byFirm.getOrDefault(f.creditCode(), List.of()).forEach(scan::peer);
            distributed.addAll(scan.alerts(List.of()));
            withoutPeers.addAll(warning.firms(alone(f, first, last)).alerts(List.of()));
        }
        distributed.sort(ORDER);
        withoutPeers.sort(ORDER);

        assertThat(expected).hasSizeGreaterThan(20);
        assertThat(byFirm).isNotEmpty();
        assertThat(distributed).isEqualTo(expected);
        assertThat(withoutPeers).isNotEqualTo(expected);
    }

    @Test
    void aFirmsPanelSpansTheMonthsAskedEvenWithoutRows() {
        Panel empty =
                Panel.builder().range(Period.of(2023, 1), Period.of(2025, 12)).build();

        assertThat(empty.start()).isEqualTo(Period.of(2023, 1));
        assertThat(empty.months()).isEqualTo(36);
        assertThat(empty.firms()).isEmpty();
        assertThat(Panel.builder().build().months()).isZero();
    }

    /** The order of {@link EarlyWarning#scan} (month, credit code, the rule file's order). */
    private final java.util.Comparator<Alert> ORDER = java.util.Comparator.comparingInt(Alert::period)
            .thenComparing(Alert::creditCode)
            .thenComparingInt(
                    a -> warning.rules().rules().indexOf(warning.rules().rule(a.ruleId())));
}
