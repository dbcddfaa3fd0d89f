package org.innopark.app.report;

import java.util.ArrayList;
import java.util.List;
import org.innopark.engine.report.ComposedReport;

/** What the report tests read from a composed report: its paragraphs' sentences and its tables, in order. */
final class ComposedText {

    private ComposedText() {}

    /** The text without white space, as a PDF's extracted text compares with a sentence (lines break anywhere). */
    static String flat(String s) {
        return s.replaceAll("\\s+", "");
    }

    static List<String> paragraphs(ComposedReport r) {
        List<String> out = new ArrayList<>();
        blocks(r, ComposedReport.Paragraph.class).forEach(p -> out.add(p.text()));
        return out;
    }

    static List<ComposedReport.Table> tables(ComposedReport r) {
        return blocks(r, ComposedReport.Table.class);
    }

    private static <T extends ComposedReport.Block> List<T> blocks(ComposedReport r, Class<T> kind) {
        List<T> out = new ArrayList<>();
        r.chapters().stream()
                .flatMap(c -> c.sections().stream())
                .flatMap(s -> s.blocks().stream())
                .filter(kind::isInstance)
                .forEach(b -> out.add(kind.cast(b)));
        return out;
    }
}
