package org.innopark.app.registry.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.innopark.engine.registry.InvalidValueException;

/**
 * Collects every error of a file: all are counted, the first {@code cap} are kept, in sheet and row order. Errors
 * come from the reading thread and from the writer's reference checks, hence the locking.
 */
final class ErrorLog {

    private final int cap;
    private final List<ImportError> kept = new ArrayList<>();
    private final Map<String, Integer> sheetOrder = new HashMap<>();
    private long total;

    ErrorLog(int cap) {
        this.cap = cap;
    }

    synchronized void sheet(String sheet) {
        sheetOrder.putIfAbsent(sheet, sheetOrder.size());
    }

    synchronized void add(String sheet, int row, String column, String value, String zh, String en) {
        total++;
        if (kept.size() < cap) {
            kept.add(new ImportError(sheet, row, column, value, zh, en));
        }
    }

    void add(String sheet, int row, String column, String value, InvalidValueException e) {
        add(sheet, row, column, value, e.messageZh(), e.messageEn());
    }

    synchronized long total() {
        return total;
    }

    synchronized boolean isEmpty() {
        return total == 0;
    }

    /** The kept errors: file-level first, then by sheet (in file order) and row. */
    synchronized List<ImportError> sorted() {
        List<ImportError> list = new ArrayList<>(kept);
        list.sort(Comparator.comparingInt(
                        (ImportError e) -> e.sheet() == null ? -1 : sheetOrder.getOrDefault(e.sheet(), 0))
                .thenComparingInt(ImportError::row));
        return list;
    }
}
