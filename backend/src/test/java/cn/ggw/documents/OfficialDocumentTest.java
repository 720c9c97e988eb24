package cn.ggw.documents;

import cn.ggw.documents.RichText.Block;
import cn.ggw.testsupport.Docx;
import cn.ggw.testsupport.TestImages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OfficialDocumentTest {

    static byte[] bytes;
    static Docx docx;

    /** One document with every element, read back once. */
    @BeforeAll
    static void build() {
        byte[] photo = TestImages.jpeg(1600, 1200);
        byte[] portrait = TestImages.jpeg(600, 800);
        byte[] png = TestImages.png(300, 200);
        RichText body = RichText.of(
                Block.heading(1, "工作要求"),
                Block.paragraph("正文里的 <script>alert(1)</script> 和 <img src=x onerror=alert(1)> 只是文字。"),
                Block.clause("第五条", "本制度自印发之日起施行。"),
                Block.listItem(true, "富文本中的有序项"),
                Block.image(77, "2013年7月例会"),
                Block.image(78, "找不到的照片"));
        Map<Long, byte[]> stored = Map.of(77L, portrait);
        bytes = OfficialDocument.create()
                .title("洮北区关工委工作制度")
                .subtitle("（2013年7月修订）")
                .tableOfContents(List.of("一、总则", "二、例会制度"))
                .pageBreak()
                .heading(1, "总则")
                .heading(2, "指导思想")
                .heading(3, "基本原则")
                .heading(3, "工作方法")
                .heading(1, "第二章 例会制度")
                .paragraph("第一段正文。\n第二段正文。")
                .clause("第三条", "区关工委每月召开一次例会。")
                .listItem(true, "学习文件")
                .listItem(true, "交流经验")
                .listItem(false, "不编号的一项")
                .table(List.of("单位", "例会次数"), List.of(List.of("长庆街道", "12"), List.of("铁东街道")))
                .image(photo, "长庆街道例会")
                .image(png, null)
                .richText(body, stored::get)
                .signature("洮北区关心下一代工作委员会", LocalDate.of(2013, 7, 15))
                .toBytes();
        docx = Docx.read(bytes);
    }

    @Test
    @DisplayName("the text of every element is there, headings numbered 一、/（一）/1. unless they carry a number")
    void text() {
        String text = docx.text();
        for (String expected : List.of("洮北区关工委工作制度", "（2013年7月修订）", "目\u3000\u3000录", "一、总则", "二、例会制度",
                "一、总则", "（一）指导思想", "1.基本原则", "2.工作方法", "第二章 例会制度", "第一段正文。", "第二段正文。",
                "第三条\u3000区关工委每月召开一次例会。", "（1）学习文件", "（2）交流经验", "• 不编号的一项", "长庆街道\t12", "铁东街道\t",
                "长庆街道例会", "三、工作要求", "第五条\u3000本制度自印发之日起施行。", "（1）富文本中的有序项", "2013年7月例会",
                "［图片无法显示］", "找不到的照片", "洮北区关心下一代工作委员会", "2013年7月15日")) {
            assertTrue(text.contains(expected), "missing: " + expected + "\n" + text);
        }
        assertFalse(text.contains("一、第二章"), "a heading with its own number is not numbered again");
    }

    @Test
    @DisplayName("markup typed into a body stays text: <script> and onerror= are printed as they were typed")
    void markupIsText() {
        assertTrue(docx.text().contains("<script>alert(1)</script>"));
        assertTrue(docx.text().contains("<img src=x onerror=alert(1)>"));
    }

    @Test
    @DisplayName("title 2号 方正小标宋简体 centred; body 3号 仿宋_GB2312, two characters indented, fixed 28.95 pt lines")
    void titleAndBody() {
        Docx.Para title = docx.paragraph("洮北区关工委工作制度");
        assertEquals("方正小标宋简体", title.font());
        assertEquals(22.0, title.sizePt());
        assertEquals("CENTER", title.alignment());
        Docx.Para subtitle = docx.paragraph("（2013年7月修订）");
        assertEquals("楷体_GB2312", subtitle.font());
        Docx.Para body = docx.paragraph("第一段正文。");
        assertEquals("仿宋_GB2312", body.font());
        assertEquals(16.0, body.sizePt());
        assertEquals(200, body.firstLineChars());
        assertEquals(579, body.lineTwips());
        assertEquals("EXACT", body.lineRule().toUpperCase());
        assertFalse(body.inTable());
    }

    @Test
    @DisplayName("headings: level 1 黑体, level 2 楷体_GB2312, level 3 仿宋_GB2312 bold, with outline levels for the navigation pane")
    void headings() {
        Docx.Para h1 = docx.paragraph("一、总则");
        assertEquals("黑体", docx.paragraphs().stream().filter(p -> p.text().equals("一、总则") && p.outlineLevel() != null)
                .findFirst().orElseThrow().font());
        assertEquals("楷体_GB2312", docx.paragraph("（一）指导思想").font());
        Docx.Para h3 = docx.paragraph("1.基本原则");
        assertEquals("仿宋_GB2312", h3.font());
        assertTrue(h3.bold());
        assertEquals(2, h3.outlineLevel());
        assertEquals(200, h1.firstLineChars() == null ? 200 : h1.firstLineChars());
        assertEquals("黑体", docx.paragraph("第三条").runs().get(0).font(), "the clause number in 黑体");
        assertEquals("仿宋_GB2312", docx.paragraph("第三条").runs().get(1).font(), "the clause text in 仿宋");
    }

    @Test
    @DisplayName("tables in 仿宋 with a bold header row; short rows padded")
    void table() {
        Docx.Para header = docx.paragraphs().stream().filter(p -> p.inTable() && p.text().equals("单位")).findFirst().orElseThrow();
        assertEquals("仿宋_GB2312", header.font());
        assertTrue(header.bold());
        Docx.Para cell = docx.paragraphs().stream().filter(p -> p.inTable() && p.text().equals("长庆街道")).findFirst().orElseThrow();
        assertEquals("仿宋_GB2312", cell.font());
        assertFalse(cell.bold());
    }

    @Test
    @DisplayName("pictures: three shown (two given, one from the rich text), captions in 楷体; a missing one leaves a note")
    void pictures() throws IOException {
        assertEquals(3, docx.imageCount());
        assertEquals("楷体_GB2312", docx.paragraph("长庆街道例会").font());
        assertEquals("楷体_GB2312", docx.paragraph("2013年7月例会").font());
        List<String> media = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (e.getName().startsWith("word/media/")) {
                    media.add(e.getName());
                    assertEquals(ZipEntry.STORED, e.getMethod(), "photos are stored, not compressed again");
                }
            }
        }
        assertEquals(List.of("word/media/image1.jpeg", "word/media/image2.png", "word/media/image3.jpeg"), media);
    }

    @Test
    @DisplayName("A4 with the margins of GB/T 9704: top 37, bottom 35, left 28, right 26 mm")
    void page() {
        Docx.Page page = docx.page();
        assertEquals(210.0, Docx.Page.mm(page.width()), 0.1);
        assertEquals(297.0, Docx.Page.mm(page.height()), 0.1);
        assertEquals(37.0, Docx.Page.mm(page.top()), 0.1);
        assertEquals(35.0, Docx.Page.mm(page.bottom()), 0.1);
        assertEquals(28.0, Docx.Page.mm(page.left()), 0.1);
        assertEquals(26.0, Docx.Page.mm(page.right()), 0.1);
    }

    @Test
    @DisplayName("page numbers \"— 1 —\" in 4号 宋体 from a PAGE field: odd pages right, even pages left")
    void pageNumbers() {
        assertTrue(docx.evenAndOddFooters());
        assertTrue(docx.footerHasPageField());
        Docx.Footer odd = docx.footer("DEFAULT").orElseThrow();
        Docx.Footer even = docx.footer("EVEN").orElseThrow();
        assertTrue(odd.hasPageField() && even.hasPageField());
        assertEquals("— 1 —", odd.text().trim());
        assertEquals("RIGHT", odd.alignment());
        assertEquals("LEFT", even.alignment());
        assertEquals("宋体", odd.font());
        assertEquals(14.0, odd.sizePt());
    }

    @Test
    @DisplayName("the signature: issuer and date (2013年7月15日) right-aligned")
    void signature() {
        assertEquals("RIGHT", docx.paragraph("洮北区关心下一代工作委员会").alignment());
        assertEquals("RIGHT", docx.paragraph("2013年7月15日").alignment());
    }

    @Test
    @DisplayName("control characters that XML cannot carry are dropped instead of breaking the file")
    void controlCharacters() {
        Docx d = Docx.read(OfficialDocument.create().title("标题").paragraph("响\u0007铃\u0000字").toBytes());
        assertTrue(d.text().contains("响铃字"));
    }

    @Test
    @DisplayName("bytes that are not a JPEG or PNG are refused when given")
    void notAPicture() {
        assertThrows(IllegalArgumentException.class, () -> OfficialDocument.create().image("<html>".getBytes(), "x"));
    }

    @Test
    @DisplayName("headings can be left unnumbered")
    void unnumbered() {
        Docx d = Docx.read(OfficialDocument.create().numberHeadings(false).heading(1, "总则").toBytes());
        assertNull(d.paragraphs().stream().filter(p -> p.text().equals("一、总则")).findFirst().orElse(null));
        assertTrue(d.text().contains("总则"));
    }
}
