package org.innopark.app.index;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A CSV file that cannot be read as asked; every problem names the row (as a spreadsheet numbers it, the header
 * being row 1) and the column, in Chinese and English. Nothing is half-read.
 */
public class CsvInputException extends RuntimeException {

    /** The most problems listed before reading stops. */
    static final int MAX_PROBLEMS = 20;

    private final String fileName;
    private final List<Problem> problems;

    public CsvInputException(String fileName, List<Problem> problems) {
        super(fileName + ": " + problems.stream().map(Problem::toString).collect(Collectors.joining("\n  ")));
        this.fileName = fileName;
        this.problems = List.copyOf(problems);
    }

    public String fileName() {
        return fileName;
    }

    public List<Problem> problems() {
        return problems;
    }

    /**
     * One problem.
     *
     * @param row the spreadsheet row (header = 1), 0 when about the whole file
     * @param column the column as a spreadsheet letter and header name, e.g. {@code C (value)}; empty for a row
     * @param message what is wrong and what would be valid, zh / en
     */
    public record Problem(int row, String column, String message) {

        @Override
        public String toString() {
            String where = row == 0 ? "" : "第 " + row + " 行 / row " + row;
            if (!column.isEmpty()) {
                where += (where.isEmpty() ? "" : ", ") + "列 / column " + column;
            }
            return where.isEmpty() ? message : where + ": " + message;
        }
    }

    /** Spreadsheet letters of a zero-based column index: 0 → A, 26 → AA. */
    static String letters(int index) {
        StringBuilder s = new StringBuilder();
        for (int i = index; i >= 0; i = i / 26 - 1) {
            s.insert(0, (char) ('A' + i % 26));
        }
        return s.toString();
    }
}
