package org.innopark.app.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innopark.app.report.ComposedText.flat;
import static org.innopark.app.report.ComposedText.paragraphs;
import static org.innopark.app.report.ComposedText.tables;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.innopark.app.patent.PatentImport;
import org.innopark.app.registry.RegistryStore;
import org.innopark.app.security.Accounts;
import org.innopark.app.security.ParkScope;
import org.innopark.app.support.H2IntegrationTest;
import org.innopark.app.support.TwoParks;
import org.innopark.engine.report.ComposedReport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The 专利导航报告 (产业规划类) on small hand-made photovoltaic fixtures of two parks: the headline figures equal the
 * test's own SQL counts, the PDF and the Word document hold the outline and the sentences; the problems and
 * recommendations name the weak node and its outside applicants; an empty park and a chain without patents say
 * 数据缺失 with the reason; and neither the report nor the peer comparison (API, page) lets park B's patents or
 * applicants through to park A, only its counts.
 */
@H2IntegrationTest
class PatentNavigationReportIntegrationTests {

    static final String A = TwoParks.A;
    static final String B = TwoParks.B;
    static final String EMPTY = "EMPTYPAT";
    static final String CHAIN = "photovoltaic";

    /**
     * Park A's eight patents, latest publication 2025-07-10, so 2023 is the last complete filing year. Inverter
     * (逆变器与支架, H02S 40/32): 2019 天合 (granted 2021), 2021 and 2023 the park firm, 2022 天合 (granted 2023), 2022
     * 隆基 in the US, 2023 隆基 (granted 2025). PV module (H01L 31/042): the park firm's 2020 utility model (granted on
     * publication, 2021) and 隆基's 2024 application. The park's share of the chain: 3 of 8; of the inverter node 2 of
     * 6, below it (a weak node).
     */
    static final String PARK_A = "公开(公告)号,申请日,公开(公告)日,授权日,名称,主分类号,申请人,法律状态\n"
            + "CN110000005A,2019-06-01,2020-12-01,2021-08-01,一种直流转换电路的滤波结构,H02S 40/32,天合光能股份有限公司,有效\n"
            + "CN110000001A,2021-03-01,2022-09-01,,一种并网装置的直流转换电路,H02S 40/32,长春哨兵光电有限公司,审中\n"
            + "CN110000002A,2022-05-01,2023-11-01,2023-12-01,一种直流转换电路的散热结构,H02S 40/32,天合光能股份有限公司,有效\n"
            + "US20230000008A,2022-08-01,2023-02-01,,一种直流转换电路的驱动电路,H02S 40/32,隆基绿能科技股份有限公司,审中\n"
            + "CN110000003A,2023-02-01,2024-08-01,,一种直流转换电路的控制方法,H02S 40/32,长春哨兵光电有限公司,审中\n"
            + "CN110000006A,2023-04-01,2024-10-01,2025-03-01,一种直流转换电路的保护装置,H02S 40/32,隆基绿能科技股份有限公司,有效\n"
            + "CN210000007U,2020-06-01,2021-01-05,,一种阵列的边框,H01L 31/042,长春哨兵光电有限公司,有效\n"
            + "CN110000004A,2024-01-10,2025-07-10,,一种阵列的固定结构,H01L 31/042,隆基绿能科技股份有限公司,审中\n";

    /** Park B's own import: an applicant and titles park A must never see. */
    static final String PARK_B = "公开(公告)号,申请日,公开(公告)日,名称,主分类号,申请人,法律状态\n"
            + "CN930000001A,2022-03-01,2023-09-01,一种直流转换电路的秘密拓扑,H02S 40/32,常州保密逆变科技有限公司,审中\n"
            + "CN930000002A,2023-03-01,2024-09-01,一种直流转换电路的秘密封装,H02S 40/32,常州哨兵材料有限公司,审中\n";

    static final List<String> B_SECRETS = List.of("常州保密逆变科技", "秘密拓扑", "秘密封装", "CN930000001A", "CN930000002A", "常州哨兵材料");

    TwoParks parks;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RegistryStore store;

    @Autowired
    Accounts accounts;

    @Autowired
    PatentImport imports;

    @Autowired
    ParkReports reports;

    @Autowired
    MockMvc mvc;

    @Autowired
    org.innopark.app.chain.ParkChains chains;

    @Autowired
    org.innopark.app.chain.MappingDecisions decisions;

    @BeforeEach
    void fixtures() throws Exception {
        jdbc.update("DELETE FROM patent_applicant_link");
        jdbc.update("DELETE FROM patent");
        parks = new TwoParks(jdbc, store, accounts);
        jdbc.update(
                "INSERT INTO park (code, name, level, region_code, province, city) VALUES (?, ?, ?, ?, ?, ?)",
                EMPTY,
                "空白专利测试高新区",
                "NATIONAL",
                "220100",
                "吉林省",
                "长春市");
        imports.importUpload(
                "a-analyst", A, "a.csv", new ByteArrayInputStream(PARK_A.getBytes(StandardCharsets.UTF_8)));
        imports.importUpload(
                "b-analyst", B, "b.csv", new ByteArrayInputStream(PARK_B.getBytes(StandardCharsets.UTF_8)));
    }

    private int count(String sql, Object... args) {
        Integer n = jdbc.queryForObject(sql, Integer.class, args);
        return n == null ? 0 : n;
    }

    private static final String TAGGED = " FROM patent p WHERE p.park_code = ? AND EXISTS (SELECT 1 FROM patent_tag t"
            + " WHERE t.patent_id = p.id AND t.chain_id = ?)";

    private static final String LOCAL = " AND EXISTS (SELECT 1 FROM patent_applicant a JOIN patent_applicant_link k"
            + " ON k.park_code = p.park_code AND k.applicant = a.name WHERE a.patent_id = p.id AND a.position = 0"
            + " AND k.status IN ('AUTO', 'CONFIRMED'))";

    @Test
    void theHeadlineFiguresEqualTheTablesCountedInSql() throws Exception {
        ComposedReport r = reports.compose(ParkScope.park(A), A, "patent-navigation", null, CHAIN)
                .orElseThrow();
        assertThat(r.year())
                .as("the last complete filing year after the 18-month lag")
                .isEqualTo(2023);
        assertThat(r.title()).contains("光伏产业链专利导航报告");
        int filings = count("SELECT COUNT(*)" + TAGGED + " AND EXTRACT(YEAR FROM p.filing_date) = 2023", A, CHAIN);
        int local =
                count("SELECT COUNT(*)" + TAGGED + " AND EXTRACT(YEAR FROM p.filing_date) = 2023" + LOCAL, A, CHAIN);
        int grants = count(
                "SELECT COUNT(*)" + TAGGED + " AND EXTRACT(YEAR FROM COALESCE(p.grant_date,"
                        + " CASE WHEN p.granted THEN p.publication_date END)) = 2023",
                A,
                CHAIN);
        int before = count("SELECT COUNT(*)" + TAGGED + " AND EXTRACT(YEAR FROM p.filing_date) = 2022", A, CHAIN);
        assertThat(filings).isEqualTo(2);
        assertThat(local).isEqualTo(1);
        assertThat(grants).isEqualTo(1);
        assertThat(before).isEqualTo(2);

        List<String> sentences = paragraphs(r);
        assertThat(sentences)
                .anySatisfy(s -> assertThat(s)
                        .startsWith("2023年，光伏产业链专利申请" + filings + "件")
                        .contains("与上年持平")
                        .contains("园区企业申请" + local + "件")
                        .contains("占50%"));
        assertThat(sentences).anySatisfy(s -> assertThat(s).startsWith("2023年，光伏产业链专利授权" + grants + "件"));
        // the global view from the publication numbers; applicant country and province are not in the records
        assertThat(sentences)
                .anySatisfy(
                        s -> assertThat(s).contains("共8件").contains("中国（CN）7件").contains("美国（US）1件"));
        assertThat(sentences).anySatisfy(s -> assertThat(s).contains("申请人国别：数据缺失（"));
        assertThat(sentences).anySatisfy(s -> assertThat(s).startsWith("本省视角").contains("数据缺失（"));

        // the weak node with its figures, and the outside applicants to attract to it
        assertThat(sentences)
                .anySatisfy(s -> assertThat(s).startsWith("逆变器与支架：园区企业申请2件，占该节点6件的33.3%，低于园区在全产业链的占比37.5%"));
        assertThat(sentences)
                .anySatisfy(s -> assertThat(s)
                        .startsWith("补链招商：")
                        .contains("逆变器与支架节点可重点对接")
                        .contains("天合光能股份有限公司（2件）")
                        .contains("隆基绿能科技股份有限公司（2件）"));
        // 2021–2023 against 2018–2020 in H02S 40/00: 5 against 1
        assertThat(sentences).anySatisfy(s -> assertThat(s).startsWith("前沿布局：H02S 40/00（近三年5件，前三年1件）"));

        ComposedReport.Table scope = tables(r).get(0);
        assertThat(scope.rows().stream()
                        .map(row -> row.get(0).text() + "=" + row.get(1).text()))
                .anySatisfy(s -> assertThat(s).startsWith("数据来源=本园区导入的专利数据8件"))
                .anySatisfy(s -> assertThat(s).startsWith("检索与标引规则=").contains("photovoltaic-decomposition"))
                .anySatisfy(s -> assertThat(s).isEqualTo("申请日范围=2019-06-01至2024-01-10"))
                .anySatisfy(s -> assertThat(s).startsWith("公开滞后=").contains("18个月"));

        // PDF and Word: the outline and every sentence
        byte[] pdf = reports.render(r, ParkReports.Format.pdf);
        java.nio.file.Files.createDirectories(ReportRenderingIntegrationTests.ARTEFACTS);
        java.nio.file.Files.write(ReportRenderingIntegrationTests.ARTEFACTS.resolve("patent-navigation.pdf"), pdf);
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            text = flat(new PDFTextStripper().getText(doc));
        }
        byte[] docx = reports.render(r, ParkReports.Format.docx);
        java.nio.file.Files.write(ReportRenderingIntegrationTests.ARTEFACTS.resolve("patent-navigation.docx"), docx);
        String body;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            body = doc.getParagraphs().stream().map(XWPFParagraph::getText).reduce("", String::concat);
        }
        for (String heading :
                List.of("一、导航范围与数据", "二、全球、中国与本省态势", "三、产业链专利布局", "四、主要申请人", "五、前沿子领域", "六、存在问题", "七、发展建议")) {
            assertThat(text).contains(flat(heading));
            assertThat(body).contains(heading);
        }
        for (String s : sentences) {
            assertThat(text).contains(flat(s));
            assertThat(body).contains(s);
        }
        assertThat(reports.render(r, ParkReports.Format.xlsx)).isNotEmpty();
    }

    @Test
    void theReportIsIssuedForTheChainAskedForAndAnUnknownChainIsRefused() throws Exception {
        var analyst = httpBasic("a-analyst", TwoParks.PASSWORD);
        var response = mvc.perform(
                        get("/api/v1/parks/" + A + "/reports/patent-navigation?chain=" + CHAIN + "&format=docx")
                                .with(analyst))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(response.getHeader("Content-Disposition"))
                .contains(A + "-patent-navigation-" + CHAIN + "-2023.docx");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM issued_report WHERE park_code = ? AND template_id = 'patent-navigation'"
                                + " AND file_name = ?",
                        Integer.class,
                        A,
                        A + "-patent-navigation-" + CHAIN + "-2023.docx"))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_event WHERE entity = 'issued_report' AND park_code = ?",
                        Integer.class,
                        A))
                .isEqualTo(1);
        mvc.perform(get("/api/v1/parks/" + A + "/reports/patent-navigation?chain=no-such-chain&format=json")
                        .with(analyst))
                .andExpect(status().isBadRequest());
        // the console offers it with the chain choice (the year follows the patents, not the annual reports)
        String page = mvc.perform(get("/parks/" + A + "/reports").with(analyst))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("data-report-chain=\"patent-navigation\"").contains("value=\"" + CHAIN + "\"");
    }

    @Test
    void aNodeWithTheParksFirmsButNoPatentsIsAProblemAndAnAdviceToCultivatePatents() {
        ParkScope scope = ParkScope.park(A);
        String firm = parks.aFirm2.creditCode().value();
        chains.decide(scope, "a-analyst", A, CHAIN, firm, "pv-cell", "ADD", "测试：电池片企业");
        try {
            List<String> sentences = paragraphs(
                    reports.compose(scope, A, "patent-navigation", null, CHAIN).orElseThrow());
            assertThat(sentences)
                    .anySatisfy(s -> assertThat(s).isEqualTo("太阳能电池片：园区有1家企业布局该节点，但导航数据中没有园区企业在该节点的专利，该节点在数据池中也没有专利。"));
            assertThat(sentences).anySatisfy(s -> assertThat(s).startsWith("专利培育：太阳能电池片（1家企业）已有园区企业而无专利"));
        } finally {
            decisions.withdraw("a-analyst", A, firm, CHAIN, "pv-cell");
        }
    }

    @Test
    void anEmptyParkAndAChainWithoutPatentsSayMissingDataWithTheReason() {
        List<String> empty = paragraphs(reports.compose(ParkScope.park(EMPTY), EMPTY, "patent-navigation", null, CHAIN)
                .orElseThrow());
        assertThat(empty).anySatisfy(s -> assertThat(s).contains("数据缺失（本园区尚未导入专利数据"));
        assertThat(empty).noneSatisfy(s -> assertThat(s).containsPattern("申请0件|授权0件"));
        assertThat(empty).anySatisfy(s -> assertThat(s).isEqualTo("数据缺失（本园区尚未导入专利数据，可在专利导航页面或用 patent import 导入）。"));

        List<String> battery =
                paragraphs(reports.compose(ParkScope.park(A), A, "patent-navigation", null, "power-battery-nev")
                        .orElseThrow());
        assertThat(battery)
                .anySatisfy(
                        s -> assertThat(s).contains("数据缺失（本园区导入的8件专利中没有按标引规则归入").contains("的专利"));
        assertThat(battery).noneSatisfy(s -> assertThat(s).containsPattern("申请0件|授权0件"));
    }

    @Test
    void theComparisonWithPeerParksShowsTheirCountsNeverTheirPatentsOrApplicants() throws Exception {
        String api = mvc.perform(get("/api/v1/parks/" + A + "/patents/peers?chain=" + CHAIN)
                        .with(httpBasic("a-analyst", TwoParks.PASSWORD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String page = mvc.perform(
                        get("/parks/" + A + "/patents?chain=" + CHAIN).with(httpBasic("a-analyst", TwoParks.PASSWORD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        ComposedReport r = reports.compose(ParkScope.park(A), A, "patent-navigation", null, CHAIN)
                .orElseThrow();
        String report = flat(String.join("", paragraphs(r))
                + tables(r).stream()
                        .flatMap(t -> t.rows().stream())
                        .flatMap(List::stream)
                        .map(ComposedReport.Cell::text)
                        .reduce("", String::concat));
        // park B's counts are there: 2 patents, both on the inverter node
        assertThat(api).contains("\"park\":\"" + B + "\"").contains("\"patents\":2");
        assertThat(report).contains("常州");
        // the page sets park B's counts on the inverter node beside park A's: 6 filed, 3 granted, 33.3 % and 2, 0, 50 %
        assertThat(page).contains("申请 6 · 授权 3 · 园区企业占 33.3%").contains("申请 2 · 授权 0 · 园区企业占 50.0%");
        for (String secret : B_SECRETS) {
            assertThat(api).as("API").doesNotContain(secret);
            assertThat(page).as("page").doesNotContain(secret);
            assertThat(report).as("report").doesNotContain(secret);
        }
        // and park B's own users do see them in their own landscape (the fixture is tagged, so the test can fail)
        String own = mvc.perform(get("/api/v1/parks/" + B + "/patents/landscape?chain=" + CHAIN)
                        .with(httpBasic("b-analyst", TwoParks.PASSWORD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(own).contains("常州保密逆变科技有限公司");
        // another park's comparison is not park A's to ask for
        mvc.perform(get("/api/v1/parks/" + B + "/patents/peers?chain=" + CHAIN)
                        .with(httpBasic("a-analyst", TwoParks.PASSWORD)))
                .andExpect(status().isNotFound());
    }
}
