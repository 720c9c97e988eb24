package cn.ggw.documents;

import cn.ggw.documents.OfficialDocument.Clause;
import cn.ggw.documents.OfficialDocument.Contents;
import cn.ggw.documents.OfficialDocument.Element;
import cn.ggw.documents.OfficialDocument.Heading;
import cn.ggw.documents.OfficialDocument.Image;
import cn.ggw.documents.OfficialDocument.ListItem;
import cn.ggw.documents.OfficialDocument.PageBreak;
import cn.ggw.documents.OfficialDocument.Paragraph;
import cn.ggw.documents.OfficialDocument.Signature;
import cn.ggw.documents.OfficialDocument.Subtitle;
import cn.ggw.documents.OfficialDocument.Table;
import cn.ggw.documents.OfficialDocument.Title;
import cn.ggw.files.FileKind;
import cn.ggw.files.Images;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Writes an {@link OfficialDocument}. POI builds the text, styles and footers; the pictures never enter POI:
 * each is loaded when its turn comes, written at once as an uncompressed zip entry (photos do not compress)
 * and dropped, and the document refers to it by a relationship. Then POI's parts follow. Sizes in twips
 * (1/20 pt, 1/1440 inch) unless named otherwise.
 */
final class DocxRenderer {

    static final String TITLE_FONT = "方正小标宋简体";
    static final String BODY_FONT = "仿宋_GB2312";
    static final String HEI_FONT = "黑体";
    static final String KAI_FONT = "楷体_GB2312";
    static final String SONG_FONT = "宋体";

    /** Sizes in points: 2号, 3号, 4号. */
    static final double SIZE_2 = 22;
    static final double SIZE_3 = 16;
    static final double SIZE_4 = 14;

    /** A4 and the margins of GB/T 9704: top 37 mm, bottom 35 mm, left 28 mm, right 26 mm. */
    static final int PAGE_WIDTH = 11906;
    static final int PAGE_HEIGHT = 16838;
    static final int MARGIN_TOP = mm(37);
    static final int MARGIN_BOTTOM = mm(35);
    static final int MARGIN_LEFT = mm(28);
    static final int MARGIN_RIGHT = mm(26);
    /** The page number's line starts 7 mm below the text area; a 4号 line is about 6 mm high. */
    static final int FOOTER_DISTANCE = mm(35 - 7 - 6);
    static final int HEADER_DISTANCE = mm(15);
    /** 22 lines on the 225 mm of text height: 28.95 pt a line, fixed. */
    static final int LINE = 579;
    /** One 3号 character: first lines are indented by two. */
    static final int CHAR = 320;
    static final int TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;

    /** EMU (1/914400 inch) for pictures: at most the text width, and at most 120 mm high. */
    private static final long EMU_PER_TWIP = 635;
    private static final long MAX_PICTURE_WIDTH = TEXT_WIDTH * EMU_PER_TWIP;
    private static final long MAX_PICTURE_HEIGHT = 120L * 36_000;

    /** Text that already carries a number of its own: 第一章, 三、, （二）, 1., （3）. */
    private static final Pattern NUMBERED = Pattern.compile(
            "^\\s*(第[一二三四五六七八九十百千零〇两\\d]+[章节条款篇部分编]|[一二三四五六七八九十百]+[、．.]|[（(][一二三四五六七八九十百]+[）)]|\\d+[.．、]|[（(]\\d+[）)])");

    private final boolean autoNumber;
    private final int[] headingCounters = new int[4];
    private int orderedCounter;
    private int pictureCount;
    private XWPFDocument doc;
    private ZipOutputStream zip;

    DocxRenderer(boolean autoNumber) {
        this.autoNumber = autoNumber;
    }

    void render(List<Element> elements, OutputStream out) throws IOException {
        zip = new ZipOutputStream(new NonClosing(out), StandardCharsets.UTF_8);
        try (XWPFDocument d = new XWPFDocument()) {
            doc = d;
            setUpPage();
            boolean inTitle = false;
            for (Element e : elements) {
                boolean title = e instanceof Title || e instanceof Subtitle;
                if (inTitle && !title) {
                    emptyLine(); // GB/T 9704: one empty line between the title and the body
                }
                inTitle = title;
                if (!(e instanceof ListItem li && li.ordered())) {
                    orderedCounter = 0;
                }
                if (e instanceof Title t) {
                    title(t.text());
                } else if (e instanceof Subtitle s) {
                    subtitle(s.text());
                } else if (e instanceof Heading h) {
                    heading(h.level(), h.text());
                } else if (e instanceof Paragraph p) {
                    lines(p.text()).forEach(this::bodyParagraph);
                } else if (e instanceof Clause c) {
                    clause(c.number(), c.text());
                } else if (e instanceof ListItem li) {
                    listItem(li);
                } else if (e instanceof Table t) {
                    table(t.header(), t.rows());
                } else if (e instanceof Image i) {
                    picture(i);
                } else if (e instanceof Contents c) {
                    contents(c.entries());
                } else if (e instanceof PageBreak) {
                    doc.createParagraph().createRun().addBreak(BreakType.PAGE);
                } else if (e instanceof Signature s) {
                    signature(s.issuer(), s.date());
                }
            }
            ByteArrayOutputStream skeleton = new ByteArrayOutputStream(64 * 1024);
            doc.write(skeleton);
            copyParts(skeleton.toByteArray());
        }
        zip.finish();
    }

    // ---- page, styles, footers ------------------------------------------------------------------

    private void setUpPage() {
        XWPFStyles styles = doc.createStyles();
        CTStyles ct = CTStyles.Factory.newInstance();
        CTDocDefaults defaults = ct.addNewDocDefaults();
        CTRPr rpr = defaults.addNewRPrDefault().addNewRPr();
        fonts(rpr.addNewRFonts(), BODY_FONT);
        rpr.addNewSz().setVal(BigInteger.valueOf(Math.round(SIZE_3 * 2)));
        rpr.addNewSzCs().setVal(BigInteger.valueOf(Math.round(SIZE_3 * 2)));
        rpr.addNewLang().setEastAsia("zh-CN");
        CTPPrGeneral ppr = defaults.addNewPPrDefault().addNewPPr();
        CTSpacing spacing = ppr.addNewSpacing();
        spacing.setBefore(BigInteger.ZERO);
        spacing.setAfter(BigInteger.ZERO);
        spacing.setLine(BigInteger.valueOf(LINE));
        spacing.setLineRule(STLineSpacingRule.EXACT);
        styles.setStyles(ct);

        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        size.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar mar = sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(MARGIN_TOP));
        mar.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
        mar.setLeft(BigInteger.valueOf(MARGIN_LEFT));
        mar.setRight(BigInteger.valueOf(MARGIN_RIGHT));
        mar.setHeader(BigInteger.valueOf(HEADER_DISTANCE));
        mar.setFooter(BigInteger.valueOf(FOOTER_DISTANCE));
        mar.setGutter(BigInteger.ZERO);
        CTDocGrid grid = sect.addNewDocGrid();
        grid.setType(STDocGrid.LINES);
        grid.setLinePitch(BigInteger.valueOf(LINE));

        // Page numbers "— 1 —", 4号 宋体: odd pages on the right, even pages on the left, one character in.
        doc.setEvenAndOddHeadings(true);
        pageNumber(doc.createFooter(HeaderFooterType.DEFAULT), ParagraphAlignment.RIGHT);
        pageNumber(doc.createFooter(HeaderFooterType.EVEN), ParagraphAlignment.LEFT);
    }

    private static void pageNumber(XWPFFooter footer, ParagraphAlignment side) {
        XWPFParagraph p = footer.getParagraphs().isEmpty() ? footer.createParagraph() : footer.getParagraphs().get(0);
        p.setAlignment(side);
        int oneChar = (int) Math.round(SIZE_4 * 20);
        if (side == ParagraphAlignment.RIGHT) {
            p.setIndentationRight(oneChar);
        } else {
            p.setIndentationLeft(oneChar);
        }
        spacing(p, 0, STLineSpacingRule.AUTO, 240);
        run(p, "— ", SONG_FONT, SIZE_4, false);
        field(p, STFldCharType.BEGIN);
        XWPFRun instr = run(p, null, SONG_FONT, SIZE_4, false);
        instr.getCTR().addNewInstrText().setStringValue(" PAGE ");
        field(p, STFldCharType.SEPARATE);
        run(p, "1", SONG_FONT, SIZE_4, false);
        field(p, STFldCharType.END);
        run(p, " —", SONG_FONT, SIZE_4, false);
    }

    private static void field(XWPFParagraph p, STFldCharType.Enum type) {
        XWPFRun r = run(p, null, SONG_FONT, SIZE_4, false);
        r.getCTR().addNewFldChar().setFldCharType(type);
    }

    // ---- elements -------------------------------------------------------------------------------

    private void title(String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        spacing(p, 0, STLineSpacingRule.EXACT, 720); // 36 pt: a 2号 line
        linesInOneParagraph(p, text, TITLE_FONT, SIZE_2, false);
    }

    private void subtitle(String text) {
        XWPFParagraph p = textParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        linesInOneParagraph(p, text, KAI_FONT, SIZE_3, false);
    }

    private void heading(int level, String text) {
        String shown = text;
        headingCounters[level]++;
        for (int deeper = level + 1; deeper <= 3; deeper++) {
            headingCounters[deeper] = 0;
        }
        if (autoNumber && !NUMBERED.matcher(text).find()) {
            int n = headingCounters[level];
            shown = switch (level) {
                case 1 -> chinese(n) + "、" + text;
                case 2 -> "（" + chinese(n) + "）" + text;
                default -> n + "." + text;
            };
        }
        XWPFParagraph p = textParagraph();
        firstLineIndent(p, 2);
        p.getCTPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
        p.getCTPPr().addNewKeepNext();
        switch (level) {
            case 1 -> linesInOneParagraph(p, shown, HEI_FONT, SIZE_3, false);
            case 2 -> linesInOneParagraph(p, shown, KAI_FONT, SIZE_3, false);
            default -> linesInOneParagraph(p, shown, BODY_FONT, SIZE_3, true);
        }
    }

    private void bodyParagraph(String text) {
        XWPFParagraph p = textParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        firstLineIndent(p, 2);
        run(p, text, BODY_FONT, SIZE_3, false);
    }

    private void clause(String number, String text) {
        List<String> lines = lines(text);
        XWPFParagraph p = textParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        firstLineIndent(p, 2);
        run(p, clean(number) + "\u3000", HEI_FONT, SIZE_3, false);
        run(p, lines.isEmpty() ? "" : lines.get(0), BODY_FONT, SIZE_3, false);
        lines.stream().skip(1).forEach(this::bodyParagraph);
    }

    private void listItem(ListItem item) {
        String marker = item.ordered() ? "（" + (++orderedCounter) + "）" : "• ";
        List<String> lines = lines(item.text());
        bodyParagraph(marker + (lines.isEmpty() ? "" : lines.get(0)));
        lines.stream().skip(1).forEach(this::bodyParagraph);
    }

    private void table(List<String> header, List<List<String>> rows) {
        int columns = Math.max(1, Math.max(header.size(), rows.stream().mapToInt(List::size).max().orElse(0)));
        XWPFTable table = doc.createTable(1 + rows.size(), columns);
        table.setWidth(String.valueOf(TEXT_WIDTH));
        table.setTopBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setBottomBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setLeftBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setRightBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setInsideHBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setInsideVBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setCellMargins(40, 100, 40, 100);
        int cellWidth = TEXT_WIDTH / columns;
        for (int r = 0; r <= rows.size(); r++) {
            XWPFTableRow row = table.getRow(r);
            List<String> values = r == 0 ? header : rows.get(r - 1);
            if (r == 0) {
                row.setRepeatHeader(true);
            }
            row.setCantSplitRow(true);
            for (int c = 0; c < columns; c++) {
                XWPFTableCell cell = row.getCell(c);
                cell.setWidth(String.valueOf(cellWidth));
                cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
                XWPFParagraph p = cell.getParagraphs().get(0);
                p.setAlignment(r == 0 ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
                spacing(p, 0, STLineSpacingRule.AUTO, 240);
                linesInOneParagraph(p, c < values.size() ? values.get(c) : "", BODY_FONT, SIZE_4, r == 0);
            }
        }
        // A paragraph after the table, so that two tables in a row stay apart and Word can place the cursor there.
        XWPFParagraph after = doc.createParagraph();
        spacing(after, 0, STLineSpacingRule.AUTO, 240);
    }

    private void picture(Image image) throws IOException {
        byte[] data;
        Images.Info info;
        try {
            data = image.source().load();
            info = data == null ? null : Images.info(data);
        } catch (Images.DamagedImage | RuntimeException e) {
            data = null;
            info = null;
        }
        if (data == null) {
            XWPFParagraph note = doc.createParagraph();
            note.setAlignment(ParagraphAlignment.CENTER);
            run(note, "［图片无法显示］", KAI_FONT, SIZE_4, false);
        } else {
            int n = ++pictureCount;
            String extension = info.kind() == FileKind.PNG ? "png" : "jpeg";
            String partName = "word/media/image" + n + "." + extension;
            String relationId = "rIdImg" + n;
            storeUncompressed(partName, data);
            try {
                doc.getPackagePart().addRelationship(PackagingURIHelper.createPartName("/" + partName), TargetMode.INTERNAL,
                        (info.kind() == FileKind.PNG ? XWPFRelation.IMAGE_PNG : XWPFRelation.IMAGE_JPEG).getRelation(), relationId);
            } catch (InvalidFormatException impossible) {
                throw new IllegalStateException(impossible);
            }
            long cx = MAX_PICTURE_WIDTH;
            long cy = Math.round((double) cx * info.height() / info.width());
            if (cy > MAX_PICTURE_HEIGHT) {
                cy = MAX_PICTURE_HEIGHT;
                cx = Math.round((double) cy * info.width() / info.height());
            }
            XWPFParagraph p = doc.createParagraph();
            p.setAlignment(ParagraphAlignment.CENTER);
            spacing(p, 0, STLineSpacingRule.AUTO, 240); // a fixed line height would cut the picture off
            p.getCTPPr().addNewKeepNext();
            CTR r = p.createRun().getCTR();
            try {
                r.addNewDrawing().addNewInline().set(CTInline.Factory.parse(inline(n, relationId, cx, cy)));
            } catch (XmlException impossible) {
                throw new IllegalStateException(impossible);
            }
        }
        if (image.caption() != null && !image.caption().isBlank()) {
            XWPFParagraph caption = doc.createParagraph();
            caption.setAlignment(ParagraphAlignment.CENTER);
            spacing(caption, 0, STLineSpacingRule.EXACT, LINE);
            run(caption, image.caption().replace('\n', ' '), KAI_FONT, SIZE_4, false);
        }
    }

    private static String inline(int n, String relationId, long cx, long cy) {
        int id = 1000 + n;
        // <xml-fragment>: XMLBeans takes its attributes and children as the inline's own.
        return "<xml-fragment distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\""
                + " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
                + " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
                + " xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\""
                + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                + "<wp:extent cx=\"" + cx + "\" cy=\"" + cy + "\"/>"
                + "<wp:docPr id=\"" + id + "\" name=\"图片 " + n + "\"/>"
                + "<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect=\"1\"/></wp:cNvGraphicFramePr>"
                + "<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">"
                + "<pic:pic><pic:nvPicPr><pic:cNvPr id=\"" + id + "\" name=\"image" + n + "\"/><pic:cNvPicPr/></pic:nvPicPr>"
                + "<pic:blipFill><a:blip r:embed=\"" + relationId + "\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>"
                + "<pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"" + cx + "\" cy=\"" + cy + "\"/></a:xfrm>"
                + "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>"
                + "</a:graphicData></a:graphic></xml-fragment>";
    }

    private void contents(List<String> entries) {
        XWPFParagraph head = doc.createParagraph();
        head.setAlignment(ParagraphAlignment.CENTER);
        run(head, "目\u3000\u3000录", HEI_FONT, SIZE_3, false);
        emptyLine();
        for (String entry : entries) {
            XWPFParagraph p = textParagraph();
            run(p, entry.replace('\n', ' '), BODY_FONT, SIZE_3, false);
        }
    }

    /** GB/T 9704: the date four characters from the right margin, the issuer centred over it. */
    private void signature(String issuer, LocalDate date) {
        String dateText = date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
        double issuerWidth = width(issuer);
        double dateWidth = width(dateText);
        emptyLine();
        emptyLine();
        signatureLine(issuer, 4 + Math.max(0, (dateWidth - issuerWidth) / 2));
        signatureLine(dateText, 4 + Math.max(0, (issuerWidth - dateWidth) / 2));
    }

    private void signatureLine(String text, double charsFromRight) {
        XWPFParagraph p = textParagraph();
        p.setAlignment(ParagraphAlignment.RIGHT);
        p.setIndentationRightChars((int) Math.round(charsFromRight * 100));
        p.setIndentationRight((int) Math.round(charsFromRight * CHAR));
        run(p, text, BODY_FONT, SIZE_3, false);
    }

    /** Width in characters: CJK one, Latin letters and digits half. */
    private static double width(String s) {
        return s.codePoints().mapToDouble(c -> c < 0x2E80 ? 0.5 : 1).sum();
    }

    private void emptyLine() {
        textParagraph();
    }

    /** A paragraph on the page's line grid: fixed 28.95 pt lines (also the document default, said again for WPS). */
    private XWPFParagraph textParagraph() {
        XWPFParagraph p = doc.createParagraph();
        spacing(p, 0, STLineSpacingRule.EXACT, LINE);
        return p;
    }

    // ---- runs and paragraphs --------------------------------------------------------------------

    private static XWPFRun run(XWPFParagraph p, String text, String font, double size, boolean bold) {
        XWPFRun r = p.createRun();
        CTRPr rpr = r.getCTR().isSetRPr() ? r.getCTR().getRPr() : r.getCTR().addNewRPr();
        fonts(rpr.addNewRFonts(), font);
        if (bold) {
            r.setBold(true);
        }
        r.setFontSize(size);
        if (text != null) {
            r.setText(clean(text));
        }
        return r;
    }

    private static void linesInOneParagraph(XWPFParagraph p, String text, String font, double size, boolean bold) {
        List<String> lines = lines(text);
        for (int i = 0; i < lines.size(); i++) {
            XWPFRun r = run(p, lines.get(i), font, size, bold);
            if (i < lines.size() - 1) {
                r.addBreak();
            }
        }
    }

    private static void fonts(CTFonts f, String font) {
        f.setEastAsia(font);
        f.setAscii(font);
        f.setHAnsi(font);
        f.setCs(font);
    }

    private static void firstLineIndent(XWPFParagraph p, int chars) {
        CTPPr ppr = p.getCTPPr();
        CTInd ind = ppr.isSetInd() ? ppr.getInd() : ppr.addNewInd();
        ind.setFirstLineChars(BigInteger.valueOf(chars * 100L));
        ind.setFirstLine(BigInteger.valueOf((long) chars * CHAR));
    }

    private static void spacing(XWPFParagraph p, int after, STLineSpacingRule.Enum rule, int line) {
        CTPPr ppr = p.getCTPPr();
        CTSpacing s = ppr.isSetSpacing() ? ppr.getSpacing() : ppr.addNewSpacing();
        s.setBefore(BigInteger.ZERO);
        s.setAfter(BigInteger.valueOf(after));
        s.setLine(BigInteger.valueOf(line));
        s.setLineRule(rule);
    }

    /** Lines of a text (\r\n, \r and \n all break); an empty text is one empty line. */
    static List<String> lines(String text) {
        if (text == null || text.isEmpty()) {
            return List.of("");
        }
        return List.of(text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
    }

    /** Characters XML 1.0 cannot carry are dropped; a tab becomes a space. */
    static String clean(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t') {
                b.append(' ');
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                b.append(c).append(s.charAt(++i));
            } else if ((c >= 0x20 && c < 0xD800) || (c >= 0xE000 && c <= 0xFFFD)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    static String chinese(int n) {
        String[] digits = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
        if (n < 10) {
            return digits[n];
        }
        if (n < 20) {
            return "十" + (n % 10 == 0 ? "" : digits[n % 10]);
        }
        if (n < 100) {
            return digits[n / 10] + "十" + (n % 10 == 0 ? "" : digits[n % 10]);
        }
        return String.valueOf(n);
    }

    private static int mm(double millimetres) {
        return (int) Math.round(millimetres * 1440 / 25.4);
    }

    // ---- the zip --------------------------------------------------------------------------------

    private void storeUncompressed(String name, byte[] data) throws IOException {
        CRC32 crc = new CRC32();
        crc.update(data);
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(data.length);
        entry.setCompressedSize(data.length);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(data);
        zip.closeEntry();
    }

    /** POI's parts after the pictures; the content types learn the picture extensions. */
    private void copyParts(byte[] skeleton) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(skeleton), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                byte[] data = in.readAllBytes();
                if ("[Content_Types].xml".equals(entry.getName())) {
                    data = withPictureTypes(new String(data, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(data);
                zip.closeEntry();
            }
        }
    }

    private static String withPictureTypes(String types) {
        StringBuilder defaults = new StringBuilder();
        if (!types.contains("Extension=\"jpeg\"")) {
            defaults.append("<Default Extension=\"jpeg\" ContentType=\"image/jpeg\"/>");
        }
        if (!types.contains("Extension=\"png\"")) {
            defaults.append("<Default Extension=\"png\" ContentType=\"image/png\"/>");
        }
        int at = types.indexOf("<Default");
        if (at < 0) {
            at = types.indexOf("<Override");
        }
        if (at < 0) {
            throw new IllegalStateException("unexpected [Content_Types].xml");
        }
        return types.substring(0, at) + defaults + types.substring(at);
    }

    /** The caller's stream stays open: they may write more, or close it themselves. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
