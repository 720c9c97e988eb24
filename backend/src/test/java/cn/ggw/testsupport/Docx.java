package cn.ggw.testsupport;

import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A DOCX read back for tests: its text, its paragraphs with their runs' fonts and sizes, how many pictures
 * the body shows, the page size and margins, and its footers (whether they carry a PAGE field).
 * <pre>
 *   Docx docx = Docx.read(bytes);
 *   assertTrue(docx.text().contains("第三条"));
 *   assertEquals("方正小标宋简体", docx.paragraph("工作制度").font());
 *   assertEquals(80, docx.imageCount());
 * </pre>
 */
public record Docx(String text, List<Para> paragraphs, int imageCount, Page page, List<Footer> footers, boolean evenAndOddFooters) {

    /** A run of text with its East Asian font (the one Chinese text is shown in), size in points, boldness. */
    public record Run(String text, String font, Double sizePt, boolean bold) {
    }

    /** A paragraph of the body or of a table cell. {@code inTable}: from a table. */
    public record Para(String text, String alignment, List<Run> runs, Integer firstLineChars, String lineRule, Integer lineTwips,
                       Integer outlineLevel, boolean inTable) {

        /** The font of the first run with text (the paragraph's main font). */
        public String font() {
            return runs.stream().filter(r -> !r.text().isBlank()).map(Run::font).findFirst().orElse(null);
        }

        public Double sizePt() {
            return runs.stream().filter(r -> !r.text().isBlank()).map(Run::sizePt).findFirst().orElse(null);
        }

        public boolean bold() {
            return runs.stream().filter(r -> !r.text().isBlank()).map(Run::bold).findFirst().orElse(false);
        }
    }

    /** Size and margins in twips (1/20 pt); {@link #mm} converts. */
    public record Page(int width, int height, int top, int bottom, int left, int right, int footer) {

        public static double mm(int twips) {
            return twips * 25.4 / 1440;
        }
    }

    /** A footer: DEFAULT (odd pages), EVEN or FIRST; its text, alignment, and whether it has a PAGE field. */
    public record Footer(String type, String text, String alignment, boolean hasPageField, String font, Double sizePt) {
    }

    private static final Pattern PAGE_FIELD = Pattern.compile("(instrText[^>]*>\\s*PAGE\\b)|(instr=\"\\s*PAGE\\b)");

    public static Docx read(byte[] bytes) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<Para> paras = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            int images = 0;
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    paras.add(para(p, false));
                    text.append(p.getText()).append('\n');
                    images += pictures(p);
                } else if (element instanceof XWPFTable t) {
                    for (XWPFTableRow row : t.getRows()) {
                        List<String> cells = new ArrayList<>();
                        for (XWPFTableCell cell : row.getTableCells()) {
                            cells.add(cell.getText());
                            for (XWPFParagraph p : cell.getParagraphs()) {
                                paras.add(para(p, true));
                                images += pictures(p);
                            }
                        }
                        text.append(String.join("\t", cells)).append('\n');
                    }
                }
            }
            CTSectPr sect = doc.getDocument().getBody().getSectPr();
            CTPageSz size = sect.getPgSz();
            CTPageMar mar = sect.getPgMar();
            Page page = new Page(num(size.getW()), num(size.getH()), num(mar.getTop()), num(mar.getBottom()), num(mar.getLeft()),
                    num(mar.getRight()), num(mar.getFooter()));
            List<Footer> footers = new ArrayList<>();
            XWPFHeaderFooterPolicy policy = doc.getHeaderFooterPolicy();
            if (policy != null) {
                footer("DEFAULT", policy.getDefaultFooter()).ifPresent(footers::add);
                footer("EVEN", policy.getEvenPageFooter()).ifPresent(footers::add);
                footer("FIRST", policy.getFirstPageFooter()).ifPresent(footers::add);
            }
            return new Docx(text.toString(), paras, images, page, footers, doc.getEvenAndOddHeadings());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first paragraph whose text contains this. */
    public Para paragraph(String containing) {
        return paragraphs.stream().filter(p -> p.text().contains(containing)).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph contains \"" + containing + "\""));
    }

    public Optional<Footer> footer(String type) {
        return footers.stream().filter(f -> f.type().equals(type)).findFirst();
    }

    /** Whether some footer carries a PAGE field (a page number Word fills in). */
    public boolean footerHasPageField() {
        return footers.stream().anyMatch(Footer::hasPageField);
    }

    private static Para para(XWPFParagraph p, boolean inTable) {
        List<Run> runs = new ArrayList<>();
        for (XWPFRun r : p.getRuns()) {
            String font = r.getFontFamily(XWPFRun.FontCharRange.eastAsia);
            runs.add(new Run(r.text(), font != null ? font : r.getFontFamily(), r.getFontSizeAsDouble(),
                    r.isBold()));
        }
        CTPPr ppr = p.getCTP().getPPr();
        Integer firstLineChars = ppr != null && ppr.isSetInd() && ppr.getInd().isSetFirstLineChars()
                ? num(ppr.getInd().getFirstLineChars()) : null;
        String lineRule = ppr != null && ppr.isSetSpacing() && ppr.getSpacing().isSetLineRule()
                ? ppr.getSpacing().getLineRule().toString() : null;
        Integer line = ppr != null && ppr.isSetSpacing() && ppr.getSpacing().isSetLine() ? num(ppr.getSpacing().getLine()) : null;
        Integer outline = ppr != null && ppr.isSetOutlineLvl() ? ppr.getOutlineLvl().getVal().intValue() : null;
        String alignment = p.getAlignment() == null ? null : p.getAlignment().name();
        return new Para(p.getText(), alignment, runs, firstLineChars, lineRule, line, outline, inTable);
    }

    private static int pictures(XWPFParagraph p) {
        return p.getRuns().stream().mapToInt(r -> r.getEmbeddedPictures().size()).sum();
    }

    private static Optional<Footer> footer(String type, XWPFFooter footer) {
        if (footer == null) {
            return Optional.empty();
        }
        String xml = footer._getHdrFtr().xmlText();
        XWPFParagraph first = footer.getParagraphs().isEmpty() ? null : footer.getParagraphs().get(0);
        String alignment = first == null || first.getAlignment() == null ? null : first.getAlignment().name();
        Para para = first == null ? null : para(first, false);
        return Optional.of(new Footer(type, footer.getText(), alignment, PAGE_FIELD.matcher(xml).find(),
                para == null ? null : para.font(), para == null ? null : para.sizePt()));
    }

    private static int num(Object value) {
        if (value instanceof BigInteger b) {
            return b.intValue();
        }
        return value == null ? 0 : Integer.parseInt(value.toString());
    }
}
