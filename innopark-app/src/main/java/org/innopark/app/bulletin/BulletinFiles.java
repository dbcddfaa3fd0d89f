package org.innopark.app.bulletin;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.innopark.engine.bulletin.DocumentText;

/**
 * Reads a bulletin file into its text: plain text in UTF-8 (with or without a byte-order mark) or GBK/GB18030, HTML
 * (tags dropped, headings kept as {@code ####} lines, entities decoded) and Word documents (.docx paragraphs and
 * tables) and PDF files that have a text layer (PDFBox, the text in reading order). A file that is not text (binary,
 * an unknown encoding, a scanned PDF without text) is refused with a message naming it.
 */
public final class BulletinFiles {

    /** A document read: its file name, its format and its text. */
    public record Document(String name, String format, String text) {}

    /** The largest file read (a bulletin is text of a few hundred kilobytes). */
    static final long MAX_BYTES = 50L * 1024 * 1024;

    private BulletinFiles() {}

    public static Document read(Path file) {
        String name = file.getFileName().toString();
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new BulletinInputException(
                        file + ": larger than 50 MB; a bulletin is text of a few MB at most" + " / 文件超过 50 MB");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new BulletinInputException(file + ": cannot be read (" + e.getMessage() + ") / 无法读取文件", e);
        }
        return read(name, bytes);
    }

    /** Reads a document from its bytes; the name's extension and the bytes decide the format. */
    public static Document read(String name, byte[] bytes) {
        String ext = extension(name);
        if (ext.equals("pdf") || startsWith(bytes, "%PDF")) {
            return new Document(name, "pdf", pdf(name, bytes));
        }
        if (ext.equals("docx") || startsWith(bytes, "PK\u0003\u0004")) {
            return new Document(name, "docx", docx(name, bytes));
        }
        if (ext.equals("doc")) {
            throw new BulletinInputException(
                    name + ": the old Word format (.doc) is not read; save it as .docx" + " / 不支持旧版 .doc,请另存为 .docx");
        }
        String text = decode(name, bytes);
        if (ext.equals("html") || ext.equals("htm") || looksLikeHtml(text)) {
            return new Document(name, "html", html(text));
        }
        return new Document(name, "txt", text);
    }

    /** The text layer of a PDF; a scan (no text), an encrypted or a broken file is refused with what to do. */
    static String pdf(String name, byte[] bytes) {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(bytes)) {
            org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(doc);
            if (text.strip().isEmpty()) {
                throw new BulletinInputException(name + ": the PDF has no text layer (a scan); run OCR on it first or"
                        + " save the text as .txt / PDF 没有文字层(扫描件),请先做文字识别或另存为 txt");
            }
            return text;
        } catch (org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException e) {
            throw new BulletinInputException(
                    name + ": the PDF is password-protected; save an unprotected copy / PDF 已加密,请另存为未加密的副本", e);
        } catch (IOException e) {
            throw new BulletinInputException(
                    name + ": not a readable PDF (damaged or truncated) / 无法读取该 PDF(文件损坏或不完整)", e);
        }
    }

    private static String extension(String name) {
        return DocumentText.extension(name);
    }

    private static boolean startsWith(byte[] bytes, String magic) {
        return DocumentText.startsWith(bytes, magic);
    }

    // Plain text and HTML are read by the engine's DocumentText, which the Spark job shares.
    static String decode(String name, byte[] bytes) {
        try {
            return DocumentText.decode(name, bytes);
        } catch (DocumentText.UnreadableDocument e) {
            throw new BulletinInputException(e.getMessage(), e);
        }
    }

    private static boolean looksLikeHtml(String text) {
        return DocumentText.looksLikeHtml(text);
    }

    static String html(String html) {
        return DocumentText.html(html);
    }

    /** The text of a Word document: one line per paragraph (headings as {@code ####} lines), tables by row. */
    static String docx(String name, byte[] bytes) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            StringBuilder out = new StringBuilder();
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    String style = p.getStyle() == null ? "" : p.getStyle().toLowerCase(Locale.ROOT);
                    String styleName =
                            p.getStyleID() == null ? "" : p.getStyleID().toLowerCase(Locale.ROOT);
                    boolean heading =
                            style.startsWith("heading") || styleName.startsWith("heading") || style.startsWith("标题");
                    String text = p.getText();
                    if (!text.isBlank()) {
                        out.append(heading ? "#### " : "").append(text).append("\n\n");
                    }
                } else if (element instanceof XWPFTable table) {
                    for (XWPFTableRow row : table.getRows()) {
                        StringBuilder line = new StringBuilder();
                        row.getTableCells()
                                .forEach(c -> line.append(c.getText()).append('\t'));
                        out.append(line.toString().strip()).append("\n");
                    }
                    out.append("\n");
                }
            }
            return out.toString();
        } catch (IOException | RuntimeException e) {
            throw new BulletinInputException(
                    name + ": not a readable Word document (.docx): " + e.getMessage() + " / 无法读取 Word 文档", e);
        }
    }
}
