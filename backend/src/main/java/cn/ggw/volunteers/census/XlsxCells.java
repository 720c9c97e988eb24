package cn.ggw.volunteers.census;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import java.util.Map;

/** Turns an XLSX cell (type, style, stored value) into the text Excel shows for it. */
final class XlsxCells {

    /** Excel keeps 15 significant digits: 220802195001011234 typed as a number shows 220802195001011000. */
    private static final MathContext EXCEL_PRECISION = new MathContext(15);

    private final ReadOnlySharedStringsTable strings;
    private final StylesTable styles;
    private final boolean date1904;
    private final Map<Integer, Boolean> dateStyles = new HashMap<>();

    XlsxCells(ReadOnlySharedStringsTable strings, StylesTable styles, boolean date1904) {
        this.strings = strings;
        this.styles = styles;
        this.date1904 = date1904;
    }

    void put(CensusRowBuilder row, int column, String type, int style, boolean formula, boolean sawValue, String raw) {
        if (type == null) {
            type = "n";
        }
        switch (type) {
            case "s" -> row.set(column, sharedString(raw), false, false);
            case "inlineStr" -> row.set(column, raw, false, false);
            case "str" -> row.set(column, raw, false, formula && !sawValue);
            case "b" -> row.set(column, raw.isEmpty() ? "" : "1".equals(raw.trim()) ? "TRUE" : "FALSE", false, formula && !sawValue);
            // #N/A, #REF!, #DIV/0!: a formula that could not be computed, and Excel shows only the error
            case "e" -> row.set(column, raw, false, true);
            default -> {
                if (raw.isBlank()) {
                    row.set(column, "", false, formula);
                } else if (isDate(style)) {
                    row.set(column, date(raw), false, false);
                } else {
                    row.set(column, number(raw), true, false);
                }
            }
        }
    }

    private String sharedString(String raw) {
        try {
            return strings.getItemAt(Integer.parseInt(raw.trim())).getString();
        } catch (RuntimeException e) {
            throw new CensusFileException(CensusFileException.DAMAGED, e);
        }
    }

    static String number(String raw) {
        try {
            BigDecimal value = new BigDecimal(raw.trim()).round(EXCEL_PRECISION).stripTrailingZeros();
            return value.signum() == 0 ? "0" : value.toPlainString();
        } catch (NumberFormatException e) {
            return raw;
        }
    }

    private String date(String raw) {
        try {
            double serial = Double.parseDouble(raw.trim());
            if (!DateUtil.isValidExcelDate(serial)) {
                return number(raw);
            }
            return DateUtil.getLocalDateTime(serial, date1904).toLocalDate().toString();
        } catch (NumberFormatException e) {
            return raw;
        }
    }

    private boolean isDate(int style) {
        if (style < 0 || styles == null) {
            return false;
        }
        return dateStyles.computeIfAbsent(style, s -> {
            try {
                XSSFCellStyle cellStyle = styles.getStyleAt(s);
                if (cellStyle == null) {
                    return false;
                }
                String format = cellStyle.getDataFormatString();
                return format != null && DateUtil.isADateFormat(cellStyle.getDataFormat(), format);
            } catch (RuntimeException e) {
                return false;
            }
        });
    }

    /** Whether the workbook counts days from 1904 (old Mac Excel) instead of 1900. */
    static boolean isDate1904(InputStream workbook) throws Exception {
        boolean[] result = {false};
        try (workbook) {
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes) {
                    if ("workbookPr".equals(localName) || qName.endsWith("workbookPr")) {
                        String value = attributes.getValue("date1904");
                        result[0] = "1".equals(value) || "true".equalsIgnoreCase(value);
                    }
                }
            });
            xml.parse(new InputSource(workbook));
        }
        return result[0];
    }
}
