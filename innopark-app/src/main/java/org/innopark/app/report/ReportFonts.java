package org.innopark.app.report;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The CJK font that ships with the application (WenQuanYi Micro Hei 文泉驿微米黑, Apache-2.0 or GPL-3+ with the font
 * exception; from Debian's fonts-wqy-microhei), so no report needs a system font: registered with Java's font system
 * for the SVG charts (Batik draws their text through AWT), and embedded (subset) in every PDF.
 */
final class ReportFonts {

    /** The family name charts, PDF styles and Word documents name. */
    static final String FAMILY = "WenQuanYi Micro Hei";

    private static final String RESOURCE = "/org/innopark/app/report/fonts/wqy-microhei.ttc";
    private static final String POSTSCRIPT_NAME = "WenQuanYiMicroHei";

    private static volatile byte[] bytes;

    private ReportFonts() {}

    static byte[] bytes() {
        byte[] b = bytes;
        if (b == null) {
            synchronized (ReportFonts.class) {
                if (bytes == null) {
                    try (InputStream in = ReportFonts.class.getResourceAsStream(RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException("the report font is missing from the jar: " + RESOURCE);
                        }
                        bytes = in.readAllBytes();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    registerWithAwt(bytes);
                }
                b = bytes;
            }
        }
        return b;
    }

    private static void registerWithAwt(byte[] data) {
        try {
            for (Font f : Font.createFonts(new java.io.ByteArrayInputStream(data))) {
                GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(f);
            }
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("cannot read the report font " + RESOURCE, e);
        }
    }

    /** The font for a PDF document, subset-embedded. */
    static PDFont load(PDDocument document) {
        try {
            TrueTypeCollection collection = new TrueTypeCollection(new java.io.ByteArrayInputStream(bytes()));
            TrueTypeFont font = collection.getFontByName(POSTSCRIPT_NAME);
            if (font == null) {
                throw new IllegalStateException("no font " + POSTSCRIPT_NAME + " in " + RESOURCE);
            }
            return PDType0Font.load(document, font, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
