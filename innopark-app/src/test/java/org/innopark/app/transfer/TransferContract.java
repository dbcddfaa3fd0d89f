package org.innopark.app.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.innopark.app.demo.DemoLoader;
import org.innopark.app.registry.imports.AnalystInputException;
import org.innopark.app.registry.imports.ImportError;
import org.innopark.app.security.Accounts;
import org.innopark.app.support.DemoRegistry;
import org.innopark.engine.transfer.ObjectType;
import org.innopark.engine.transfer.TechnologyDemand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The technology-transfer registry, imports, index and pages on every database: written once, run on H2 and
 * PostgreSQL (the pages, on H2 only: {@link TransferH2IntegrationTests}). BM25 only (the tests' configuration): the
 * dense model is not loaded here.
 */
abstract class TransferContract {

    static final String A = "CCHTZ";
    static final String B = "CZHTZ";

    static final String RESULT_HEADER = "成果编号,成果名称,成果简介,关键词,技术领域,持有单位,所处阶段,成果属性,转化方式,意向价格(万元),共享\n";
    static final String BATTERY = "R-1,高镍三元正极材料表面包覆改性技术,通过表面包覆抑制正极与电解液的副反应，动力电池循环1000次后容量保持率90%以上，"
            + "解决电池使用一两年容量衰减快的问题,正极材料；表面包覆；循环寿命,新能源/锂离子电池,东湖大学,中期阶段,原始性创新,许可,120.5,否\n";
    static final String DRUG =
            "R-2,小分子药物晶型筛选与制剂溶出改进,通过晶型筛选和制剂工艺优化提高口服固体制剂溶出度，解决药片放置后溶出不合格," + "晶型筛选；溶出度,生物医药/创新药,江城医学院,成熟应用阶段,,转让,,否\n";

    /** The importing user of the matching test, whose audit events it counts. */
    static final String USER = "transfer-contract-" + System.nanoTime();

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DemoLoader loader;

    @Autowired
    Accounts accounts;

    @Autowired
    TransferImport imports;

    @Autowired
    TransferRegistry registry;

    @Autowired
    TransferSearch search;

    @Autowired
    TransferViews views;

    @Autowired
    TransferDemoLoader demo;

    @TempDir
    Path dir;

    @BeforeEach
    void demoRegistryWithoutTransfer() {
        DemoRegistry.ensureLoaded(jdbc, loader, accounts);
        empty();
    }

    /** No other test sees this one's objects. */
    @AfterEach
    void empty() {
        for (String t : List.of(
                "transfer_result", "transfer_expert", "transfer_instrument", "transfer_demand", "transfer_contract")) {
            jdbc.update("DELETE FROM " + t);
        }
        // the demo's contracts bought from outside the park (numbered from 900001 within a year)
        jdbc.update("DELETE FROM tech_contract WHERE LENGTH(registration_no) = 16"
                + " AND SUBSTRING(registration_no, 11, 1) = '9'");
        search.reindex(null);
    }

    Path file(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    Accounts.Account analystOf(String park) {
        return accounts.find(A.equals(park) ? DemoRegistry.CC_ANALYST : DemoRegistry.CZ_ANALYST)
                .orElseThrow();
    }

    private static List<String> cells(AnalystInputException e) {
        return e.errors().stream()
                .map((ImportError x) -> x.row() + ":" + x.column())
                .toList();
    }

    @Autowired
    org.springframework.context.ApplicationEventPublisher events;

    @Test
    void afterARestoreTheIndexIsRebuiltFromTheRestoredRows() throws IOException {
        imports.importFile("t", A, ObjectType.RESULT, file("results.csv", RESULT_HEADER + BATTERY + DRUG));
        assertThat(search.count()).isEqualTo(2);
        // the restored database holds one result fewer than the index
        jdbc.update("DELETE FROM transfer_result WHERE registration_no = 'R-2'");
        assertThat(search.count()).isEqualTo(2);
        events.publishEvent(new org.innopark.app.operations.DatabaseRestored("backup.zip"));
        assertThat(search.count()).isEqualTo(1);
    }

    @Test
    void aFileWithAnyBadCellIsRejectedWholeWithRowAndColumn() throws IOException {
        Path bad = file(
                "results.csv",
                RESULT_HEADER
                        + BATTERY
                        + "R-3,某成果,某简介,甲；乙；丙；丁,新材料,某大学,试验阶段,,,,\n"
                        + "R-1,重复的成果,某简介,甲,新材料,某大学,初期阶段,,,-5,也许\n");
        assertThatThrownBy(() -> imports.importFile("t", A, ObjectType.RESULT, bad))
                .isInstanceOfSatisfying(
                        AnalystInputException.class, e -> assertThat(cells(e)).contains("3:关键词", "3:所处阶段", "4:成果编号"));
        Path prices = file("prices.csv", RESULT_HEADER + "R-5,某成果,某简介,甲,新材料,某大学,初期阶段,,,-5,也许\n");
        assertThatThrownBy(() -> imports.importFile("t", A, ObjectType.RESULT, prices))
                .isInstanceOfSatisfying(
                        AnalystInputException.class, e -> assertThat(cells(e)).contains("2:意向价格(万元)", "2:共享"));
        Path missing = file("missing.csv", "成果编号,成果名称,关键词,技术领域,持有单位,所处阶段\nR-9,某成果,甲,新材料,某大学,初期阶段\n");
        assertThatThrownBy(() -> imports.importFile("t", A, ObjectType.RESULT, missing))
                .isInstanceOf(AnalystInputException.class)
                .hasMessageContaining("成果简介");
        // a demand of an enterprise of another park
        Path demand = file(
                "demands.csv",
                "需求编号,需求名称,需求描述,企业名称,所属行业,统一社会信用代码\n" + "D-1,电池容量掉得快,储能柜电芯一年多容量明显下降," + DemoRegistry.JIAXIN_NAME
                        + ",电气机械和器材制造业," + DemoRegistry.JIAXIN + "\n");
        assertThatThrownBy(() -> imports.importFile("t", A, ObjectType.ENTERPRISE, demand))
                .isInstanceOfSatisfying(
                        AnalystInputException.class, e -> assertThat(cells(e)).contains("2:统一社会信用代码"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM transfer_result", Long.class))
                .isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM transfer_demand", Long.class))
                .isZero();
    }

    @Test
    void aDemandFindsTheParksOwnAndSharedObjectsWithTheirReasons() throws IOException {
        TransferImport.Outcome first =
                imports.importFile(USER, A, ObjectType.RESULT, file("a.csv", RESULT_HEADER + BATTERY + DRUG));
        assertThat(first.written().created()).isEqualTo(2);
        // park B: one battery result shared, one not
        imports.importFile(
                USER,
                B,
                ObjectType.RESULT,
                file(
                        "b.csv",
                        RESULT_HEADER
                                + BATTERY.replace("R-1,高镍三元", "B-1,共享的高镍三元").replace(",否\n", ",是\n")
                                + BATTERY.replace("R-1,高镍三元", "B-2,保密的高镍三元")));
        imports.importFile(
                USER,
                A,
                ObjectType.EXPERT,
                file(
                        "e.csv",
                        "专家编号,姓名,单位,职称,研究方向,代表成果\nE-1,王建国,东湖大学,教授,锂离子电池正极材料与容量衰减机理,"
                                + "帮助储能企业解决电芯容量衰减问题\nE-2,李丽娟,江城医学院,研究员,中药有效成分提取,提高中药提取收率\n"));
        imports.importFile(
                USER,
                A,
                ObjectType.INSTRUMENT,
                file(
                        "i.csv",
                        "仪器编号,仪器名称,主要功能,技术指标,所属单位,分类,开放共享,收费标准\nI-1,电池充放电测试系统,测试电芯容量、倍率和循环寿命,"
                                + "电压0-5V,东湖大学,电子测量仪器,是,每小时100元\n"));
        imports.importFile(
                USER,
                A,
                ObjectType.ENTERPRISE,
                file(
                        "d.csv",
                        "需求编号,需求名称,需求描述,企业名称,所属行业,统一社会信用代码,预算(万元),期望合作方式,截止日期\n"
                                + "D-1,电池用到第二年容量掉得厉害,我们做储能柜，电芯用一年多可用电量明显下降，想找团队分析原因并改进正极材料,"
                                + DemoRegistry.YUANYU_NAME + ",电气机械和器材制造业," + DemoRegistry.YUANYU
                                + ",50,技术开发,2027-06-30\n"));

        TransferViews.DemandMatches m = views.demand(analystOf(A), A, "D-1");
        assertThat(m.demand().budgetYuan()).isEqualByComparingTo("500000");
        List<TransferSearch.Found> results = m.matches().get(ObjectType.RESULT);
        assertThat(results)
                .extracting(TransferSearch.Found::id)
                .contains("R-1", "B-1")
                .doesNotContain("B-2");
        assertThat(results.get(0).id()).isIn("R-1", "B-1");
        assertThat(results.get(0).sharedTerms()).isNotEmpty();
        assertThat(results.get(0).reason()).contains("共同词").contains("阶段:中期阶段");
        assertThat(m.matches().get(ObjectType.EXPERT).get(0).id()).isEqualTo("E-1");
        assertThat(m.matches().get(ObjectType.INSTRUMENT))
                .extracting(TransferSearch.Found::id)
                .containsExactly("I-1");

        // sharing: park B's shared result is seen by A, its unshared one is not; A's demands are A's own
        assertThat(views.results(analystOf(A), A))
                .extracting(r -> r.registrationNo())
                .contains("B-1")
                .doesNotContain("B-2");
        assertThat(views.result(analystOf(A), A, B, "B-1").result().name()).startsWith("共享的");
        assertThatThrownBy(() -> views.result(analystOf(A), A, B, "B-2")).isInstanceOf(TransferNotFound.class);
        assertThatThrownBy(() -> views.demand(analystOf(B), A, "D-1")).isInstanceOf(TransferNotFound.class);
        assertThat(views.demands(analystOf(B), B)).isEmpty();

        // the other direction: the result finds the enterprise whose demand it answers
        TransferViews.ResultCandidates c = views.result(analystOf(A), A, null, "R-1");
        assertThat(c.enterprises()).isNotEmpty();
        assertThat(c.enterprises().get(0).creditCode()).isEqualTo(DemoRegistry.YUANYU);
        assertThat(c.enterprises().get(0).demandIds()).containsExactly("D-1");

        // audited per object; the same file again changes nothing
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_event WHERE entity = 'transfer_result' AND park_code = ?"
                                + " AND username = ?",
                        Long.class,
                        A,
                        USER))
                .isEqualTo(2);
        TransferImport.Outcome again =
                imports.importFile(USER, A, ObjectType.RESULT, file("a2.csv", RESULT_HEADER + BATTERY + DRUG));
        assertThat(again.written().unchanged()).isEqualTo(2);
        assertThat(search.reindex(A)).isEqualTo(5);
        assertThat(search.reindex(null)).isEqualTo(7);
    }

    @Test
    void theIndexIsKeptOnDiskAndRebuiltWhenItsSettingsChange() throws IOException {
        imports.importFile("t", A, ObjectType.RESULT, file("a.csv", RESULT_HEADER + BATTERY + DRUG));
        Path index = dir.resolve("index");
        TransferSearch onDisk = new TransferSearch(registry, index.toString(), false);
        TechnologyDemand demand =
                new TechnologyDemand("Q", "电池容量衰减", "电池用一年容量掉得厉害", DemoRegistry.YUANYU, "x", "", null, "", null, A);
        try {
            assertThat(onDisk.match(demand, A, 5).get(ObjectType.RESULT))
                    .extracting(TransferSearch.Found::id)
                    .contains("R-1");
        } finally {
            onDisk.destroy();
        }
        assertThat(index.resolve(TransferSearch.WORDS)).isRegularFile();
        assertThat(index.resolve(TransferSearch.MARKER)).isRegularFile();
        // reopened, it reads the index from disk: the rows gone from the database are still found
        jdbc.update("DELETE FROM transfer_result");
        TransferSearch reopened = new TransferSearch(registry, index.toString(), false);
        try {
            assertThat(reopened.match(demand, A, 5).get(ObjectType.RESULT))
                    .extracting(TransferSearch.Found::id)
                    .contains("R-1");
        } finally {
            reopened.destroy();
        }
        // an index built with other settings is rebuilt from the database
        Files.writeString(index.resolve(TransferSearch.MARKER), "vectors=other\n");
        TransferSearch rebuilt = new TransferSearch(registry, index.toString(), false);
        try {
            assertThat(rebuilt.match(demand, A, 5).get(ObjectType.RESULT)).isEmpty();
            assertThat(rebuilt.count()).isZero();
        } finally {
            rebuilt.destroy();
        }
    }
}
