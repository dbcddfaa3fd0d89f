package org.innopark.app.registry.imports;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads an Excel workbook, streaming each sheet (SAX, so a large sheet does not need its cells in memory). Each
 * sheet is a table recognised by its name (企业, 企业年报, … or the table's English or database name), else the
 * table given, else its headers; the instructions and example sheets of a template are skipped. Sheets are read
 * parents first (parks, sub-parks, enterprises, then their children). Cells arrive as the text a user sees:
 * numbers as Excel shows them (15 significant digits), date cells as yyyy-MM-dd.
 */
final class XlsxReading {

    private XlsxReading() {}

    /** A row of cells as text, by column index; absent cells are null. */
    @FunctionalInterface
    interface RowConsumer {
        void row(int rowNumber, String[] cells);
    }

    private record Sheet(String name, PackagePart part, TableSpec spec) {}

    static void read(SourceFile file, TableSpec given, ImportRun run) throws IOException {
        try (OPCPackage pkg = OPCPackage.open(file.path().toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            List<Sheet> sheets = new ArrayList<>();
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (it.hasNext()) {
                it.next().close();
                String name = it.getSheetName();
                if (TableRecognition.isAuxiliarySheet(name)) {
                    continue;
                }
                PackagePart part = it.getSheetPart();
                TableSpec spec = TableSpecs.find(name).orElse(given);
                String[] header = null;
                if (spec == null) {
                    header = firstRow(part, styles, strings);
                    if (header == null) {
                        continue;
                    }
                    spec = TableRecognition.byHeaders(header);
                }
                if (spec == null) {
                    run.errors.add(
                            name,
                            0,
                            "",
                            "",
                            "无法识别工作表'" + name + "':请将工作表命名为表名(" + TableSpecs.listZh() + ")或指定表名",
                            "cannot tell the table of sheet '" + name + "': name the sheet after its table ("
                                    + TableSpecs.listEn() + ") or give the table");
                    continue;
                }
                sheets.add(new Sheet(name, part, spec));
            }
            sheets.sort(Comparator.comparingInt(s -> s.spec().order()));
            for (Sheet sheet : sheets) {
                TableImport[] table = new TableImport[1];
                parse(sheet.part(), styles, strings, (row, cells) -> {
                    if (table[0] == null) {
                        table[0] = run.table(sheet.spec(), sheet.name());
                        table[0].header(row, cells);
                    } else {
                        table[0].row(row, cells);
                    }
                });
                if (table[0] != null) {
                    table[0].finish();
                }
            }
        } catch (OpenXML4JException | SAXException | ParserConfigurationException e) {
            throw new IOException("not a readable .xlsx workbook: " + e.getMessage(), e);
        } catch (org.apache.poi.ooxml.POIXMLException
                | org.apache.poi.openxml4j.exceptions.InvalidOperationException e) {
            throw new IOException("not a readable .xlsx workbook: " + e.getMessage(), e);
        }
    }

    private static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }

    /** The first non-blank row of a sheet, or null when the sheet is empty. */
    private static String[] firstRow(PackagePart part, StylesTable styles, ReadOnlySharedStringsTable strings)
            throws IOException, SAXException, ParserConfigurationException {
        String[][] first = new String[1][];
        try {
            parse(part, styles, strings, (row, cells) -> {
                first[0] = cells;
                throw new Stop();
            });
        } catch (Stop stop) {
            // read enough
        }
        return first[0];
    }

    /** Streams the sheet's non-blank rows (1-based row numbers as Excel shows them). */
    static void parse(PackagePart part, StylesTable styles, ReadOnlySharedStringsTable strings, RowConsumer consumer)
            throws IOException, SAXException, ParserConfigurationException {
        Rows rows = new Rows(consumer);
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(new XSSFSheetXMLHandler(styles, strings, rows, new CellText(), false));
        try (InputStream in = part.getInputStream()) {
            xml.parse(new InputSource(in));
        }
    }

    /** Collects a row's cells and hands non-blank rows on. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final RowConsumer consumer;
        private final List<String> cells = new ArrayList<>();
        private int next;

        Rows(RowConsumer consumer) {
            this.consumer = consumer;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
            next = 0;
        }

        @Override
        public void endRow(int rowNum) {
            boolean blank = true;
            for (String c : cells) {
                if (c != null && !c.isBlank()) {
                    blank = false;
                    break;
                }
            }
            if (!blank) {
                consumer.row(rowNum + 1, cells.toArray(new String[0]));
            }
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int col = reference == null ? next : new CellReference(reference).getCol();
            while (cells.size() < col) {
                cells.add(null);
            }
            cells.add(value);
            next = col + 1;
        }
    }

    /** Formats numbers as Excel shows them in General format, and date cells as yyyy-MM-dd. */
    static final class CellText extends DataFormatter {

        @Override
        public String formatRawCellContents(
                double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904Windowing)
                        .toLocalDate()
                        .toString();
            }
            if (formatString != null && formatString.contains("%")) {
                return NumberToTextConverter.toText(value * 100) + "%";
            }
            return NumberToTextConverter.toText(value);
        }
    }
}
