package org.innopark.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.innopark.app.demo.DemoLoader;
import org.innopark.app.security.Accounts;
import org.innopark.app.support.DemoRegistry;
import org.innopark.app.support.TestAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The console in a real browser (Debian's Chromium through Playwright) on a running server with the demo registry:
 * what a park official does in a day, and what every role may see. Screenshots of the main pages are kept under
 * {@code innopark-app/target/screenshots}. CI installs Chromium ({@code .ci/run}); without it these tests fail with
 * a message saying how to install it, they never skip.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:innopark-browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
            "innopark.admin-password=" + TestAccounts.ADMIN_PASSWORD,
            TestAccounts.CHEAP_BCRYPT,
            "logging.level.root=WARN"
        })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DemoLoader loader;

    @Autowired
    Accounts accounts;

    ConsoleBrowser browser;

    @BeforeAll
    void startBrowser() {
        browser = new ConsoleBrowser();
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void demo() {
        DemoRegistry.ensureLoaded(jdbc, loader, accounts);
    }

    String base() {
        return "http://localhost:" + port;
    }

    Page signIn(String user, String password) {
        Page page = browser.newPage("zh-CN");
        ConsoleBrowser.signIn(page, base(), user, password);
        return page;
    }

    @Test
    void anOfficialOpensTheDashboardSearchesAnEnterpriseAndOpensItsProfile() {
        Page page = signIn("admin", TestAccounts.ADMIN_PASSWORD);
        assertThat(page.locator("h1")).containsText("欢迎");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("长春高新技术产业开发区"))
                .click();
        page.waitForURL("**/parks/CCHTZ");
        assertThat(page.locator(".kpi").first()).containsText("报送年报企业");
        page.locator("#chart-funnel[data-chart-ready=true] canvas").waitFor();
        page.locator("#chart-industries[data-chart-ready=true] canvas").waitFor();
        ConsoleBrowser.screenshot(page, "01-overview");

        page.locator("nav.mainnav")
                .getByText("企业", new com.microsoft.playwright.Locator.GetByTextOptions().setExact(true))
                .click();
        page.waitForURL("**/parks/CCHTZ/enterprises");
        page.locator("#q").fill("ccyy");
        // htmx swaps the results in place as the user types.
        assertThat(page.locator("#enterprise-table")).containsText(DemoRegistry.YUANYU_NAME);
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*q=ccyy.*"));
        ConsoleBrowser.screenshot(page, "02-enterprise-search");

        page.locator("#enterprise-table").getByText(DemoRegistry.YUANYU_NAME).click();
        page.waitForURL("**/enterprises/" + DemoRegistry.YUANYU);
        assertThat(page.locator("h1")).hasText(DemoRegistry.YUANYU_NAME);
        assertThat(page.locator("#annual-table")).containsText("营业收入");
        assertThat(page.locator("#verdicts")).containsText("高新技术企业认定");
        page.locator("#chart-enterprise[data-chart-ready=true] canvas").waitFor();
        ConsoleBrowser.screenshot(page, "03-enterprise-profile");

        for (String[] shot : new String[][] {
            {"/parks/CCHTZ/ladder", "#chart-flow", "04-ladder"},
            {"/parks/CCHTZ/points", "#chart-histogram", "05-points"},
            {"/index", "#chart-radar", "06-index"}
        }) {
            page.navigate(base() + shot[0]);
            page.locator(shot[1] + "[data-chart-ready=true] canvas").waitFor();
            if (shot[0].endsWith("/ladder")) {
                // The first scheme's candidates are loaded by htmx once the page is shown.
                assertThat(page.locator("#candidates")).containsText("候选企业");
            }
            ConsoleBrowser.screenshot(page, shot[2]);
        }

        page.navigate(base() + "/parks/CCHTZ?lang=en");
        assertThat(page.locator(".kpi").first()).containsText("Enterprises reporting");
        ConsoleBrowser.screenshot(page, "07-overview-english");
        page.context().close();
    }

    @Test
    void aBadFileShowsItsErrorsAndAGoodFileChangesTheNumbers(@TempDir Path dir) throws Exception {
        Page page = signIn(DemoRegistry.CC_ANALYST, DemoRegistry.PASSWORD);
        page.waitForURL("**/parks/CCHTZ");

        Path bad = dir.resolve("年报-有误.csv");
        Files.writeString(
                bad,
                "统一社会信用代码,年度,从业人员(职工总数)\n" + DemoRegistry.YUANYU + "," + DemoRegistry.YEAR + ",-5\n",
                StandardCharsets.UTF_8);
        page.navigate(base() + "/imports");
        page.locator("#file").setInputFiles(bad);
        page.locator("#table").selectOption("annual_report");
        page.locator("#upload-form button[type=submit]").click();
        assertThat(page.locator("#import-summary")).containsText("拒绝");
        assertThat(page.locator("#import-errors")).containsText("从业人员");
        assertThat(page.locator("#import-errors")).containsText("-5");
        ConsoleBrowser.screenshot(page, "08-import-rejected");

        long employees = 4321;
        Path good = dir.resolve("年报.csv");
        Files.writeString(
                good,
                "统一社会信用代码,年度,从业人员(职工总数)\n" + DemoRegistry.YUANYU + "," + DemoRegistry.YEAR + "," + employees + "\n",
                StandardCharsets.UTF_8);
        page.navigate(base() + "/imports");
        page.locator("#file").setInputFiles(good);
        page.locator("#table").selectOption("annual_report");
        page.locator("#upload-form button[type=submit]").click();
        assertThat(page.locator("#import-summary")).containsText("已导入");
        ConsoleBrowser.screenshot(page, "09-import-accepted");

        page.navigate(base() + "/enterprises/" + DemoRegistry.YUANYU);
        assertThat(page.locator("#annual-table")).containsText("4,321");
        page.navigate(base() + "/imports");
        assertThat(page.locator("#import-history")).containsText("年报.csv");
        page.context().close();
    }

    @Test
    void everyRoleSeesOnlyWhatItMay() {
        Page cz = signIn(DemoRegistry.CZ_ANALYST, DemoRegistry.PASSWORD);
        cz.waitForURL("**/parks/CZHTZ");
        assertThat(cz.locator("#park-switch")).hasCount(0);
        cz.navigate(base() + "/parks/CZHTZ/enterprises?q=" + DemoRegistry.YUANYU_NAME);
        assertThat(cz.locator("#results")).not().containsText(DemoRegistry.YUANYU_NAME);
        for (String url : new String[] {"/parks/CCHTZ", "/enterprises/" + DemoRegistry.YUANYU}) {
            cz.navigate(base() + url);
            assertThat(cz.locator("body")).containsText("页面不存在");
            assertThat(cz.locator("body")).not().containsText(DemoRegistry.YUANYU_NAME);
        }
        cz.context().close();

        Page firm = signIn(DemoRegistry.YUANYU_USER, DemoRegistry.PASSWORD);
        firm.waitForURL("**/enterprises/" + DemoRegistry.YUANYU);
        assertThat(firm.locator("nav.mainnav")).not().containsText("园区概览");
        assertThat(firm.locator("nav.mainnav")).containsText("本企业");
        firm.navigate(base() + "/enterprises/" + DemoRegistry.JUZHENG);
        assertThat(firm.locator("body")).containsText("页面不存在");
        firm.navigate(base() + "/parks/CCHTZ");
        assertThat(firm.locator("body")).containsText("页面不存在");
        firm.context().close();

        Page bank = signIn(DemoRegistry.CC_BANK, DemoRegistry.PASSWORD);
        assertThat(bank.locator("main")).containsText("创新积分贷白名单");
        bank.navigate(base() + "/parks/CCHTZ");
        assertThat(bank.locator("body")).containsText("无权");
        bank.context().close();

        Page admin = signIn("admin", TestAccounts.ADMIN_PASSWORD);
        assertThat(admin.locator("#park-switch option")).hasCount(8);
        admin.context().close();
    }

    @Test
    void anAnalystDownloadsTheAnnualBulletinAsPdfAndWordAndSeesItIssued() throws Exception {
        Page page = signIn(DemoRegistry.CC_ANALYST, DemoRegistry.PASSWORD);
        page.waitForURL("**/parks/CCHTZ");
        page.navigate(base() + "/parks/CCHTZ/reports");
        assertThat(page.locator("#report-templates")).containsText("统计公报");
        ConsoleBrowser.screenshot(page, "10-reports");

        com.microsoft.playwright.Locator pdfLink = page.locator(
                        "a[data-report^='annual-bulletin-'][data-report$='-pdf']")
                .first();
        String year = pdfLink.getAttribute("data-report").replaceAll("\\D", "");
        // The first report of a server renders its charts cold: allow it the time it takes on a loaded machine.
        com.microsoft.playwright.Download pdf =
                page.waitForDownload(new Page.WaitForDownloadOptions().setTimeout(180_000), pdfLink::click);
        assertThat(pdf.failure()).isNull();
        assertThat(pdf.suggestedFilename()).endsWith(".pdf");
        String text;
        try (org.apache.pdfbox.pdmodel.PDDocument doc =
                org.apache.pdfbox.Loader.loadPDF(pdf.path().toFile())) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", "");
        }
        assertThat(text).contains("长春高新技术产业开发区").contains(year + "年");

        com.microsoft.playwright.Download word = page.waitForDownload(
                new Page.WaitForDownloadOptions().setTimeout(180_000),
                () -> page.locator("a[data-report='annual-bulletin-" + year + "-docx']")
                        .click());
        assertThat(word.suggestedFilename()).endsWith(".docx");
        try (org.apache.poi.xwpf.usermodel.XWPFDocument doc =
                new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(word.path()))) {
            String body = doc.getParagraphs().stream()
                    .map(org.apache.poi.xwpf.usermodel.XWPFParagraph::getText)
                    .reduce("", String::concat);
            assertThat(body).contains("长春高新技术产业开发区");
            assertThat(doc.getCharts()).isNotEmpty();
        }

        page.navigate(base() + "/parks/CCHTZ/reports");
        assertThat(page.locator("#report-history")).containsText("annual-bulletin");
        assertThat(page.locator("#report-history")).containsText("pdf");
        assertThat(page.locator("#report-history")).containsText("docx");
        page.context().close();
    }

    @Test
    void theBrowserRunsTheVendoredLibraries() {
        Page page = signIn(DemoRegistry.CC_ANALYST, DemoRegistry.PASSWORD);
        Object versions = page.evaluate("() => [window.echarts && echarts.version, window.htmx && htmx.version]");
        assertThat(versions.toString()).contains("6.1.0").contains("2.0.8");
        page.context().close();
    }
}
