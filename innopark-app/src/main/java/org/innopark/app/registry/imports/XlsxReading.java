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
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

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
        ImportLimits limits = run.limits;
        Unzipped unzipped = new Unzipped(limits);
        try (OPCPackage pkg = OPCPackage.open(file.path().toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            checkSharedStrings(pkg, limits, unzipped);
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
                    header = firstRow(part, styles, strings, limits, unzipped);
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
                parse(
                        sheet.part(),
                        styles,
                        strings,
                        (row, cells) -> {
                            if (table[0] == null) {
                                table[0] = run.table(sheet.spec(), sheet.name());
                                table[0].header(row, cells);
                            } else {
                                table[0].row(row, cells);
                            }
                        },
                        limits,
                        unzipped);
                if (table[0] != null) {
                    table[0].finish();
                }
            }
        } catch (OpenXML4JException | SAXException | ParserConfigurationException e) {
            throw new IOException("not a readable .xlsx workbook: " + e.getMessage(), e);
        } catch (org.apache.poi.ooxml.POIXMLException
                | org.apache.poi.openxml4j.exceptions.InvalidOperationException
                | org.apache.poi.UnsupportedFileFormatException e) {
            throw new IOException("not a readable .xlsx workbook: " + e.getMessage(), e);
        }
    }

    private static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }

    /** The first non-blank row of a sheet, or null when the sheet is empty. */
    private static String[] firstRow(
            PackagePart part,
            StylesTable styles,
            ReadOnlySharedStringsTable strings,
            ImportLimits limits,
            Unzipped unzipped)
            throws IOException, SAXException, ParserConfigurationException {
        String[][] first = new String[1][];
        try {
            parse(
                    part,
                    styles,
                    strings,
                    (row, cells) -> {
                        first[0] = cells;
                        throw new Stop();
                    },
                    limits,
                    unzipped);
        } catch (Stop stop) {
            // read enough
        }
        return first[0];
    }

    /** Streams the sheet's non-blank rows (1-based row numbers as Excel shows them), within the default limits. */
    static void parse(PackagePart part, StylesTable styles, ReadOnlySharedStringsTable strings, RowConsumer consumer)
            throws IOException, SAXException, ParserConfigurationException {
        parse(part, styles, strings, consumer, ImportLimits.DEFAULT, new Unzipped(ImportLimits.DEFAULT));
    }

    /**
     * Streams the sheet's non-blank rows within the limits: the cells of a row, the characters of a cell and the
     * rows are counted as the XML arrives, before the row is collected.
     *
     * @throws ImportLimits.Exceeded when a limit is exceeded
     */
    static void parse(
            PackagePart part,
            StylesTable styles,
            ReadOnlySharedStringsTable strings,
            RowConsumer consumer,
            ImportLimits limits,
            Unzipped unzipped)
            throws IOException, SAXException, ParserConfigurationException {
        Rows rows = new Rows(consumer);
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(
                new Limited(new XSSFSheetXMLHandler(styles, strings, rows, new CellText(), false), limits));
        try (InputStream in = unzipped.counted(part.getInputStream())) {
            xml.parse(new InputSource(in));
        }
    }

    /**
     * Reads the workbook's shared strings once without keeping them, counting them and their characters, so that
     * a workbook whose strings would not fit in memory is refused before they are loaded.
     */
    static void checkSharedStrings(OPCPackage pkg, ImportLimits limits, Unzipped unzipped)
            throws IOException, SAXException, ParserConfigurationException {
        for (PackagePart part : pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType())) {
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(new DefaultHandler() {
                private long count;
                private long chars;
                private long current;

                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes) {
                    if ("si".equals(localName)) {
                        if (++count > limits.sharedStrings()) {
                            throw limits.tooManySharedStrings();
                        }
                        current = 0;
                    }
                }

                @Override
                public void characters(char[] ch, int start, int length) {
                    chars += length;
                    current += length;
                    if (chars > limits.sharedStringChars()) {
                        throw limits.tooManySharedStrings();
                    }
                    if (current > limits.cellChars()) {
                        throw limits.textTooLong();
                    }
                }
            });
            try (InputStream in = unzipped.counted(part.getInputStream())) {
                xml.parse(new InputSource(in));
            }
        }
    }

    /** The bytes of XML read from a workbook so far, all parts together, against the limit. */
    static final class Unzipped {

        private final ImportLimits limits;
        private long bytes;

        Unzipped(ImportLimits limits) {
            this.limits = limits;
        }

        InputStream counted(InputStream in) {
            return new java.io.FilterInputStream(in) {
                @Override
                public int read() throws IOException {
                    int b = super.read();
                    if (b >= 0) {
                        add(1);
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = super.read(buffer, offset, length);
                    if (n > 0) {
                        add(n);
                    }
                    return n;
                }
            };
        }

        private void add(long n) {
            bytes += n;
            if (bytes > limits.unzippedBytes()) {
                throw limits.tooLargeUnzipped();
            }
        }
    }

    /**
     * Counts rows, the cells of a row and the characters of a cell as the sheet's XML is parsed, and stops the
     * parsing at the first limit exceeded; hands everything on to the sheet handler otherwise.
     */
    private static final class Limited implements ContentHandler {

        private final ContentHandler delegate;
        private final ImportLimits limits;
        private long rowElements;
        private int row;
        private int cells;
        private long chars;
        private boolean inCell;

        Limited(ContentHandler delegate, ImportLimits limits) {
            this.delegate = delegate;
            this.limits = limits;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            if ("row".equals(localName)) {
                String r = atts.getValue("r");
                row = r == null ? row + 1 : parseRow(r, row + 1);
                cells = 0;
                if (++rowElements > limits.rows()) {
                    throw limits.tooManyRows(row);
                }
            } else if ("c".equals(localName)) {
                if (++cells > limits.columns()) {
                    throw limits.tooManyColumns(row);
                }
                inCell = true;
                chars = 0;
            }
            delegate.startElement(uri, localName, qName, atts);
        }

        private static int parseRow(String r, int otherwise) {
            try {
                return Integer.parseInt(r);
            } catch (NumberFormatException e) {
                return otherwise;
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            if ("c".equals(localName)) {
                inCell = false;
            }
            delegate.endElement(uri, localName, qName);
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            if (inCell) {
                chars += length;
                if (chars > limits.cellChars()) {
                    throw limits.cellTooLong(row);
                }
            }
            delegate.characters(ch, start, length);
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            delegate.setDocumentLocator(locator);
        }

        @Override
        public void startDocument() throws SAXException {
            delegate.startDocument();
        }

        @Override
        public void endDocument() throws SAXException {
            delegate.endDocument();
        }

        @Override
        public void startPrefixMapping(String prefix, String uri) throws SAXException {
            delegate.startPrefixMapping(prefix, uri);
        }

        @Override
        public void endPrefixMapping(String prefix) throws SAXException {
            delegate.endPrefixMapping(prefix);
        }

        @Override
        public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
            delegate.ignorableWhitespace(ch, start, length);
        }

        @Override
        public void processingInstruction(String target, String data) throws SAXException {
            delegate.processingInstruction(target, data);
        }

        @Override
        public void skippedEntity(String name) throws SAXException {
            delegate.skippedEntity(name);
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
