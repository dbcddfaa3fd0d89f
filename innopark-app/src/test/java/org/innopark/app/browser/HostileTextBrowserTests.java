package org.innopark.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.innopark.app.demo.DemoLoader;
import org.innopark.app.registry.RegistryVersion;
import org.innopark.app.security.Accounts;
import org.innopark.app.support.DemoRegistry;
import org.innopark.app.support.TestAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hostile text stored in every text field that reaches a page (park, sub-park, enterprise, platform, carrier, talent,
 * project and contract names, an index figure's source, an uploaded file's name and its bad cells) must be shown as
 * text on every console page and in every chart's tooltip, never run. A page fails the test when a payload ran
 * ({@code window.__xss} set) or when the browser reported a Content-Security-Policy violation (something tried to
 * run that the page did not send with its nonce).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:innopark-hostile;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
            "innopark.admin-password=" + TestAccounts.ADMIN_PASSWORD,
            "logging.level.root=WARN"
        })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileTextBrowserTests {

    /** Markup that runs when a page or a tooltip puts it into the DOM as HTML, or ends an inline script early. */
    static final String IMG = "<img src=x onerror=window.__xss='img'>";

    static final String SCRIPT = "</script><script>window.__xss='script'</script>";
    static final String ATTRIBUTE = "\"><svg onload=window.__xss='svg'>";
    static final String JS_STRING = "'\";window.__xss='js';//";

    /** A park name of at most 100 characters holding every payload. */
    static final String PARK_NAME = "园区" + IMG + SCRIPT;

    static final String HOSTILE = "企业" + IMG + SCRIPT + ATTRIBUTE + JS_STRING;

    /** Records every CSP violation and lets a payload's effect be seen, before any page script runs. */
    static final String WATCH = "window.__csp = [];"
            + "document.addEventListener('securitypolicyviolation', function (e) {"
            + "  window.__csp.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || ''));"
            + "});";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DemoLoader loader;

    @Autowired
    Accounts accounts;

    @Autowired
    RegistryVersion version;

    @Autowired
    PlatformTransactionManager transactions;

    ConsoleBrowser browser;

    @BeforeAll
    void hostileRegistry() {
        browser = new ConsoleBrowser();
        DemoRegistry.ensureLoaded(jdbc, loader, accounts);
        jdbc.update("UPDATE park SET name = ? WHERE code = 'CCHTZ'", PARK_NAME);
        // Another park too: the index ranks every park, and another park's administrator sees their names.
        jdbc.update("UPDATE park SET name = ? WHERE code = 'CZHTZ'", "常州" + IMG + SCRIPT);
        jdbc.update("UPDATE sub_park SET name = ? || code", "分园" + IMG + SCRIPT);
        jdbc.update("UPDATE enterprise SET name = ? || credit_code WHERE park_code IN ('CCHTZ', 'CZHTZ')", HOSTILE);
        // Names are parts of keys: the stored name stays at the end to keep them distinct.
        jdbc.update("UPDATE innovation_platform SET name = ? || name, host_name = ?", HOSTILE, HOSTILE);
        jdbc.update("UPDATE carrier SET name = ? || name", HOSTILE);
        jdbc.update("UPDATE talent SET name = ? || name", "人" + IMG);
        jdbc.update("UPDATE attraction_project SET name = ? || name, investor_name = ?", HOSTILE, HOSTILE);
        jdbc.update("UPDATE tech_contract SET seller_name = ?, buyer_name = ?", HOSTILE, HOSTILE);
        jdbc.update("DELETE FROM park_figure");
        jdbc.update(
                "INSERT INTO park_figure (park_code, figure_key, figure_year, figure_value, source) VALUES"
                        + " ('CCHTZ', 'gdp', ?, 100, ?)",
                DemoRegistry.YEAR,
                (HOSTILE + "fetch('/api/v1/index/figures').then(r=>r.text()).then(eval)").substring(0, 200));
        new TransactionTemplate(transactions).executeWithoutResult(tx -> version.bump());
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    String base() {
        return "http://localhost:" + port;
    }

    Page signIn(String user, String password) {
        Page page = browser.newPage("zh-CN");
        page.context().addInitScript(WATCH);
        ConsoleBrowser.signIn(page, base(), user, password);
        return page;
    }

    @Test
    void aSystemAdministratorSeesHostileNamesAsTextOnEveryPageAndInEveryTooltip(@TempDir Path dir) throws Exception {
        Page page = signIn("admin", TestAccounts.ADMIN_PASSWORD);
        String firm = DemoRegistry.YUANYU;
        for (String url : List.of(
                "/",
                "/parks/CCHTZ",
                "/parks/CCHTZ/enterprises",
                "/parks/CCHTZ/enterprises?q=" + java.net.URLEncoder.encode("企业", StandardCharsets.UTF_8),
                "/enterprises/" + firm,
                "/enterprises/" + firm + "/reports/" + DemoRegistry.YEAR + "/edit",
                "/parks/CCHTZ/ladder",
                "/parks/CCHTZ/points",
                "/index",
                "/index?park=CCHTZ",
                "/index?park=CZHTZ",
                "/imports",
                "/admin/users",
                "/admin/users/" + DemoRegistry.CC_ANALYST,
                "/admin/audit",
                "/account/password",
                "/no-such-page")) {
            visit(page, url);
        }
        page.navigate(base() + "/parks/CCHTZ");
        // The name is shown as it is stored: as text.
        assertThat(page.locator("h1")).containsText(IMG);

        page.navigate(base() + "/parks/CCHTZ/ladder");
        Locator tabs = page.locator(".tabs a");
        for (int i = 0; i < tabs.count(); i++) {
            tabs.nth(i).click();
            page.waitForLoadState();
            assertThat(page.locator("#candidates")).not().containsText("正在计算");
            hoverCharts(page);
            assertClean(page, "/parks/CCHTZ/ladder tab " + i);
        }
        page.locator("#flow-assessed").click();
        hoverCharts(page);
        assertClean(page, "/parks/CCHTZ/ladder assessed flow");

        page.navigate(base() + "/parks/CCHTZ/enterprises");
        page.locator("#q").fill(IMG);
        page.waitForTimeout(800);
        assertClean(page, "/parks/CCHTZ/enterprises typed search");

        // An upload whose file name and rejected cells are hostile: the job page, its progress and its errors.
        Path bad = dir.resolve("年报" + IMG.replace('/', '_') + ".csv");
        Files.writeString(
                bad,
                "统一社会信用代码,年度,从业人员(职工总数)\n" + IMG + "," + DemoRegistry.YEAR + "," + SCRIPT + "\n",
                StandardCharsets.UTF_8);
        page.navigate(base() + "/imports");
        page.locator("#file").setInputFiles(bad);
        page.locator("#table").selectOption("annual_report");
        page.locator("#upload-form button[type=submit]").click();
        assertThat(page.locator("#import-summary")).containsText("拒绝");
        assertThat(page.locator("#import-errors")).containsText(SCRIPT);
        assertClean(page, "import job");
        visit(page, "/imports");
        visit(page, "/admin/audit");
        page.context().close();
    }

    @Test
    void anotherParksAdministratorAndAnEnterpriseUserSeeThemAsTextToo() {
        Page cz = signIn(DemoRegistry.CC_ADMIN, DemoRegistry.PASSWORD);
        for (String url : List.of("/", "/parks/CCHTZ", "/parks/CCHTZ/points", "/index", "/admin/users")) {
            visit(cz, url);
        }
        cz.context().close();
        Page firm = signIn(DemoRegistry.YUANYU_USER, DemoRegistry.PASSWORD);
        for (String url : List.of("/", "/enterprises/" + DemoRegistry.YUANYU, "/index")) {
            visit(firm, url);
        }
        firm.context().close();
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
        java.net.http.HttpResponse<String> login = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(base() + "/login"))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
        String cookie = login.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow();
        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
        // Served over plain HTTP here: Secure is added by Tomcat only to requests that came over TLS.
        assertThat(cookie).doesNotContainIgnoringCase("Secure");
    }

    /** Opens the page, waits for its charts, moves over them and shows every tooltip, then checks nothing ran. */
    void visit(Page page, String url) {
        page.navigate(base() + url);
        page.waitForLoadState();
        hoverCharts(page);
        assertClean(page, url);
    }

    void hoverCharts(Page page) {
        Locator charts = page.locator("[data-chart-ready=true]");
        // Charts are drawn after DOMContentLoaded; give the deferred scripts a moment when a page has chart holders.
        if (page.locator(".chart").count() > 0) {
            page.waitForFunction("() => document.querySelectorAll('.chart').length"
                    + " <= document.querySelectorAll('[data-chart-ready=true]').length");
        }
        for (int i = 0; i < charts.count(); i++) {
            Locator chart = charts.nth(i);
            chart.scrollIntoViewIfNeeded();
            // Every data item's tooltip, through ECharts' own action.
            page.evaluate(
                    "el => { var c = echarts.getInstanceByDom(el); if (!c) return;"
                            + " var o = c.getOption();"
                            + " (o.series || []).forEach(function (s, si) {"
                            + "   var n = Math.min(((s.data || []).length) || 0, 60);"
                            + "   for (var d = 0; d < n; d++) {"
                            + "     c.dispatchAction({type: 'showTip', seriesIndex: si, dataIndex: d});"
                            + "   }"
                            + "   ((s.nodes || []).concat(s.links || [])).slice(0, 40).forEach(function (x, d) {"
                            + "     c.dispatchAction({type: 'showTip', seriesIndex: si, dataIndex: d});"
                            + "   });"
                            + " }); }",
                    chart.elementHandle());
            // And the mouse over a grid of points, as a user would hover.
            BoundingBox box = chart.boundingBox();
            if (box != null) {
                for (double fx = 0.05; fx < 1; fx += 0.1) {
                    for (double fy = 0.05; fy < 1; fy += 0.15) {
                        page.mouse().move(box.x + box.width * fx, box.y + box.height * fy);
                    }
                }
            }
        }
    }

    void assertClean(Page page, String where) {
        page.waitForTimeout(100);
        Object ran = page.evaluate("() => window.__xss === undefined ? null : String(window.__xss)");
        assertThat(ran).as("a payload ran on " + where).isNull();
        @SuppressWarnings("unchecked")
        List<Object> violations = new ArrayList<>((List<Object>) page.evaluate("() => window.__csp || []"));
        assertThat(violations).as("CSP violations on " + where).isEmpty();
    }
}
