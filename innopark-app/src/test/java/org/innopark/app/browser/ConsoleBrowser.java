package org.innopark.app.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium driven by Playwright: the browser is never downloaded ({@code PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD}),
 * the executable is {@code /usr/bin/chromium} (or {@code INNOPARK_CHROMIUM}). {@code .ci/run} installs it when missing.
 */
public final class ConsoleBrowser implements AutoCloseable {

    /** Where the tests keep their screenshots. */
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final Playwright playwright;
    private final Browser browser;

    public ConsoleBrowser() {
        Path executable = executable();
        if (!Files.isExecutable(executable)) {
            throw new IllegalStateException("Chromium not found at " + executable
                    + ": install Debian's chromium (apt-get install -y chromium fonts-wqy-microhei), as .ci/run does,"
                    + " or set INNOPARK_CHROMIUM");
        }
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(executable)
                        .setHeadless(true)
                        .setArgs(List.of("--no-sandbox", "--disable-dev-shm-usage")));
    }

    public static Path executable() {
        String configured = System.getenv("INNOPARK_CHROMIUM");
        return Path.of(configured == null || configured.isBlank() ? "/usr/bin/chromium" : configured);
    }

    /** A fresh session (its own cookies) with a desktop-sized window, Chinese preferred. */
    public Page newPage(String locale) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(1440, 900)
                .setLocale(locale)
                .setDeviceScaleFactor(1));
        context.setDefaultTimeout(20_000);
        return context.newPage();
    }

    /** Signs in through the login form and waits for the landing page. */
    public static void signIn(Page page, String baseUrl, String username, String password) {
        page.navigate(baseUrl + "/login");
        page.locator("#username").fill(username);
        page.locator("#password").fill(password);
        page.locator("form button[type=submit]").click();
        page.waitForURL(url -> !url.contains("/login"));
    }

    /** Saves a full-page screenshot under {@link #SCREENSHOTS}. */
    public static Path screenshot(Page page, String name) {
        Path file = SCREENSHOTS.resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
