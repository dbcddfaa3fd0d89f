package org.innopark.app.bulletin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

class BulletinFilesTests {

    private static final String TEXT = "襄阳高新区新增专精特新企业28家。";

    @Test
    void readsUtf8WithAndWithoutBomAndGbk() {
        assertThat(BulletinFiles.read("a.txt", TEXT.getBytes(StandardCharsets.UTF_8))
                        .text())
                .isEqualTo(TEXT);
        byte[] bom = ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_8);
        assertThat(BulletinFiles.read("a.txt", bom).text()).isEqualTo(TEXT);
        assertThat(BulletinFiles.read("a.txt", TEXT.getBytes(Charset.forName("GBK")))
                        .text())
                .isEqualTo(TEXT);
    }

    @Test
    void htmlKeepsParagraphsAndHeadingsAndDecodesEntities() {
        String html = "<!DOCTYPE html><html><head><title>x</title><style>p{}</style></head><body>"
                + "<h2>襄阳 28家</h2><p>襄阳高新区新增&nbsp;专精特新企业28家&amp;更多。</p><script>var a=1;</script></body></html>";
        BulletinFiles.Document d = BulletinFiles.read("page.html", html.getBytes(StandardCharsets.UTF_8));
        assertThat(d.format()).isEqualTo("html");
        assertThat(d.text()).contains("#### 襄阳 28家\n").contains("襄阳高新区新增 专精特新企业28家&更多。");
        assertThat(d.text()).doesNotContain("var a").doesNotContain("<p>").doesNotContain("title");
    }

    @Test
    void docxParagraphsAreRead() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText(TEXT);
            doc.createParagraph().createRun().setText("孵化面积12万平方米。");
            doc.write(bytes);
        }
        BulletinFiles.Document d = BulletinFiles.read("news.docx", bytes.toByteArray());
        assertThat(d.format()).isEqualTo("docx");
        assertThat(d.text()).contains(TEXT).contains("孵化面积12万平方米。");
    }

    @Test
    void refusesBinaryPdfAndBrokenFilesNamingThem() {
        assertThatThrownBy(() -> BulletinFiles.read("x.txt", new byte[] {1, 0, 2}))
                .isInstanceOf(BulletinInputException.class)
                .hasMessageContaining("x.txt")
                .hasMessageContaining("not a text file");
        assertThatThrownBy(() -> BulletinFiles.read("x.pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(BulletinInputException.class)
                .hasMessageContaining("x.pdf")
                .hasMessageContaining("not a readable PDF");
        assertThatThrownBy(() -> BulletinFiles.read("x.docx", "not a zip".getBytes(StandardCharsets.US_ASCII)))
                .hasMessageContaining("x.docx")
                .hasMessageContaining(".docx");
        byte[] invalid = {(byte) 0xFF, (byte) 0xFE, (byte) 0xFF, (byte) 0x80};
        assertThatThrownBy(() -> BulletinFiles.read("y.txt", invalid)).hasMessageContaining("neither UTF-8 nor GBK");
    }

    static byte[] pdf(String text) throws java.io.IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
            doc.addPage(page);
            if (text != null) {
                try (org.apache.pdfbox.pdmodel.PDPageContentStream cs =
                        new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(
                            new org.apache.pdfbox.pdmodel.font.PDType1Font(
                                    org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA),
                            12);
                    cs.newLineAtOffset(72, 700);
                    cs.showText(text);
                    cs.endText();
                }
            }
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void readsThePdfTextLayerAndRefusesAScan() throws java.io.IOException {
        BulletinFiles.Document d = BulletinFiles.read("bulletin.pdf", pdf("Contracts 1403, turnover 14.69"));
        assertThat(d.format()).isEqualTo("pdf");
        assertThat(d.text()).contains("1403").contains("14.69");
        assertThatThrownBy(() -> BulletinFiles.read("scan.pdf", pdf(null)))
                .isInstanceOf(BulletinInputException.class)
                .hasMessageContaining("scan.pdf")
                .hasMessageContaining("no text layer");
    }
}
