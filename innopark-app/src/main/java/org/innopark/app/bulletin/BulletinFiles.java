package org.innopark.app.bulletin;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

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
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean startsWith(byte[] bytes, String magic) {
        if (bytes.length < magic.length()) {
            return false;
        }
        for (int i = 0; i < magic.length(); i++) {
            if (bytes[i] != (byte) magic.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** UTF-8 (BOM or not), else GBK/GB18030; binary content or an encoding that is neither is refused. */
    static String decode(String name, byte[] bytes) {
        int control = 0;
        for (byte b : bytes) {
            if (b == 0) {
                throw new BulletinInputException(name + ": not a text file (binary content, NUL bytes); a bulletin is"
                        + " txt (UTF-8 or GBK), html or docx / 不是文本文件(二进制内容)");
            }
            if (b > 0 && b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        if (bytes.length > 0 && control * 50 > bytes.length) {
            throw new BulletinInputException(name + ": not a text file (control characters); a bulletin is txt (UTF-8"
                    + " or GBK), html or docx / 不是文本文件(含控制字符)");
        }
        int offset =
                bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF
                        ? 3
                        : 0;
        String text = strict(bytes, offset, StandardCharsets.UTF_8);
        if (text == null) {
            text = strict(bytes, 0, Charset.forName("GB18030"));
        }
        if (text == null) {
            throw new BulletinInputException(name + ": the encoding is neither UTF-8 nor GBK; save the file as UTF-8"
                    + " / 文件编码不是 UTF-8 或 GBK,请另存为 UTF-8");
        }
        return text;
    }

    private static String strict(byte[] bytes, int offset, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean looksLikeHtml(String text) {
        String head = text.substring(0, Math.min(text.length(), 512)).strip().toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html");
    }

    private static final Pattern DROP = Pattern.compile("(?is)<(script|style|head)\\b.*?</\\1\\s*>|<!--.*?-->");
    private static final Pattern HEADING = Pattern.compile("(?i)<h[1-6]\\b[^>]*>");
    private static final Pattern BREAK =
            Pattern.compile("(?i)<br\\s*/?>|</(p|div|h[1-6]|li|tr|table|section|article)\\s*>");
    private static final Pattern CELL = Pattern.compile("(?i)</t[dh]\\s*>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#x?[0-9a-fA-F]+|[a-zA-Z]+);");

    /** The text of an HTML page: paragraphs on their own lines, headings as {@code ####} lines. */
    static String html(String html) {
        String s = DROP.matcher(html).replaceAll("");
        s = HEADING.matcher(s).replaceAll("\n#### ");
        s = BREAK.matcher(s).replaceAll("\n");
        s = CELL.matcher(s).replaceAll("\t");
        s = TAG.matcher(s).replaceAll("");
        Matcher m = ENTITY.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(entity(m.group(1), m.group())));
        }
        m.appendTail(out);
        return out.toString().replaceAll("[ \\t]*\\n[ \\t\\n]*\\n", "\n\n").strip() + "\n";
    }

    private static String entity(String e, String whole) {
        try {
            if (e.startsWith("#x") || e.startsWith("#X")) {
                return new String(Character.toChars(Integer.parseInt(e.substring(2), 16)));
            }
            if (e.startsWith("#")) {
                return new String(Character.toChars(Integer.parseInt(e.substring(1))));
            }
        } catch (IllegalArgumentException ex) {
            return whole;
        }
        return switch (e) {
            case "nbsp" -> " ";
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "ldquo" -> "“";
            case "rdquo" -> "”";
            case "mdash" -> "—";
            case "hellip" -> "…";
            default -> whole;
        };
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
