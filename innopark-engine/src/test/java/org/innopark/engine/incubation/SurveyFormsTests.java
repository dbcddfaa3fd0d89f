package org.innopark.engine.incubation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.innopark.engine.registry.CarrierType;
import org.innopark.engine.rules.RuleFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SurveyFormsTests {

    private static final SurveyForms FORMS = SurveyForms.builtIn();

    private static Map<String, BigDecimal> figures(String... kv) {
        Map<String, BigDecimal> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], new BigDecimal(kv[i + 1]));
        }
        return m;
    }

    @Test
    void eachCarrierTypeFilesOneForm() {
        assertThat(FORMS.formFor(CarrierType.INCUBATOR).orElseThrow().id()).isEqualTo("incubator");
        assertThat(FORMS.formFor(CarrierType.MAKER_SPACE).orElseThrow().id()).isEqualTo("maker_space");
        assertThat(FORMS.form("incubator").orElseThrow().fields())
                .extracting(SurveyForms.Field::unit)
                .contains("千元");
    }

    // 在孵企业从业人员 vs 在孵企业数: 30 firms need at least 30 people.
    @ParameterizedTest
    @CsvSource({"29, 1", "30, 0", "31, 0"})
    void employeesAgainstIncubatees(String employees, int failures) {
        SurveyForms.Form f = FORMS.form("incubator").orElseThrow();
        List<SurveyForms.Failure> out = f.check(figures("incubatees", "30", "incubateeEmployees", employees));
        assertThat(out).hasSize(failures);
        if (failures == 1) {
            assertThat(out.get(0).reasonZh()).isEqualTo("在孵企业从业人员(TI14) 29 少于 在孵企业数(TI12) 30");
        }
    }

    @ParameterizedTest
    @CsvSource({"9, 10, 1", "10, 10, 0", "40, 10, 0"})
    void teamMembersAgainstTeams(String members, String teams, int failures) {
        SurveyForms.Form f = FORMS.form("maker_space").orElseThrow();
        assertThat(f.check(figures("teamMembers", members, "teams", teams))).hasSize(failures);
    }

    @ParameterizedTest
    @CsvSource({"11, 12, 1", "12, 12, 0"})
    void startupJobsAgainstStartups(String jobs, String startups, int failures) {
        SurveyForms.Form f = FORMS.form("maker_space").orElseThrow();
        assertThat(f.check(figures("startupJobs", jobs, "startups", startups))).hasSize(failures);
    }

    // 总收入 = 房租 + 服务 + 投资 + 其他 within 1 千元 of rounding: parts add up to 1000 by hand.
    @ParameterizedTest
    @CsvSource({"998.9, 1", "999, 0", "1000, 0", "1001, 0", "1001.1, 1"})
    void totalIncomeEqualsItsParts(String total, int failures) {
        SurveyForms.Form f = FORMS.form("incubator").orElseThrow();
        List<SurveyForms.Failure> out = f.check(figures(
                "incomeTotal",
                total,
                "incomeRent",
                "600",
                "incomeService",
                "250",
                "incomeInvestment",
                "100",
                "incomeOther",
                "50"));
        assertThat(out).hasSize(failures);
    }

    @Test
    void aCheckWithAFigureMissingIsNotRun() {
        SurveyForms.Form f = FORMS.form("incubator").orElseThrow();
        assertThat(f.check(figures("incomeTotal", "5", "incomeRent", "600"))).isEmpty();
    }

    @Test
    void aCheckNamingAnUnknownFieldFailsWithTheLine() {
        String yaml = """
                id: x
                version: "1"
                name: x
                effective: {from: 2020-01-01}
                forms:
                  - id: f
                    name: f
                    carrierTypes: [INCUBATOR]
                    fields:
                      - {code: A1, key: a, name: a, unit: 个, from: declared}
                    checks:
                      - {id: c, name: c, atLeast: a, than: b}
                """;
        assertThatThrownBy(() -> SurveyForms.parse("x.yaml", new StringReader(yaml)))
                .isInstanceOf(RuleFileException.class)
                .hasMessageContaining("x.yaml:12")
                .hasMessageContaining("'b' is not a field of this form");
    }
}
