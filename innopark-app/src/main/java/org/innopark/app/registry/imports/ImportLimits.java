package org.innopark.app.registry.imports;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * The most an import reads, so that a file can neither exhaust the server's memory nor keep it busy for long: each
 * limit is checked while the file is streamed, and the first one exceeded stops the reading with an error that names
 * it. Configured by {@code innopark.import.max-*} (see application.properties).
 *
 * @param columns cells in one row (a table has at most a few dozen columns)
 * @param rows data rows of the whole file (the import keeps every row's key to find duplicates)
 * @param cellChars characters in one cell: Excel's own limit by default
 * @param sharedStrings distinct strings of a workbook (held in memory while its sheets are read)
 * @param sharedStringChars characters of all those strings together
 * @param unzippedBytes bytes of the workbook's XML read after decompression, all parts together
 */
public record ImportLimits(
        int columns, long rows, int cellChars, long sharedStrings, long sharedStringChars, long unzippedBytes) {

    public static final int DEFAULT_COLUMNS = 1_000;
    public static final long DEFAULT_ROWS = 3_000_000;
    public static final int DEFAULT_CELL_CHARS = 32_767;
    public static final long DEFAULT_SHARED_STRINGS = 2_000_000;
    public static final long DEFAULT_SHARED_STRING_CHARS = 100_000_000;
    public static final long DEFAULT_UNZIPPED_BYTES = 4L * 1024 * 1024 * 1024;

    public static final ImportLimits DEFAULT = new ImportLimits(
            DEFAULT_COLUMNS,
            DEFAULT_ROWS,
            DEFAULT_CELL_CHARS,
            DEFAULT_SHARED_STRINGS,
            DEFAULT_SHARED_STRING_CHARS,
            DEFAULT_UNZIPPED_BYTES);

    public ImportLimits {
        if (columns < 1
                || rows < 1
                || cellChars < 1
                || sharedStrings < 1
                || sharedStringChars < 1
                || unzippedBytes < 1) {
            throw new IllegalArgumentException("import limits must be positive");
        }
    }

    /** Thrown by the readers when a limit is exceeded; the import reports it as the file's error. */
    static final class Exceeded extends org.innopark.engine.registry.InvalidValueException {

        private final int row;

        Exceeded(int row, String zh, String en) {
            super(zh, en);
            this.row = row;
        }

        /** The row at which the limit was exceeded, 0 when it is the file's. */
        int row() {
            return row;
        }
    }

    Exceeded tooManyColumns(int row) {
        return new Exceeded(
                row,
                "第" + row + "行超过" + n(columns) + "个单元格(每行最多" + n(columns) + "列)",
                "row " + row + " has more than " + n(columns) + " cells (the limit is " + n(columns)
                        + " columns per row)");
    }

    Exceeded tooManyRows(int row) {
        return new Exceeded(
                row,
                "文件超过" + n(rows) + "个数据行(每次导入最多" + n(rows) + "行),请分成几个文件导入",
                "the file has more than " + n(rows) + " data rows (the limit of one import); split it into several"
                        + " files");
    }

    Exceeded cellTooLong(int row) {
        return new Exceeded(
                row,
                "第" + row + "行有单元格超过" + n(cellChars) + "个字符(每个单元格最多" + n(cellChars) + "个字符)",
                "a cell of row " + row + " is longer than " + n(cellChars) + " characters (the limit per cell)");
    }

    /** A CSV field the parser could not end within its buffer: a huge cell, or a quote that is never closed. */
    Exceeded cellTooLongOrQuoteOpen(int row) {
        return new Exceeded(
                row,
                "第" + row + "行起有单元格超过" + n(cellChars) + "个字符(每个单元格最多" + n(cellChars) + "个字符),或引号未闭合",
                "from row " + row + " a cell is longer than " + n(cellChars)
                        + " characters (the limit per cell), or a quote is not closed");
    }

    Exceeded tooManySharedStrings() {
        return new Exceeded(
                0,
                "工作簿的不同文本超过" + n(sharedStrings) + "个或共超过" + n(sharedStringChars) + "个字符(导入上限),请分成几个文件导入",
                "the workbook holds more than " + n(sharedStrings) + " distinct texts or more than "
                        + n(sharedStringChars) + " characters of text (the import's limits); split it into several"
                        + " files");
    }

    Exceeded textTooLong() {
        return new Exceeded(
                0,
                "工作簿中有文本超过" + n(cellChars) + "个字符(每个单元格最多" + n(cellChars) + "个字符)",
                "a text of the workbook is longer than " + n(cellChars) + " characters (the limit per cell)");
    }

    Exceeded tooLargeUnzipped() {
        return new Exceeded(
                0,
                "工作簿解压后超过" + mib(unzippedBytes) + "(导入上限),请分成几个文件导入",
                "the workbook is larger than " + mib(unzippedBytes) + " when decompressed (the import's limit); split"
                        + " it into several files");
    }

    private static String n(long value) {
        return NumberFormat.getIntegerInstance(Locale.ROOT).format(value);
    }

    private static String mib(long bytes) {
        return n(bytes / (1024 * 1024)) + " MiB";
    }
}
