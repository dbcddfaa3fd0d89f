package org.innopark.app.incubation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.innopark.app.registry.RegistryStore;
import org.innopark.app.registry.imports.AnalystInputException;
import org.innopark.app.security.Accounts;
import org.innopark.app.security.Accounts.Account;
import org.innopark.app.security.Role;
import org.innopark.app.support.TwoParks;
import org.innopark.engine.incubation.Lifecycle;
import org.innopark.engine.incubation.TenancyState;
import org.innopark.engine.registry.Carrier;
import org.innopark.engine.registry.CarrierType;
import org.innopark.engine.registry.Level;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Incubation over the registry on every database: written once, run on H2 and PostgreSQL. */
abstract class IncubationContract {

    static final String A = TwoParks.A;
    static final Account ANALYST = new Account("a-analyst", Role.PARK_ANALYST, A, null, true);
    static final Account OTHER_PARK = new Account("b-admin", Role.PARK_ADMIN, TwoParks.B, null, true);
    static final String INCUBATOR = "长春哨兵孵化器";
    static final String MAKER = "长春哨兵众创空间";
    static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

    @Autowired
    Incubation incubation;

    @Autowired
    IncubationImport imports;

    @Autowired
    TorchSurvey survey;

    @Autowired
    RegistryStore store;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path dir;

    TwoParks parks;

    @BeforeEach
    void twoParksWithCarriers() {
        for (String t :
                List.of("incubation_transition", "incubation_tenancy", "incubation_carrier", "incubation_figure")) {
            jdbc.update("DELETE FROM " + t);
        }
        parks = new TwoParks(jdbc, store, accounts);
        store.saveCarriers(List.of(
                new Carrier(
                        A,
                        INCUBATOR,
                        CarrierType.INCUBATOR,
                        Level.NATIONAL,
                        null,
                        new BigDecimal("2000"),
                        null,
                        null,
                        2024),
                new Carrier(
                        A,
                        MAKER,
                        CarrierType.MAKER_SPACE,
                        Level.PROVINCIAL,
                        null,
                        new BigDecimal("800"),
                        null,
                        null,
                        2024)));
    }

    private Path csv(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    private void importTwoTenancies() throws Exception {
        imports.tenancies(
                "a-analyst",
                A,
                csv(
                        "名册.csv",
                        "载体名称,统一社会信用代码,状态,入孵日期,入孵协议编号,入驻面积(平方米),入驻场所,毕业日期,毕业条件\n"
                                + INCUBATOR + "," + parks.aFirmCode() + ",在孵,2022-05-01,CC-2022-01,150,A座201,,\n"
                                + INCUBATOR + "," + parks.aFirm2.creditCode().value()
                                + ",留区,2021-03-01,CC-2021-07,90,A座105,2024-12-01,高企\n"));
    }

    @Test
    void importedTenanciesGiveTheFunnelTheCandidatesAndTheKpis() throws Exception {
        importTwoTenancies();
        IncubationViews.ParkView park = incubation.park(ANALYST, A, AS_OF);
        assertThat(park.funnel())
                .filteredOn(s -> s.count() > 0)
                .extracting(s -> s.state() + "=" + s.count())
                .containsExactly("INCUBATING=1", "STAYED=1");
        IncubationViews.CarrierView c = incubation.carrier(ANALYST, A, INCUBATOR, AS_OF);
        // TwoParks' first firm reports 50,000,001 (2023) and 60,000,001 (2024) yuan: over 10 million in two years.
        assertThat(c.candidates()).singleElement().satisfies(t -> {
            assertThat(t.creditCode()).isEqualTo(parks.aFirmCode());
            assertThat(t.met().id()).isEqualTo("revenue");
            assertThat(t.met().year()).isEqualTo(2024);
        });
        assertThat(c.graduations())
                .singleElement()
                .satisfies(t -> assertThat(t.criterion()).isEqualTo("经国家备案通过的高新技术企业"));
        assertThat(c.carrier().kpis().graduationRate().value()).isEqualByComparingTo("0.5");
        assertThat(c.carrier().kpis().perThousandM2().value()).isEqualByComparingTo("0.5"); // 1 incubatee / 2 千m²
        assertThat(c.carrier().recognition().thresholds())
                .filteredOn(r -> r.id().equals("area"))
                .singleElement()
                .satisfies(r -> assertThat(r.gap()).isEqualByComparingTo("8000"));
        // the history: entered, incubating, graduated, stayed for the graduate
        IncubationViews.EnterpriseHistory h =
                incubation.enterprise(parks.aFirm2.creditCode().value());
        assertThat(h.steps())
                .extracting(s -> s.to().code())
                .containsExactly("entered", "incubating", "graduated", "stayed");
    }

    @Test
    void aMoveIsCheckedByTheRulesAndAudited() throws Exception {
        importTwoTenancies();
        long id = incubation.tenancies(A).stream()
                .filter(s -> s.tenancy().state() == TenancyState.INCUBATING)
                .findFirst()
                .orElseThrow()
                .id();
        assertThatThrownBy(() -> incubation.move(ANALYST, A, id, Lifecycle.Move.to(TenancyState.STAYED, AS_OF)))
                .isInstanceOf(IncubationException.class)
                .hasMessageContaining("不能从「在孵」转为「留区」");
        // the carrier page's form names its carrier: a tenancy of another carrier is not found there, nothing moves
        assertThatThrownBy(() -> incubation.move(
                        ANALYST,
                        A,
                        MAKER,
                        id,
                        new Lifecycle.Move(TenancyState.GRADUATED, AS_OF, null, null, null, "revenue", null)))
                .isInstanceOf(IncubationException.NotFound.class);
        assertThat(incubation.tenancies(A).stream()
                        .filter(s -> s.id() == id)
                        .findFirst()
                        .orElseThrow()
                        .tenancy()
                        .state())
                .isEqualTo(TenancyState.INCUBATING);
        IncubationViews.Tenant t = incubation.move(
                ANALYST,
                A,
                INCUBATOR,
                id,
                new Lifecycle.Move(TenancyState.GRADUATED, AS_OF, null, null, null, "revenue", null));
        assertThat(t.state()).isEqualTo(TenancyState.GRADUATED);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_event WHERE entity = 'incubation_tenancy' AND action = 'UPDATE'",
                        Integer.class))
                .isEqualTo(1);
        assertThatThrownBy(() -> incubation.move(OTHER_PARK, A, id, Lifecycle.Move.to(TenancyState.STAYED, AS_OF)))
                .isInstanceOf(IncubationException.NotFound.class);
    }

    @Test
    void aFileWithABadRowWritesNothingAndNamesTheRowAndColumn() throws Exception {
        Path f = csv(
                "坏名册.csv",
                "载体名称,统一社会信用代码,状态,入孵日期,入孵协议编号,入驻面积(平方米)\n"
                        + INCUBATOR + "," + parks.aFirmCode() + ",在孵,2022-05-01,CC-1,100\n"
                        + INCUBATOR + "," + parks.aFirm2.creditCode().value() + ",孵化中,2022-05-01,CC-2,100\n"
                        + "不存在的载体," + parks.aFirm2.creditCode().value() + ",在孵,2022-05-01,CC-3,100\n");
        assertThatThrownBy(() -> imports.tenancies("a-analyst", A, f))
                .isInstanceOfSatisfying(
                        AnalystInputException.class,
                        e -> assertThat(e.errors())
                                .extracting(x -> x.row() + ":" + x.column())
                                .containsExactly("3:状态", "4:载体名称"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM incubation_tenancy", Integer.class))
                .isZero();
        // a firm still incubating in one carrier cannot enter another
        Path twice = csv(
                "两处.csv",
                "载体名称,统一社会信用代码,状态,入孵日期,入孵协议编号,入驻面积(平方米)\n"
                        + INCUBATOR + "," + parks.aFirmCode() + ",在孵,2022-05-01,CC-1,100\n"
                        + MAKER + "," + parks.aFirmCode() + ",在孵,2023-05-01,CC-9,20\n");
        assertThatThrownBy(() -> imports.tenancies("a-analyst", A, twice))
                .isInstanceOf(IncubationException.class)
                .hasMessageContaining("仍在载体「" + INCUBATOR + "」");
    }

    @Test
    void theSurveyWorkbookReopensWithItsChecksAndListsABrokenCarrier() throws Exception {
        importTwoTenancies();
        imports.figures(
                "a-analyst",
                A,
                csv(
                        "填报.csv",
                        "载体名称,年度,孵化器类别,孵化器管理机构从业人员(人),专业孵化服务人员(人),"
                                + "创业导师人数(人),孵化基金总额(千元),孵化器总收入(千元),房租及物业收入(千元),综合服务收入(千元),投资收入(千元),其他收入(千元)\n"
                                + INCUBATOR + ",2024,综合,12,10,6,5200,3000,1800,900,200,100\n"
                                + MAKER + ",2024,,5,4,3,,500,200,100,,0\n"));
        List<IncubationViews.SurveyTable> tables = survey.tables(ANALYST, A, 2024);
        IncubationViews.SurveyTable inc = tables.get(0);
        assertThat(inc.form().id()).isEqualTo("incubator");
        IncubationViews.SurveyRow row = inc.rows().get(0);
        assertThat(row.carrier()).isEqualTo(INCUBATOR);
        // in 2024 one incubatee (aFirm, TwoParks' first firm) with 91 employees, revenue 60,000,001 yuan = 60,000.00 千元
        assertThat(row.figures().get("incubatees")).isEqualByComparingTo("1");
        assertThat(row.figures().get("incubateeEmployees")).isEqualByComparingTo("91");
        assertThat(row.figures().get("incubateeRevenue")).isEqualByComparingTo("60000.00");
        assertThat(row.failures()).isEmpty();
        // the maker space declared 500 千元 in total and 300 in parts: broken, with the reason
        IncubationViews.SurveyRow maker = tables.get(1).rows().get(0);
        assertThat(maker.failures())
                .singleElement()
                .satisfies(f -> assertThat(f.reasonZh()).contains("500").contains("300"));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TorchSurvey.xlsx(tables, "长春高新区", out);
        List<IncubationViews.SurveyTable> reopened =
                TorchSurvey.read(incubation.forms(), 2024, new ByteArrayInputStream(out.toByteArray()));
        assertThat(reopened.get(0).rows()).singleElement().satisfies(r -> {
            assertThat(r.figures().get("incomeTotal")).isEqualByComparingTo("3000");
            assertThat(r.figures().get("incubateeEmployees")).isEqualByComparingTo("91");
            assertThat(r.failures()).isEmpty();
        });
        assertThat(reopened.get(1).rows().get(0).failures()).hasSize(1);
    }
}
