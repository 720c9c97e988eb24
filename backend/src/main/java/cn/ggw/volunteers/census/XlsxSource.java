package cn.ggw.volunteers.census;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * An XLSX workbook read with POI's event API: the sheet XML is parsed with SAX, so memory stays
 * bounded by the shared strings, however many rows there are.
 */
final class XlsxSource implements CensusReader.Source {

    private final OPCPackage pkg;
    private final XSSFReader reader;
    private final ReadOnlySharedStringsTable strings;
    private final XlsxCells cells;
    private int sheetIndex = -1;
    private String sheetName;

    private XlsxSource(OPCPackage pkg) throws Exception {
        this.pkg = pkg;
        this.reader = new XSSFReader(pkg, true); // also "Strict Open XML" workbooks
        this.strings = new ReadOnlySharedStringsTable(pkg, false);
        StylesTable styles = reader.getStylesTable();
        this.cells = new XlsxCells(strings, styles, XlsxCells.isDate1904(reader.getWorkbookData()));
    }

    static XlsxSource open(Path file) {
        return open(file, null);
    }

    static XlsxSource open(Path file, String sheet) {
        checkIsSpreadsheetZip(file);
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (Exception e) {
            throw damaged(e);
        }
        XlsxSource source = null;
        try {
            if (!hasWorkbookPart(pkg)) {
                throw new CensusFileException(CensusFileException.NOT_SPREADSHEET);
            }
            source = new XlsxSource(pkg);
            if (sheet == null) {
                source.pickFirstSheetWithData();
            } else {
                source.pickSheet(sheet);
            }
            return source;
        } catch (CensusFileException e) {
            pkg.revert();
            throw e;
        } catch (Exception e) {
            pkg.revert();
            throw damaged(e);
        }
    }

    /** A zip without [Content_Types].xml is no Office file; one that cannot be listed is damaged. */
    private static void checkIsSpreadsheetZip(Path file) {
        boolean office = false;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                if ("[Content_Types].xml".equals(entries.nextElement().getName())) {
                    office = true;
                    break;
                }
            }
        } catch (IOException e) {
            throw damaged(e);
        }
        if (!office) {
            throw new CensusFileException(CensusFileException.NOT_SPREADSHEET);
        }
    }

    /** A .docx or .pptx is a valid Office package too: only a workbook part makes it a spreadsheet. */
    private static boolean hasWorkbookPart(OPCPackage pkg) throws Exception {
        for (PackagePart part : pkg.getParts()) {
            String type = part.getContentType();
            if (type.contains("spreadsheetml.sheet.main") || type.contains("spreadsheetml.template.main")
                    || type.contains("ms-excel.sheet.") || type.contains("ms-excel.template.")) {
                return true;
            }
        }
        return false;
    }

    private void pickSheet(String name) throws Exception {
        XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
        int index = 0;
        while (sheets.hasNext()) {
            try (InputStream in = sheets.next()) {
                if (name.equals(sheets.getSheetName())) {
                    boolean[] found = {false};
                    parse(in, row -> {
                        found[0] = true;
                        return false;
                    });
                    if (!found[0]) {
                        throw new CensusFileException("import.sheet.empty", name);
                    }
                    sheetIndex = index;
                    sheetName = name;
                    return;
                }
            }
            index++;
        }
        throw new CensusFileException("import.sheet.unknown", name);
    }

    @Override
    public java.util.List<CensusReader.SheetRows> sheets() {
        java.util.List<CensusReader.SheetRows> list = new java.util.ArrayList<>();
        try {
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream in = sheets.next()) {
                    int[] rows = {0};
                    parse(in, row -> {
                        rows[0]++;
                        return true;
                    });
                    list.add(new CensusReader.SheetRows(sheets.getSheetName(), rows[0]));
                }
            }
        } catch (CensusFileException e) {
            throw e;
        } catch (Exception e) {
            throw damaged(e);
        }
        return list;
    }

    private void pickFirstSheetWithData() throws Exception {
        Iterator<InputStream> sheets = reader.getSheetsData();
        int index = 0;
        while (sheets.hasNext()) {
            boolean[] found = {false};
            try (InputStream in = sheets.next()) {
                parse(in, row -> {
                    found[0] = true;
                    return false;
                });
            }
            if (found[0]) {
                sheetIndex = index;
                sheetName = ((XSSFReader.SheetIterator) sheets).getSheetName();
                return;
            }
            index++;
        }
        throw new CensusFileException(CensusFileException.EMPTY);
    }

    @Override
    public boolean read(CensusReader.RowHandler handler) {
        try {
            Iterator<InputStream> sheets = reader.getSheetsData();
            for (int i = 0; i < sheetIndex; i++) {
                sheets.next().close();
            }
            try (InputStream in = sheets.next()) {
                return parse(in, handler);
            }
        } catch (CensusFileException e) {
            throw e;
        } catch (Exception e) {
            throw damaged(e);
        }
    }

    /** False when the handler stopped early. */
    private boolean parse(InputStream sheet, CensusReader.RowHandler handler) throws Exception {
        XMLReader xml = XMLHelper.newXMLReader();
        SheetHandler sax = new SheetHandler(handler);
        xml.setContentHandler(sax);
        try {
            xml.parse(new InputSource(sheet));
            return true;
        } catch (Stop stop) {
            return false;
        }
    }

    @Override
    public String sheetName() {
        return sheetName;
    }

    @Override
    public void close() {
        pkg.revert();
    }

    private static CensusFileException damaged(Exception e) {
        return new CensusFileException(CensusFileException.DAMAGED, e);
    }

    /** Thrown through the SAX parser when the handler wants no more rows. */
    private static final class Stop extends SAXException {
        Stop() {
            super("stop");
        }
    }

    /** The sheetData of one worksheet: rows of cells, each with a type, a style, a value or a formula. */
    private final class SheetHandler extends DefaultHandler {

        private final CensusReader.RowHandler handler;
        private final CensusRowBuilder row = new CensusRowBuilder();
        private final StringBuilder value = new StringBuilder();
        private int rowNumber;
        private int column;
        private String type;
        private int style;
        private boolean formula;
        private boolean sawValue;
        private boolean collecting;
        private boolean inInline;
        private boolean inPhonetic;

        SheetHandler(CensusReader.RowHandler handler) {
            this.handler = handler;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (name(localName, qName)) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                    column = -1;
                    row.reset();
                }
                case "c" -> {
                    String r = attributes.getValue("r");
                    int parsed = r == null ? -1 : CensusText.columnIndex(r);
                    column = parsed < 0 ? column + 1 : parsed;
                    type = attributes.getValue("t");
                    String s = attributes.getValue("s");
                    style = s == null ? -1 : Integer.parseInt(s);
                    formula = false;
                    sawValue = false;
                    value.setLength(0);
                }
                case "f" -> formula = true;
                case "v" -> {
                    sawValue = true;
                    collecting = true;
                }
                case "is" -> {
                    inInline = true;
                    sawValue = true;
                }
                case "rPh" -> inPhonetic = true;
                case "t" -> collecting = inInline && !inPhonetic;
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (collecting) {
                value.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            switch (name(localName, qName)) {
                case "v", "t" -> collecting = false;
                case "rPh" -> inPhonetic = false;
                case "is" -> inInline = false;
                case "c" -> cells.put(row, column, type, style, formula, sawValue, value.toString());
                case "row" -> {
                    CensusRow built = row.build(rowNumber);
                    if (built != null && !handler.row(built)) {
                        throw new Stop();
                    }
                }
                default -> {
                }
            }
        }

        private String name(String localName, String qName) {
            if (localName != null && !localName.isEmpty()) {
                return localName;
            }
            int colon = qName.indexOf(':');
            return colon < 0 ? qName : qName.substring(colon + 1);
        }
    }
}
