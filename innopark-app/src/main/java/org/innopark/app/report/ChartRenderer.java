package org.innopark.app.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.innopark.engine.report.ComposedReport;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Function;
import org.mozilla.javascript.ScriptableObject;

/**
 * Renders report charts to SVG on the server with the console's ECharts build (static/vendor/echarts-6.1.0) in Rhino
 * (ES6, interpreted: the bundle is too large to compile), following shared/docs/anchors-2.md §6: a {@code setTimeout}
 * shim, {@code ssr: true} and {@code renderToSVGString()}, every chart disposed after rendering (the known leak of
 * this pattern), and the {@code <style>} block SSR emits removed (Batik fails on its {@code :hover} rules).
 *
 * <p>Loading the library takes seconds, so one renderer is shared (a Spring bean); rendering is serialised, since a
 * Rhino scope is not safe for concurrent use.
 */
public final class ChartRenderer {

    private static final String ECHARTS = "/static/vendor/echarts-6.1.0/echarts.min.js";
    private static final Pattern STYLE = Pattern.compile("<style[^>]*>.*?</style>", Pattern.DOTALL);

    private static final String SHIM = "var globalThis = this; var self = this; var window = undefined;"
            + " var setTimeout = function () { return 0; }; var clearTimeout = function () {};"
            + " var console = {log: function () {}, warn: function () {}, error: function () {}};";

    private static final String RENDER = "(function (json, width, height) {"
            + " var chart = echarts.init(null, null, {renderer: 'svg', ssr: true, width: width, height: height});"
            + " try { chart.setOption(JSON.parse(json)); return chart.renderToSVGString(); }"
            + " finally { chart.dispose(); } })";

    private final ScriptableObject scope;
    private final Function render;

    public ChartRenderer() {
        ReportFonts.bytes();
        String library;
        try (InputStream in = ChartRenderer.class.getResourceAsStream(ECHARTS)) {
            if (in == null) {
                throw new IllegalStateException("the ECharts build is missing from the jar: " + ECHARTS);
            }
            library = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Context cx = enter()) {
            scope = cx.initStandardObjects();
            cx.evaluateString(scope, SHIM, "shim.js", 1, null);
            cx.evaluateString(scope, library, "echarts.min.js", 1, null);
            render = (Function) cx.evaluateString(scope, RENDER, "render.js", 1, null);
        }
    }

    private static Context enter() {
        Context cx = Context.enter();
        cx.setLanguageVersion(Context.VERSION_ES6);
        cx.setInterpretedMode(true);
        return cx;
    }

    /** The chart as an SVG document ready for Batik. */
    public synchronized String svg(ComposedReport.Chart chart, int width, int height) {
        return svg(ChartOptions.json(chart), width, height);
    }

    /** An ECharts option (JSON) as an SVG document ready for Batik. */
    public synchronized String svg(String optionJson, int width, int height) {
        try (Context cx = enter()) {
            Object out = render.call(cx, scope, scope, new Object[] {optionJson, width, height});
            return STYLE.matcher(Context.toString(out)).replaceAll("");
        }
    }
}
