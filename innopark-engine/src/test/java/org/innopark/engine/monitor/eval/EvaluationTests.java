package org.innopark.engine.monitor.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.innopark.engine.monitor.Alert;
import org.innopark.engine.monitor.Period;
import org.innopark.engine.monitor.Severity;
import org.junit.jupiter.api.Test;

class EvaluationTests {

    private static Alert alert(String code, String month) {
        return new Alert(code, Period.parse(month), "r", Severity.WARNING, List.of(), "");
    }

    @Test
    void gradesEpisodesAgainstTheLabelsWindows() {
        List<FaultLabel> labels = List.of(
                new FaultLabel("a", FaultKind.SHUTDOWN, Period.parse("2024-05"), FaultLabel.OPEN),
                new FaultLabel("b", FaultKind.TAX_ARREARS, Period.parse("2024-01"), Period.parse("2024-04")),
                new FaultLabel("c", FaultKind.LAYOFFS, Period.parse("2024-03"), FaultLabel.OPEN));
        List<Alert> alerts = List.of(
                alert("a", "2024-04"), // before the fault: false
                alert("a", "2024-07"), // true, lead 2
                alert("b", "2024-07"), // within 3 months of the end: true, lead 6
                alert("b", "2024-08"), // 4 months after the end: false
                alert("d", "2024-01")); // no label: false
        Evaluation.Score s = Evaluation.grade(alerts, labels, 1000, Period.parse("2025-12"), 3);
        // By hand: 2 true of 5 episodes; 2 of 3 labels found; 3 false per 1,000 firm-months.
        assertThat(s.precision()).isCloseTo(0.4, within(1e-9));
        assertThat(s.recall()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(s.f1()).isCloseTo(2 * 0.4 * (2 / 3.0) / (0.4 + 2 / 3.0), within(1e-9));
        assertThat(s.falsePerThousand()).isCloseTo(3.0, within(1e-9));
        assertThat(s.recall(FaultKind.LAYOFFS)).isZero();
        assertThat(s.medianLead(FaultKind.SHUTDOWN)).isEqualTo(2.0);
        assertThat(s.medianLead(FaultKind.TAX_ARREARS)).isEqualTo(6.0);
    }

    @Test
    void theGeneratorIsRepeatableAndInjectsEveryKindAfterAHistory() {
        PanelGenerator g =
                new PanelGenerator(GeneratorParameters.DEFAULTS, org.innopark.engine.monitor.SpringFestival.official());
        LabelledPanel a = g.generate(3, 2000, 36);
        LabelledPanel b = g.generate(3, 2000, 36);
        assertThat(a.labels()).isEqualTo(b.labels());
        assertThat(a.panel().reportedMonths()).isEqualTo(b.panel().reportedMonths());
        assertThat(g.generate(4, 2000, 36).labels()).isNotEqualTo(a.labels());
        Map<FaultKind, Long> kinds =
                a.labels().stream().collect(Collectors.groupingBy(FaultLabel::kind, Collectors.counting()));
        assertThat(kinds.keySet()).containsExactlyInAnyOrder(FaultKind.values());
        assertThat(a.labels())
                .allSatisfy(l ->
                        assertThat(l.start()).isGreaterThanOrEqualTo(a.panel().start() + 15));
        assertThat(a.panel().start()).isEqualTo(Period.of(2023, 1));
    }
}
