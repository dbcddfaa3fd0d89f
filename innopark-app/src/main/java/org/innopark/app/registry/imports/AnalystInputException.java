package org.innopark.app.registry.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An analyst's input file rejected: every problem found (the first {@link ImportReport#MAX_ERRORS} listed, all
 * counted), each where the user sees it, as an import reports them. Nothing was computed from the file.
 */
public class AnalystInputException extends RuntimeException {

    private final String fileName;
    private final List<ImportError> errors;
    private final long total;

    AnalystInputException(String fileName, List<ImportError> errors, long total) {
        super(fileName + ": " + total + " errors; first: "
                + (errors.isEmpty() ? "" : errors.get(0).describe(Locale.ENGLISH)));
        this.fileName = fileName;
        this.errors = List.copyOf(errors);
        this.total = total;
    }

    public String fileName() {
        return fileName;
    }

    public List<ImportError> errors() {
        return errors;
    }

    /** Every error found, also those not listed. */
    public long total() {
        return total;
    }

    /** The report as the command line prints it: what happened, then one error a line. */
    public List<String> report(Locale locale) {
        boolean en = locale != null && "en".equals(locale.getLanguage());
        List<String> lines = new ArrayList<>();
        lines.add(
                en
                        ? fileName + " rejected: " + total + " errors; nothing was computed"
                        : fileName + " 被拒绝:共" + total + "个错误,未计算任何结果");
        lines.add(en ? "errors (sheet row column value: message):" : "错误(工作表 行 列 值: 说明):");
        for (ImportError e : errors) {
            lines.add("  " + e.describe(locale));
        }
        if (total > errors.size()) {
            lines.add(en ? "  … " + total + " errors in all" : "  … 共 " + total + " 个错误");
        }
        return lines;
    }

    /** One listed error as an API answers it. */
    public record Problem(String sheet, int row, String column, String value, String messageZh, String messageEn) {}

    /** The body of an API's 422 answer: the file and every listed error by sheet, row and column. */
    public Map<String, Object> answer() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("file", fileName);
        body.put(
                "errors",
                errors.stream()
                        .map(x -> new Problem(x.sheet(), x.row(), x.column(), x.value(), x.messageZh(), x.messageEn()))
                        .toList());
        return body;
    }
}
