package org.innopark.app.talent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.innopark.app.registry.RegistryStore;
import org.innopark.app.registry.imports.AnalystInputException;
import org.innopark.app.registry.imports.ImportError;
import org.innopark.app.security.Accounts;
import org.innopark.app.support.TwoParks;
import org.innopark.engine.registry.InnovationPlatform;
import org.innopark.engine.registry.Level;
import org.innopark.engine.registry.PlatformType;
import org.innopark.engine.talent.Education;
import org.innopark.engine.talent.RequestAction;
import org.innopark.engine.talent.RequestState;
import org.innopark.engine.talent.RequestTypes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 人才服务 over the database, written once and run on H2 and on PostgreSQL: the imports of talents (with their
 * programmes written to the registry) and of studios and teams, whole file or nothing with row and column; the counts
 * over the registry's entries and the profiles; the service-request workflow with its steps, audit, tenancy and time
 * limits.
 */
abstract class TalentContract {

    static final String PLATFORM = "长春哨兵光电研究院";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RegistryStore store;

    @Autowired
    Accounts accounts;

    @Autowired
    TalentImport imports;

    @Autowired
    Talents talents;

    @Autowired
    TalentRequests requests;

    @TempDir
    Path dir;

    TwoParks parks;
    Accounts.Account analyst;
    Accounts.Account firm;
    Accounts.Account bAnalyst;

    @BeforeEach
    void setUp() {
        jdbc.update("DELETE FROM talent_request_step");
        jdbc.update("DELETE FROM talent_request");
        jdbc.update("DELETE FROM research_group");
        jdbc.update("DELETE FROM talent_profile");
        parks = new TwoParks(jdbc, store, accounts);
        store.savePlatforms(List.of(new InnovationPlatform(
                TwoParks.A, PLATFORM, PlatformType.KEY_LAB, Level.PROVINCIAL, parks.aFirm.creditCode(), null, 2020)));
        analyst = accounts.find("a-analyst").orElseThrow();
        firm = accounts.find("a-firm").orElseThrow();
        bAnalyst = accounts.find("b-analyst").orElseThrow();
    }

    @AfterEach
    void resetClock() {
        requests.clock(Clock.systemDefaultZone());
    }

    private Path csv(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    private int count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
    }

    private String profiles() {
        String a = parks.aFirmCode();
        String a2 = parks.aFirm2.creditCode().value();
        return "姓名,工作单位统一社会信用代码,学历,所在平台,职称,专业领域,来园日期,留学归国,人才计划,人才计划级别,入选年份\n"
                + "陈立," + a + ",博士研究生," + PLATFORM + ",研究员,激光器件,2021-03-01,是,龙城英才计划,,2022\n"
                + "周航," + a + ",硕士," + PLATFORM + ",高级工程师,光学设计,2022-07-15,否,吉林省创新人才,省级,2023\n"
                + "孙悦," + a2 + ",本科,,工程师,软件,2023-01-09,,,,\n"
                + "王磊," + a2 + ",大专,,,,,否,,,\n";
    }

    @Test
    void importsTalentsWithTheirProgrammesAndCountsThemOnce() throws Exception {
        TalentImport.Outcome o =
                imports.importFile("a-analyst", TwoParks.A, TalentImport.Kind.PROFILES, csv("人才信息.csv", profiles()));
        assertThat(o.rows()).isEqualTo(4);
        assertThat(o.created()).isEqualTo(4);
        assertThat(o.programmeEntries()).isEqualTo(2);
        assertThat(count("talent_profile")).isEqualTo(4);
        // the programme entries are the registry's: 龙城英才计划 at the file's 市级, the unknown one at its declared level
        assertThat(jdbc.queryForList("SELECT level FROM talent WHERE park_code = 'CCHTZ' ORDER BY name", String.class))
                .containsExactly("PROVINCIAL", "MUNICIPAL");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_event WHERE entity = 'talent_profile' AND action = 'IMPORT'",
                        Integer.class))
                .isEqualTo(1);

        Talents.Overview ov = talents.overview(analyst, TwoParks.A).orElseThrow();
        assertThat(ov.counts().total()).isEqualTo(4);
        assertThat(ov.counts().masterOrAbove()).isEqualTo(2);
        assertThat(ov.headline()).isEqualTo("1个科创平台已集聚人才2人，其中硕士以上学历2人，占人才总数的100%");
        assertThat(talents.people(analyst, TwoParks.A, new Talents.Filter(null, Education.DOCTORATE, null, null, null))
                        .orElseThrow())
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.name()).isEqualTo("陈立");
                    assertThat(p.returnee()).isTrue();
                    assertThat(p.selections())
                            .singleElement()
                            .satisfies(s -> assertThat(s.known()).isTrue());
                });

        // the same file again updates, adds nothing
        TalentImport.Outcome again =
                imports.importFile("a-analyst", TwoParks.A, TalentImport.Kind.PROFILES, csv("人才信息.csv", profiles()));
        assertThat(again.updated()).isEqualTo(4);
        assertThat(count("talent_profile")).isEqualTo(4);
        assertThat(count("talent")).isEqualTo(2);

        // park B's staff and the bank see nothing of it; the firm's own user sees its firm's people only
        assertThat(talents.overview(bAnalyst, TwoParks.A)).isEmpty();
        assertThat(talents.overview(accounts.find("a-bank").orElseThrow(), TwoParks.A))
                .isEmpty();
        assertThat(talents.firm(firm, parks.aFirmCode()).orElseThrow().people())
                .extracting(Talents.PersonView::name)
                .containsExactlyInAnyOrder("陈立", "周航");
        assertThat(talents.firm(firm, parks.aFirm2.creditCode().value())).isEmpty();
    }

    @Test
    void rejectsTheWholeFileNamingRowAndColumnAndWritesNothing() throws Exception {
        String bad = profiles()
                        .replace("本科,", "小学,")
                        .replace("王磊," + parks.aFirm2.creditCode().value(), "王磊," + parks.bFirmCode())
                + "李四," + parks.aFirmCode() + ",硕士,不存在的平台,,,,也许,天目湖英才计划,,\n";
        assertThatThrownBy(() ->
                        imports.importFile("a-analyst", TwoParks.A, TalentImport.Kind.PROFILES, csv("bad.csv", bad)))
                .isInstanceOfSatisfying(AnalystInputException.class, e -> {
                    List<ImportError> errors = e.errors();
                    assertThat(errors)
                            .extracting(ImportError::row, ImportError::column)
                            .contains(
                                    org.assertj.core.groups.Tuple.tuple(4, "学历"),
                                    org.assertj.core.groups.Tuple.tuple(5, "工作单位统一社会信用代码"),
                                    org.assertj.core.groups.Tuple.tuple(6, "所在平台"),
                                    org.assertj.core.groups.Tuple.tuple(6, "留学归国"),
                                    org.assertj.core.groups.Tuple.tuple(6, "人才计划级别"));
                    assertThat(errors).anySatisfy(x -> assertThat(x.messageZh()).contains("博士、硕士、本科"));
                });
        assertThat(count("talent_profile")).isZero();
        assertThat(count("talent")).isZero();
    }

    @Test
    void importsStudiosAndTeamsAndCountsThem() throws Exception {
        String a = parks.aFirmCode();
        TalentImport.Outcome o = imports.importFile(
                "a-analyst",
                TwoParks.A,
                TalentImport.Kind.GROUPS,
                csv(
                        "工作室.csv",
                        "类型,名称,领衔科学家,依托单位统一社会信用代码,所在平台,成员人数,成立日期,专业领域\n"
                                + "科学家工作室,激光器件科学家工作室,陈立," + a + "," + PLATFORM + ",8,2022-09-01,激光\n"
                                + "科研团队,光学设计创新团队,周航," + a + ",,12,,光学\n"));
        assertThat(o.created()).isEqualTo(2);
        Talents.Overview ov = talents.overview(analyst, TwoParks.A).orElseThrow();
        assertThat(ov.counts().studios()).isEqualTo(1);
        assertThat(ov.counts().teams()).isEqualTo(1);
        assertThat(ov.counts().groupMembers()).isEqualTo(20);
        assertThatThrownBy(() -> imports.importFile(
                        "a-analyst",
                        TwoParks.A,
                        TalentImport.Kind.GROUPS,
                        csv("坏.csv", "类型,名称,领衔科学家,依托单位统一社会信用代码,成员人数\n实验室,某某,张三," + a + ",0\n")))
                .isInstanceOfSatisfying(
                        AnalystInputException.class,
                        e -> assertThat(e.errors())
                                .extracting(ImportError::column)
                                .contains("类型"));
        assertThat(count("research_group")).isEqualTo(2);
    }

    @Test
    void aRequestGoesThroughItsWorkflowWithStepsAuditAndTenancy() {
        TalentRequests.Submission s =
                new TalentRequests.Submission(null, "陈立", "子女入学", "孩子明年上小学", "孩子明年上小学，想问园区对口学校怎么申请", "13800000000");
        TalentRequests.RequestView v = requests.submit(firm, TwoParks.A, s).orElseThrow();
        assertThat(v.creditCode()).isEqualTo(parks.aFirmCode());
        assertThat(v.typeCode()).isEqualTo("schooling");
        assertThat(v.state()).isEqualTo(RequestState.SUBMITTED);
        assertThat(v.standing().limit()).isEqualTo(RequestTypes.Limit.ACCEPT);
        // the firm may not submit for another firm, nor the park's B staff see it
        assertThat(requests.submit(
                        firm,
                        TwoParks.A,
                        new TalentRequests.Submission(parks.aFirm2.creditCode().value(), null, "人才公寓", "x", "y", null)))
                .isEmpty();
        assertThat(requests.detail(bAnalyst, TwoParks.A, v.id())).isEmpty();
        assertThat(requests.detail(bAnalyst, TwoParks.B, v.id())).isEmpty();
        assertThat(requests.act(firm, TwoParks.A, v.id(), RequestAction.ASSIGN, "a-analyst", null))
                .isEmpty();
        assertThatThrownBy(() -> requests.act(analyst, TwoParks.A, v.id(), RequestAction.ASSIGN, "b-analyst", null))
                .isInstanceOf(TalentRequests.Invalid.class);
        assertThatThrownBy(() -> requests.act(analyst, TwoParks.A, v.id(), RequestAction.COMPLETE, null, "已办"))
                .isInstanceOf(TalentRequests.Conflict.class)
                .hasMessageContaining("分派");

        requests.act(analyst, TwoParks.A, v.id(), RequestAction.ASSIGN, "a-analyst", null);
        requests.act(analyst, TwoParks.A, v.id(), RequestAction.START, null, "已联系教育局");
        assertThatThrownBy(() -> requests.act(analyst, TwoParks.A, v.id(), RequestAction.COMPLETE, null, " "))
                .isInstanceOf(TalentRequests.Invalid.class);
        TalentRequests.RequestView done = requests.act(
                        analyst, TwoParks.A, v.id(), RequestAction.COMPLETE, null, "已协调对口小学，9月入学")
                .orElseThrow();
        assertThat(done.state()).isEqualTo(RequestState.DONE);
        assertThat(done.result()).isEqualTo("已协调对口小学，9月入学");
        assertThat(done.standing().status()).isEqualTo(RequestTypes.Status.CLOSED_ON_TIME);
        assertThat(done.actions()).isEmpty();
        assertThat(requests.detail(firm, TwoParks.A, v.id()).orElseThrow().steps())
                .extracting(TalentRequests.Step::action)
                .containsExactly(RequestAction.ASSIGN, RequestAction.START, RequestAction.COMPLETE);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_event WHERE entity = 'talent_request'", Integer.class))
                .isEqualTo(4);
        assertThat(requests.requests(firm, TwoParks.A, false).orElseThrow()).hasSize(1);
        assertThat(requests.requests(firm, TwoParks.A, true).orElseThrow()).isEmpty();
        assertThat(requests.requests(bAnalyst, TwoParks.A, false)).isEmpty();
    }

    @Test
    void anUnassignedRequestIsOverdueTheDayAfterItsLimit() {
        ZoneId zone = ZoneId.systemDefault();
        Instant submitted = OffsetDateTime.of(
                        2026, 3, 1, 9, 0, 0, 0, zone.getRules().getOffset(Instant.now()))
                .toInstant();
        requests.clock(Clock.fixed(submitted, zone));
        long id = requests.submit(
                        firm,
                        TwoParks.A,
                        new TalentRequests.Submission(null, null, "人才公寓", "申请人才公寓", "刚来园区工作，想申请一套人才公寓", null))
                .orElseThrow()
                .id();
        // 人才公寓: assigned within 2 days (by 03-03), closed within 20 (by 03-21)
        requests.clock(Clock.fixed(submitted.plusSeconds(2 * 86400), zone));
        assertThat(requests.detail(analyst, TwoParks.A, id)
                        .orElseThrow()
                        .view()
                        .standing()
                        .status())
                .isEqualTo(RequestTypes.Status.DUE);
        requests.clock(Clock.fixed(submitted.plusSeconds(3 * 86400), zone));
        TalentRequests.RequestView late =
                requests.detail(analyst, TwoParks.A, id).orElseThrow().view();
        assertThat(late.standing().status()).isEqualTo(RequestTypes.Status.OVERDUE);
        assertThat(late.standing().escalatedTo()).isEqualTo("人才办主任");
        assertThat(TalentRequests.summary(
                                requests.requests(analyst, TwoParks.A, true).orElseThrow())
                        .overdue())
                .isEqualTo(1);
        // assigned late: now the closing limit applies, still open until 03-21
        requests.act(analyst, TwoParks.A, id, RequestAction.ASSIGN, "a-analyst", null);
        assertThat(requests.detail(analyst, TwoParks.A, id).orElseThrow().view().standing())
                .satisfies(st -> {
                    assertThat(st.limit()).isEqualTo(RequestTypes.Limit.RESOLVE);
                    assertThat(st.status()).isEqualTo(RequestTypes.Status.OK);
                });
        requests.clock(Clock.fixed(submitted.plusSeconds(21 * 86400), zone));
        assertThat(requests.detail(analyst, TwoParks.A, id)
                        .orElseThrow()
                        .view()
                        .standing()
                        .status())
                .isEqualTo(RequestTypes.Status.OVERDUE);
    }
}
