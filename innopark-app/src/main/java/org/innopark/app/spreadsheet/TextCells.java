package org.innopark.app.spreadsheet;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Text cells of one workbook that a spreadsheet program never reads as a formula. Text that begins with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return (what Excel, LibreOffice and Google Sheets take for the
 * start of a formula when the cell is edited, or the file is saved as CSV and opened again) is written with the
 * cell's style marked quote-prefixed: the program shows the text as it is, with no apostrophe in the value, and keeps
 * it text. Every XLSX writer of the platform writes its text through one of these, including names and values that
 * came from users' files.
 *
 * <p>Set a cell's own style before its text: the quote-prefixed style is derived from the style the cell has.
 */
public final class TextCells {

    private final Workbook workbook;

    /** Quote-prefixed copies of the workbook's styles, by the index of the style they copy. */
    private final Map<Short, CellStyle> quoted = new HashMap<>();

    public TextCells(Workbook workbook) {
        this.workbook = workbook;
    }

    /** Whether a program could take the text for a formula. */
    public static boolean couldBeFormula(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /** Writes the text into the cell as text, never as a formula; null leaves the cell blank. */
    public void set(Cell cell, String text) {
        if (text == null) {
            cell.setBlank();
            return;
        }
        cell.setCellValue(text);
        if (couldBeFormula(text)) {
            CellStyle style = cell.getCellStyle();
            if (!style.getQuotePrefixed()) {
                cell.setCellStyle(quoted.computeIfAbsent(style.getIndex(), i -> {
                    CellStyle copy = workbook.createCellStyle();
                    copy.cloneStyleFrom(style);
                    copy.setQuotePrefixed(true);
                    return copy;
                }));
            }
        }
    }
}
