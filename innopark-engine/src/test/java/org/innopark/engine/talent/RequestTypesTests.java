package org.innopark.engine.talent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import org.innopark.engine.rules.RuleFileException;
import org.innopark.engine.rules.RuleNode;
import org.innopark.engine.talent.RequestTypes.Limit;
import org.innopark.engine.talent.RequestTypes.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequestTypesTests {

    private static final RequestTypes T = RequestTypes.official();
    private static final LocalDate SUBMITTED = LocalDate.of(2026, 3, 1);

    @Test
    void shipsTheRequestTypesAPark人才办Handles() {
        assertThat(T.types())
                .extracting(RequestTypes.Type::nameZh)
                .contains("人才公寓", "子女就学", "配偶就业", "政策兑现", "医疗保障", "出入境");
        assertThat(T.header().confidence().key()).isEqualTo("unconfirmed");
        assertThat(T.header().source()).isNotBlank();
        assertThat(T.parse("子女入学").orElseThrow().code()).isEqualTo("schooling");
        assertThat(T.parse(" 签证 ").orElseThrow().code()).isEqualTo("exit-entry");
        assertThat(T.parse("Talent apartment").orElseThrow().code()).isEqualTo("housing");
        assertThat(T.parse("买车")).isEmpty();
    }

    // 人才公寓 in the shipped file: accept-days 2, resolve-days 20, due-days 1; submitted 2026-03-01, so the request
    // must be assigned by 03-03 and closed by 03-21 (both days still on time). Expected values worked out by hand.
    @ParameterizedTest(name = "assigned {0}, closed {1}, on {2}: {3} {4} {5}")
    @CsvSource({
        // unassigned: the assignment limit
        ",           ,           2026-03-01, OK,             ACCEPT,  2",
        ",           ,           2026-03-02, DUE,            ACCEPT,  1",
        ",           ,           2026-03-03, DUE,            ACCEPT,  0",
        ",           ,           2026-03-04, OVERDUE,        ACCEPT,  -1",
        ",           ,           2026-03-21, OVERDUE,        ACCEPT,  -18",
        // unassigned past the closing limit too: that one is the worse
        ",           ,           2026-03-22, OVERDUE,        RESOLVE, -1",
        // assigned: the closing limit
        "2026-03-04, ,           2026-03-19, OK,             RESOLVE, 2",
        "2026-03-04, ,           2026-03-20, DUE,            RESOLVE, 1",
        "2026-03-02, ,           2026-03-21, DUE,            RESOLVE, 0",
        "2026-03-02, ,           2026-03-22, OVERDUE,        RESOLVE, -1",
        // closed: on time on the limit's day, late the day after
        "2026-03-02, 2026-03-20, 2026-04-30, CLOSED_ON_TIME, RESOLVE, 1",
        "2026-03-02, 2026-03-21, 2026-04-30, CLOSED_ON_TIME, RESOLVE, 0",
        "2026-03-02, 2026-03-22, 2026-04-30, CLOSED_LATE,    RESOLVE, -1",
        // rejected without being assigned, on time
        ",           2026-03-02, 2026-04-30, CLOSED_ON_TIME, RESOLVE, 19",
    })
    void housingRequestsStandAgainstTheirLimitsAtEveryBoundary(
            LocalDate assigned, LocalDate closed, LocalDate today, Status status, Limit limit, long left) {
        RequestTypes.Standing s =
                RequestTypes.standing(T.byCode("housing").orElseThrow(), SUBMITTED, assigned, closed, today);
        assertThat(s.status()).isEqualTo(status);
        assertThat(s.limit()).isEqualTo(limit);
        assertThat(s.daysLeft()).isEqualTo(left);
        assertThat(s.deadline())
                .isEqualTo(limit == Limit.ACCEPT ? LocalDate.of(2026, 3, 3) : LocalDate.of(2026, 3, 21));
        assertThat(s.escalatedTo()).isEqualTo(status == Status.OVERDUE ? "人才办主任" : null);
    }

    @Test
    void aTypeWithoutDueDaysIsDueOnlyOnItsLimitsDay() {
        RequestTypes.Type medical = T.byCode("medical").orElseThrow(); // accept 1, resolve 7, due 0
        assertThat(RequestTypes.standing(medical, SUBMITTED, null, null, SUBMITTED)
                        .status())
                .isEqualTo(Status.OK);
        assertThat(RequestTypes.standing(medical, SUBMITTED, null, null, SUBMITTED.plusDays(1))
                        .status())
                .isEqualTo(Status.DUE);
        assertThat(RequestTypes.standing(medical, SUBMITTED, null, null, SUBMITTED.plusDays(2))
                        .status())
                .isEqualTo(Status.OVERDUE);
    }

    @Test
    void aFileWithImpossibleLimitsNamesItsFileAndLine() {
        String yaml = """
                id: park-requests
                version: "1"
                name: 测试
                types:
                  - code: housing
                    name: 人才公寓
                    accept-days: 5
                    resolve-days: 3
                    escalate-to: 主任
                """;
        assertThatThrownBy(() -> RequestTypes.read(RuleNode.parse("park.yaml", new StringReader(yaml))))
                .isInstanceOf(RuleFileException.class)
                .hasMessageContaining("park.yaml:5:")
                .hasMessageContaining("resolve-days at least accept-days");
        String unknownKey = yaml.replace("accept-days: 5", "accept-days: 1\n    days: 3")
                .replace("resolve-days: 3", "resolve-days: 4");
        assertThatThrownBy(() -> RequestTypes.read(RuleNode.parse("park.yaml", new StringReader(unknownKey))))
                .isInstanceOf(RuleFileException.class)
                .hasMessageContaining("days");
    }

    @Test
    void theWorkflowAllowsOnlyItsSteps() {
        assertThat(RequestAction.allowed(RequestState.SUBMITTED))
                .containsExactly(RequestAction.ASSIGN, RequestAction.REJECT);
        assertThat(RequestAction.allowed(RequestState.ASSIGNED))
                .containsExactly(RequestAction.ASSIGN, RequestAction.START, RequestAction.REJECT);
        assertThat(RequestAction.allowed(RequestState.IN_PROGRESS))
                .containsExactly(RequestAction.ASSIGN, RequestAction.COMPLETE, RequestAction.REJECT);
        assertThat(RequestAction.allowed(RequestState.DONE)).isEmpty();
        assertThat(RequestAction.allowed(RequestState.REJECTED)).isEmpty();
        assertThat(RequestAction.ASSIGN.from(RequestState.SUBMITTED)).contains(RequestState.ASSIGNED);
        assertThat(RequestAction.ASSIGN.from(RequestState.IN_PROGRESS)).contains(RequestState.IN_PROGRESS);
        assertThat(RequestAction.START.from(RequestState.ASSIGNED)).contains(RequestState.IN_PROGRESS);
        assertThat(RequestAction.COMPLETE.from(RequestState.ASSIGNED)).isEmpty();
        assertThat(RequestAction.parse("办结")).isEqualTo(RequestAction.COMPLETE);
        assertThat(RequestAction.parse("reject")).isEqualTo(RequestAction.REJECT);
    }
}
