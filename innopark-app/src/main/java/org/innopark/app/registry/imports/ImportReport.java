package org.innopark.app.registry.imports;

import java.util.List;
import java.util.Locale;

/**
 * The outcome of one import: accepted (everything written in one transaction) or rejected (nothing written), with
 * what was written per table and every error found (the first {@link #MAX_ERRORS} listed, all counted).
 *
 * @param id the import's entry in the import history
 * @param rows the data rows read (the header rows not counted)
 */
public record ImportReport(
        Long id,
        String fileName,
        String sha256,
        Status status,
        List<TableCounts> tables,
        long rows,
        long inserted,
        long updated,
        long unchanged,
        long errorCount,
        List<ImportError> errors) {

    /** Errors listed in a report; the rest are counted only. */
    public static final int MAX_ERRORS = 1000;

    public enum Status {
        /** 已导入: every row was valid and has been written. */
        ACCEPTED,
        /** 已拒绝: at least one error; nothing was written. */
        REJECTED
    }

    /** What one table (sheet) of the file held and what writing it did. */
    public record TableCounts(String table, String sheet, long rows, long inserted, long updated, long unchanged) {}

    public ImportReport {
        tables = List.copyOf(tables);
        errors = List.copyOf(errors);
    }

    public boolean accepted() {
        return status == Status.ACCEPTED;
    }

    /** Whether more errors were found than are listed. */
    public boolean errorsTruncated() {
        return errorCount > errors.size();
    }

    /** One line saying what happened, in the reader's language. */
    public String summary(Locale locale) {
        boolean en = locale != null && "en".equals(locale.getLanguage());
        if (accepted()) {
            return en
                    ? "Imported " + rows + " rows: " + inserted + " inserted, " + updated + " updated, " + unchanged
                            + " unchanged"
                    : "已导入" + rows + "行:新增" + inserted + "行,更新" + updated + "行,未变" + unchanged + "行";
        }
        String listed = errorsTruncated()
                ? (en ? " (the first " + errors.size() + " are listed)" : "(列出前" + errors.size() + "个)")
                : "";
        return en
                ? "Rejected: " + errorCount + " errors" + listed + "; nothing was written"
                : "文件被拒绝:共" + errorCount + "个错误" + listed + ",未写入任何数据";
    }
}
