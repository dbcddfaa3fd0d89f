package org.innopark.app.browser;

import com.microsoft.playwright.Page;

/**
 * Screenshots of pages of a running console, for looking at them by hand while developing:
 * {@code ScreenshotTour http://localhost:8080 admin PASSWORD /parks/CCHTZ /parks/CCHTZ/ladder ...}.
 */
public final class ScreenshotTour {

    private ScreenshotTour() {}

    public static void main(String[] args) {
        String base = args[0];
        try (ConsoleBrowser browser = new ConsoleBrowser()) {
            for (String lang : new String[] {"zh-CN"}) {
                Page page = browser.newPage(lang);
                ConsoleBrowser.signIn(page, base, args[1], args[2]);
                for (int i = 3; i < args.length; i++) {
                    page.navigate(base + args[i]);
                    page.waitForLoadState();
                    page.waitForTimeout(1500);
                    String name = "tour" + args[i].replaceAll("[^A-Za-z0-9]+", "-");
                    if (System.getenv("TOUR_VIEWPORT") != null) {
                        java.nio.file.Path file = ConsoleBrowser.SCREENSHOTS.resolve(name + "-top.png");
                        page.screenshot(new Page.ScreenshotOptions().setPath(file));
                        System.out.println(file.toAbsolutePath());
                    } else {
                        System.out.println(ConsoleBrowser.screenshot(page, name).toAbsolutePath());
                    }
                }
            }
        }
    }
}
