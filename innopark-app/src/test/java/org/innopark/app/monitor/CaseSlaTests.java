package org.innopark.app.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.innopark.engine.monitor.Severity;
import org.innopark.engine.rules.Confidence;
import org.innopark.engine.rules.RuleFileException;
import org.innopark.engine.rules.RuleNode;
import org.junit.jupiter.api.Test;

class CaseSlaTests {

    private static CaseSla read(String yaml) {
        return CaseSla.read(RuleNode.parse("sla.yaml", new StringReader(yaml)));
    }

    private static final String HEADER = "id: t\nversion: \"1\"\nname: 测试\nsource: 测试\n";

    @Test
    void theBuiltInFileStatesItsSourceAndConfidence() {
        CaseSla sla = CaseSla.official();
        assertThat(sla.header().confidence()).isEqualTo(Confidence.UNCONFIRMED);
        assertThat(sla.header().source()).isNotBlank();
        assertThat(sla.limit(CaseState.NEW)).isPresent();
        assertThat(sla.limit(CaseState.RESOLVED)).isEmpty();
    }

    @Test
    void aCaseIsOnTimeThenDueThenOverdueAndEscalated() {
        CaseSla sla = read(HEADER + "states:\n  待分派: {days: 4, due-days: 1, escalate-to: 园区管理员}\n");
        assertThat(sla.standing(CaseState.NEW, Severity.WARNING, 2).status()).isEqualTo(CaseSla.Status.OK);
        assertThat(sla.standing(CaseState.NEW, Severity.WARNING, 3).status()).isEqualTo(CaseSla.Status.DUE);
        assertThat(sla.standing(CaseState.NEW, Severity.WARNING, 4).status()).isEqualTo(CaseSla.Status.DUE);
        CaseSla.Standing late = sla.standing(CaseState.NEW, Severity.WARNING, 6);
        assertThat(late.status()).isEqualTo(CaseSla.Status.OVERDUE);
        assertThat(late.daysLeft()).isEqualTo(-2);
        assertThat(late.escalatedTo()).isEqualTo("园区管理员");
        assertThat(sla.standing(CaseState.ASSIGNED, Severity.WARNING, 100).status())
                .as("a state the file leaves out has no limit")
                .isEqualTo(CaseSla.Status.NONE);
    }

    @Test
    void theSeverityFactorScalesTheLimit() {
        CaseSla sla = read(HEADER + "severity-factor: {严重: 0.5}\nstates:\n  走访中: {days: 14, escalate-to: 分管领导}\n");
        assertThat(sla.standing(CaseState.VISITING, Severity.SEVERE, 0).allowedDays())
                .isEqualTo(7);
        assertThat(sla.standing(CaseState.VISITING, Severity.WARNING, 0).allowedDays())
                .isEqualTo(14);
        assertThat(sla.standing(CaseState.VISITING, Severity.SEVERE, 8).status())
                .isEqualTo(CaseSla.Status.OVERDUE);
    }

    @Test
    void aBadFileNamesTheLineAndWhatIsValid() {
        assertThatThrownBy(() -> read(HEADER + "states:\n  已办结: {days: 3, escalate-to: x}\n"))
                .isInstanceOf(RuleFileException.class)
                .hasMessageContaining("sla.yaml")
                .hasMessageContaining("待分派");
        assertThatThrownBy(() -> read(HEADER + "states:\n  待分派: {days: 3, due-days: 3, escalate-to: x}\n"))
                .isInstanceOf(RuleFileException.class)
                .hasMessageContaining("due-days");
        assertThatThrownBy(() -> read(HEADER + "severity-factor: {紧急: 2}\nstates: {}\n"))
                .isInstanceOf(RuleFileException.class)
                .hasMessageContaining("关注");
    }
}
