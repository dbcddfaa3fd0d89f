package org.innopark.app.registry.imports;

/** Recognises the table of a file without a table name from its header row: the table matching most headers. */
final class TableRecognition {

    private TableRecognition() {}

    /** The table whose columns match most of the headers, or null when none matches any. */
    static TableSpec byHeaders(String[] headers) {
        TableSpec best = null;
        int bestScore = 0;
        for (TableSpec spec : TableSpecs.ALL) {
            HeaderMapping m = HeaderMapping.map(spec, headers);
            int score = m.matched * 2 - (m.problems.isEmpty() ? 0 : 1);
            if (score > bestScore) {
                best = spec;
                bestScore = score;
            }
        }
        return best;
    }

    /** Sheets that are not data: a template's instructions and example, an annotated file's error list. */
    static boolean isAuxiliarySheet(String name) {
        String n = name.strip();
        return n.startsWith("填写说明")
                || n.startsWith("示例")
                || n.equals("说明")
                || n.startsWith("错误清单")
                || n.equalsIgnoreCase("instructions")
                || n.equalsIgnoreCase("example")
                || n.equalsIgnoreCase("errors");
    }
}
