package org.innopark.engine.bulletin;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bulletin's text from the bytes of a plain-text or HTML file: plain text in UTF-8 (with or without a byte-order
 * mark) or GBK/GB18030, HTML with its tags dropped, headings kept as {@code ####} lines and entities decoded. Binary
 * content or an encoding that is neither is refused with a message naming the file. The application's reader adds
 * Word and PDF files (their libraries are the application's); the Spark job reads plain text and HTML here.
 */
public final class DocumentText {

    /** A file that cannot be read as text: the message names it and says what is valid. */
    public static final class UnreadableDocument extends RuntimeException {
        public UnreadableDocument(String message) {
            super(message);
        }
    }

    /** A document read: its name, format ({@code txt} or {@code html}) and text. */
    public record Text(String name, String format, String text) {}

    private DocumentText() {}

    /**
     * Reads a plain-text or HTML document; the name's extension ({@code .html}, {@code .htm}) or an HTML start
     * decides which.
     *
     * @throws UnreadableDocument when it is not text
     */
    public static Text read(String name, byte[] bytes) {
        String text = decode(name, bytes);
        String ext = extension(name);
        if (ext.equals("html") || ext.equals("htm") || looksLikeHtml(text)) {
            return new Text(name, "html", html(text));
        }
        return new Text(name, "txt", text);
    }

    public static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    public static boolean startsWith(byte[] bytes, String magic) {
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
    public static String decode(String name, byte[] bytes) {
        int control = 0;
        for (byte b : bytes) {
            if (b == 0) {
                throw new UnreadableDocument(name + ": not a text file (binary content, NUL bytes); a bulletin is"
                        + " txt (UTF-8 or GBK), html or docx / 不是文本文件(二进制内容)");
            }
            if (b > 0 && b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        if (bytes.length > 0 && control * 50 > bytes.length) {
            throw new UnreadableDocument(name + ": not a text file (control characters); a bulletin is txt (UTF-8"
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
            throw new UnreadableDocument(name + ": the encoding is neither UTF-8 nor GBK; save the file as UTF-8"
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

    public static boolean looksLikeHtml(String text) {
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
    public static String html(String html) {
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
}
