package org.innopark.app.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.innopark.app.pipeline.PipelineViews.Move;
import org.innopark.app.pipeline.PipelineViews.ProjectInput;
import org.innopark.app.registry.RegistryReads;
import org.innopark.app.registry.RegistryStore;
import org.innopark.app.registry.imports.AnalystInputException;
import org.innopark.app.security.Accounts;
import org.innopark.app.security.Accounts.Account;
import org.innopark.app.security.Role;
import org.innopark.app.support.TwoParks;
import org.innopark.engine.pipeline.Funnel;
import org.innopark.engine.pipeline.StaleRule;
import org.innopark.engine.registry.ProjectStage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** The pipeline over the registry on every database: written once, run on H2 and PostgreSQL. */
abstract class PipelineContract {

    static final String A = TwoParks.A;
    static final Account ANALYST = new Account("a-analyst", Role.PARK_ANALYST, A, null, true);
    static final Account ADMIN = new Account("a-admin", Role.PARK_ADMIN, A, null, true);
    static final Account OTHER_PARK = new Account("b-admin", Role.PARK_ADMIN, TwoParks.B, null, true);
    static final Account FIRM = new Account("a-firm", Role.ENTERPRISE, A, null, true);
    static final String BYD = "91440300192317458F";

    @Autowired
    Pipeline pipeline;

    @Autowired
    PipelineImport importer;

    @Autowired
    RegistryReads registry;

    @Autowired
    RegistryStore store;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path dir;

    LocalDate today;

    @BeforeEach
    void twoParks() {
        jdbc.update("DELETE FROM pipeline_project");
        new TwoParks(jdbc, store, accounts);
        today = pipeline.today();
    }

    static ProjectInput lead(String investor, String code, String owner) {
        return new ProjectInput(
                null,
                investor + "新能源项目",
                investor,
                code,
                "440300",
                "3841",
                "power-battery",
                null,
                new BigDecimal("12.5"),
                new BigDecimal("150"),
                null,
                new BigDecimal("30"),
                new BigDecimal("8000"),
                owner,
                List.of(),
                null);
    }

    private Move move(String to, int daysAgo) {
        return new Move(to, today.minusDays(daysAgo), null, null, null, null, null, null);
    }

    @Test
    void aLeadGoesFromLeadToProductionAndTheFunnelFollows() {
        String no =
                pipeline.create(ANALYST, A, lead("比亚迪股份有限公司", BYD, "a-analyst")).projectNo();
        pipeline.followUp(ANALYST, A, no, "走访", today, "到企业总部走访, 对方有意在区内布局电池包产线");
        pipeline.raiseProblem(ANALYST, A, no, "用地指标尚未落实", "自然资源和规划分局", today.plusDays(30));
        pipeline.move(ANALYST, A, no, move("contact", 0));
        pipeline.move(ANALYST, A, no, move("在谈", 0));
        // 签约 without its amount and document: refused, nothing written
        assertThatThrownBy(() -> pipeline.move(ANALYST, A, no, move("签约", 0)))
                .isInstanceOf(PipelineException.class)
                .hasMessageContaining("合同(协议)投资额")
                .hasMessageContaining("依据文件");
        assertThat(pipeline.detail(ANALYST, A, no).card().stage()).isEqualTo("talks");
        int year = today.getYear();
        assertThat(pipeline.funnel(ANALYST, A, year).total().signed()).isZero();
        pipeline.move(
                ANALYST, A, no, new Move("签约", today, new BigDecimal("3.2"), null, null, "投资协议(2026)第7号", null, null));
        pipeline.move(ANALYST, A, no, new Move("拟开工", today, null, today.plusDays(10), null, null, null, null));
        pipeline.move(ANALYST, A, no, new Move("开工", today, null, null, null, "施工许可证", null, null));
        pipeline.move(ANALYST, A, no, new Move("到资", today, null, null, new BigDecimal("1.5"), null, null, null));
        pipeline.recordFunds(ANALYST, A, no, today, new BigDecimal("0.5"), "第二笔");
        pipeline.move(ANALYST, A, no, move("投产", 0));

        PipelineViews.Detail d = pipeline.detail(ANALYST, A, no);
        assertThat(d.card().stageZh()).isEqualTo("投产");
        assertThat(d.card().contractYi()).isEqualByComparingTo("3.2");
        assertThat(d.fundsYi()).isEqualByComparingTo("2.0");
        assertThat(d.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.status()).isEqualTo("OPEN"));
        assertThat(d.timeline())
                .extracting(PipelineViews.TimelineEntry::kind)
                .contains("transition", "follow-up", "problem", "funds");
        assertThat(d.next()).extracting(PipelineViews.StageOption::code).containsExactly("terminated", "lost");
        pipeline.resolveProblem(ANALYST, A, no, d.problems().get(0).id(), "已纳入年度供地计划");
        assertThat(pipeline.detail(ANALYST, A, no).card().openProblems()).isZero();

        // the registry's row follows, one truth
        var reg = registry.attractionProject(no).orElseThrow();
        assertThat(reg.stage()).isEqualTo(ProjectStage.IN_PRODUCTION);
        assertThat(reg.contractedAmount()).isEqualByComparingTo("320000000");
        assertThat(reg.signedDate()).isEqualTo(today);
        assertThat(reg.productionDate()).isEqualTo(today);

        Funnel.Figures f = pipeline.funnel(ANALYST, A, year).total();
        assertThat(f.signed()).isEqualTo(1);
        assertThat(f.signedYuan()).isEqualByComparingTo("320000000");
        assertThat(f.bigProjects()).isEqualTo(1);
        assertThat(f.rates()).allSatisfy(r -> assertThat(r.value()).isEqualTo(1.0));
        assertThat(f.fundsYuan()).isEqualByComparingTo("200000000");
        assertThat(f.fundsRate()).isCloseTo(2.0 / 3.2, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_event WHERE entity_key LIKE ?", Integer.class, no + "%"))
                .isGreaterThanOrEqualTo(12);
    }

    @Test
    void theDatesOfAStageAreRequiredAndAMoveBackIsRefused() {
        String no =
                pipeline.create(ANALYST, A, lead("宁德时代新能源科技股份有限公司", null, null)).projectNo();
        assertThatThrownBy(
                        () -> pipeline.move(ANALYST, A, no, new Move("接洽", null, null, null, null, null, null, null)))
                .hasMessageContaining("首次接洽日期");
        assertThatThrownBy(() -> pipeline.move(ANALYST, A, no, move("在谈", -3))).hasMessageContaining("晚于今天");
        pipeline.move(ANALYST, A, no, move("在谈", 0));
        assertThatThrownBy(() -> pipeline.move(ANALYST, A, no, move("线索", 0))).hasMessageContaining("不能从在谈退回");
        assertThatThrownBy(() -> pipeline.move(ANALYST, A, no, move("流失", 0))).hasMessageContaining("原因");
        pipeline.move(ANALYST, A, no, new Move("流失", today, null, null, null, null, "已在外省落户", null));
        assertThat(registry.attractionProject(no).orElseThrow().stage()).isEqualTo(ProjectStage.DROPPED);
    }

    @Test
    void aDuplicateInvestorIsRefusedAndASimilarOneWarned() {
        pipeline.create(ANALYST, A, lead("比亚迪股份有限公司", BYD, null));
        assertThatThrownBy(() -> pipeline.create(ANALYST, A, lead("比亚迪汽车工业有限公司", BYD, null)))
                .isInstanceOfSatisfying(
                        PipelineException.class, e -> assertThat(e.conflict()).isTrue())
                .hasMessageContaining("统一社会信用代码相同");
        assertThatThrownBy(() -> pipeline.create(ANALYST, A, lead("深圳市比亚迪股份有限公司", null, null)))
                .hasMessageContaining("投资方名称相同");
        var created = pipeline.create(ANALYST, A, lead("湖南杉杉能源科技股份有限公司", null, null));
        assertThat(created.warnings()).isEmpty();
        var near = pipeline.create(ANALYST, A, lead("杉杉能源科技(湖南)股份有限公司", null, null));
        assertThat(near.warnings()).singleElement().asString().contains("投资方名称相近");
        // the other park may court the same investor
        pipeline.create(OTHER_PARK, TwoParks.B, lead("比亚迪股份有限公司", BYD, null));
        assertThat(pipeline.board(ANALYST, A)).hasSize(3);
    }

    @Test
    void aParksPipelineIsItsOwn() {
        String no = pipeline.create(ANALYST, A, lead("比亚迪股份有限公司", BYD, null)).projectNo();
        assertThatThrownBy(() -> pipeline.detail(OTHER_PARK, TwoParks.B, no))
                .isInstanceOf(PipelineException.NotFound.class);
        assertThatThrownBy(() -> pipeline.board(OTHER_PARK, A)).isInstanceOf(PipelineException.NotFound.class);
        assertThatThrownBy(() -> pipeline.move(OTHER_PARK, TwoParks.B, no, move("接洽", 0)))
                .isInstanceOf(PipelineException.NotFound.class);
        assertThatThrownBy(() -> pipeline.board(FIRM, A)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> pipeline.create(ANALYST, A, lead("某公司", null, "b-analyst")))
                .hasMessageContaining("不是本园区的工作人员账户");
    }

    @Test
    void staleLeadsAreRemindedThenReturnedToThePoolAndReassignmentIsAudited() {
        String no =
                pipeline.create(ANALYST, A, lead("比亚迪股份有限公司", BYD, "a-analyst")).projectNo();
        assertThat(pipeline.mine(ANALYST, A)).hasSize(1);
        jdbc.update(
                "UPDATE pipeline_project SET last_activity = ? WHERE project_no = ?",
                java.sql.Date.valueOf(today.minusDays(40)),
                no);
        assertThat(pipeline.sweep("system", A)).containsEntry(StaleRule.Action.REMIND, 1);
        assertThat(pipeline.mine(ANALYST, A))
                .singleElement()
                .satisfies(c -> assertThat(c.reminded()).isTrue());
        assertThat(pipeline.sweep("system", A)).doesNotContainKey(StaleRule.Action.REMIND);
        jdbc.update(
                "UPDATE pipeline_project SET last_activity = ? WHERE project_no = ?",
                java.sql.Date.valueOf(today.minusDays(70)),
                no);
        assertThat(pipeline.sweep("system", A)).containsEntry(StaleRule.Action.RETURN_TO_POOL, 1);
        assertThat(pipeline.pool(ANALYST, A))
                .singleElement()
                .satisfies(c -> assertThat(c.owner()).isNull());
        assertThat(pipeline.mine(ANALYST, A)).isEmpty();
        pipeline.take(ADMIN, A, no);
        assertThatThrownBy(() -> pipeline.take(ANALYST, A, no)).hasMessageContaining("已有负责人");
        pipeline.assign(ADMIN, A, no, "a-analyst", List.of("a-admin"));
        assertThat(pipeline.mine(ADMIN, A)).hasSize(1);
        assertThat(jdbc.queryForList(
                        "SELECT before_json FROM audit_event WHERE entity = 'pipeline_owner' AND entity_key = ?"
                                + " ORDER BY id",
                        String.class,
                        no))
                .hasSize(3)
                .last()
                .asString()
                .contains("a-admin");
    }

    @Test
    void aSpreadsheetIsUpsertedByProjectNumberKeepingItsOwners() throws Exception {
        Path file = dir.resolve("项目库.csv");
        Files.writeString(
                file,
                String.join(
                        "\n",
                        "项目编号,项目名称,投资方,阶段,阶段日期,线索日期,合同投资额(亿元),依据文件,负责人,计划投资额(亿元)",
                        "CC-001,年产5万吨正极材料项目,湖南裕能新能源电池材料股份有限公司,在谈,2026-03-01,2026-01-05,,,a-analyst,20",
                        "CC-002,光伏组件项目,天合光能股份有限公司,签约,2026-04-01,2026-02-01,8.5,协议2026-11,a-admin,8.5"),
                StandardCharsets.UTF_8);
        var r = importer.importFile("cli:importer", A, file);
        assertThat(r.created()).isEqualTo(2);
        assertThat(pipeline.detail(ANALYST, A, "CC-001").card().owner()).isEqualTo("a-analyst");
        assertThat(pipeline.detail(ANALYST, A, "CC-002").card().stageZh()).isEqualTo("签约");
        assertThat(pipeline.detail(ANALYST, A, "CC-002").card().plannedYi()).isEqualByComparingTo("8.5");
        assertThat(registry.attractionProject("CC-002").orElseThrow().signedDate())
                .isEqualTo(LocalDate.of(2026, 4, 1));

        Files.writeString(
                file,
                String.join(
                        "\n",
                        "项目编号,项目名称,投资方,阶段,阶段日期,合同投资额(亿元),依据文件,负责人",
                        "CC-001,年产5万吨正极材料项目,湖南裕能新能源电池材料股份有限公司,签约,2026-05-01,6,协议2026-15,a-analyst"),
                StandardCharsets.UTF_8);
        var again = importer.importFile("cli:importer", A, file);
        assertThat(again.updated()).isEqualTo(1);
        assertThat(again.moved()).isEqualTo(1);
        assertThat(pipeline.detail(ANALYST, A, "CC-001").card().stageZh()).isEqualTo("签约");
    }

    @Test
    void anUnknownStageOrABadRowRejectsTheWholeFile() throws Exception {
        Path file = dir.resolve("bad.csv");
        Files.writeString(
                file,
                String.join(
                        "\n",
                        "项目编号,项目名称,投资方,阶段,阶段日期",
                        "CC-101,储能电站项目,某储能科技有限公司,在谈,2026-03-01",
                        "CC-102,氢能项目,某氢能科技有限公司,已落地,2026-03-01"),
                StandardCharsets.UTF_8);
        assertThatThrownBy(() -> importer.importFile("cli:importer", A, file))
                .isInstanceOfSatisfying(
                        AnalystInputException.class,
                        e -> assertThat(String.join("\n", e.report(java.util.Locale.CHINA)))
                                .contains("3")
                                .contains("阶段")
                                .contains("已落地")
                                .contains("线索"));
        Files.writeString(
                file,
                String.join(
                        "\n",
                        "项目编号,项目名称,投资方,阶段,阶段日期",
                        "CC-101,储能电站项目,某储能科技有限公司,在谈,2026-03-01",
                        "CC-102,氢能项目,某氢能科技有限公司,签约,2026-03-01"),
                StandardCharsets.UTF_8);
        assertThatThrownBy(() -> importer.importFile("cli:importer", A, file))
                .isInstanceOf(PipelineException.class)
                .hasMessageContaining("第3行")
                .hasMessageContaining("合同(协议)投资额");
        assertThat(pipeline.board(ANALYST, A)).isEmpty();
        assertThat(registry.attractionProject("CC-101")).isEmpty();
    }

    @Test
    void theMonthlyXlsxHoldsTheFigures() throws Exception {
        String no =
                pipeline.create(ANALYST, A, lead("比亚迪股份有限公司", BYD, "a-analyst")).projectNo();
        pipeline.move(ANALYST, A, no, new Move("签约", today, new BigDecimal("1.2"), null, null, "协议", null, null));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FunnelExport.xlsx("长春 招商项目统计", pipeline.funnel(ANALYST, A, today.getYear()), out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(out.toByteArray()))) {
            var total = wb.getSheet("总体");
            assertThat(total.getRow(1).getCell(0).getStringCellValue()).isEqualTo("签约项目数(个)");
            assertThat(total.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(1.0);
            assertThat(total.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(1.2);
            assertThat(total.getRow(3).getCell(1).getNumericCellValue()).isEqualTo(1.0);
            assertThat(wb.getSheet("漏斗").getRow(4).getCell(0).getStringCellValue())
                    .isEqualTo("签约");
            assertThat(wb.getSheet("按负责人").getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("a-analyst");
        }
    }

    @Autowired
    DemoPipeline demoPipeline;

    @Autowired
    org.innopark.app.demo.DemoLoader demoLoader;

    @Test
    void theDemoPipelineHasEveryStageOverTheYearsAndMatchesTheRegistry() {
        jdbc.update("DELETE FROM pipeline_project");
        org.innopark.app.support.EmptyRegistry.empty(jdbc);
        demoLoader.load(
                org.innopark.engine.demo.DemoSpec.defaults()
                        .withEnterprises(1500)
                        .withYears(4),
                null);
        assertThat(demoPipeline.isEmpty()).isTrue();
        int n = demoPipeline.load(today);
        assertThat(n).as("demo projects").isGreaterThan(30);
        Account admin = new Account("admin", Role.SYSTEM_ADMIN, null, null, true);
        String park = registry.parkCodes().get(0);
        var scheme = pipeline.scheme(park);
        java.util.Set<String> stagesSeen = new java.util.HashSet<>();
        int landed = 0;
        for (String p : registry.parkCodes()) {
            for (PipelineViews.Card c : pipeline.board(admin, p)) {
                stagesSeen.add(c.stage());
                var reg = registry.attractionProject(c.projectNo()).orElseThrow();
                assertThat(scheme.require(c.stage()).registry())
                        .as(c.projectNo())
                        .isEqualTo(reg.stage());
            }
            for (var f : pipeline.facts(p)) {
                // every recorded move is one the stage file allows, with its required fields
                var h = f.history();
                for (int i = 1; i < h.size(); i++) {
                    assertThat(scheme.rank(h.get(i).stage())
                                            > scheme.rank(h.get(i - 1).stage())
                                    || scheme.require(h.get(i).stage()).exit())
                            .as(f.projectNo() + " " + h)
                            .isTrue();
                    assertThat(h.get(i).date())
                            .isAfterOrEqualTo(h.get(i - 1).date())
                            .isBeforeOrEqualTo(today);
                }
            }
            landed += jdbc.queryForObject(
                    "SELECT COUNT(*) FROM pipeline_project WHERE park_code = ? AND landed_credit_code IS NOT NULL",
                    Integer.class,
                    p);
        }
        assertThat(stagesSeen)
                .containsAll(scheme.stages().stream()
                        .map(org.innopark.engine.pipeline.Stage::code)
                        .toList());
        assertThat(landed).isPositive();
        // a landed enterprise is in the registry and registered after the signing
        var row =
                jdbc.queryForMap("SELECT project_no, landed_credit_code FROM pipeline_project WHERE landed_credit_code"
                        + " IS NOT NULL ORDER BY project_no FETCH FIRST 1 ROWS ONLY");
        var project = registry.attractionProject((String) row.get("project_no")).orElseThrow();
        var firm = registry.enterprises(null, ((String) row.get("landed_credit_code")).strip())
                .get(0);
        assertThat(firm.registrationDate()).isAfterOrEqualTo(project.signedDate());
        // the funnels show signings over several years
        java.util.Set<Integer> signingYears = new java.util.TreeSet<>();
        for (String p : registry.parkCodes()) {
            pipeline.years(admin, p).forEach((y, f) -> {
                if (f.signed() > 0) {
                    signingYears.add(y);
                }
            });
        }
        assertThat(signingYears).as("years with signings").hasSizeGreaterThanOrEqualTo(3);
    }
}
