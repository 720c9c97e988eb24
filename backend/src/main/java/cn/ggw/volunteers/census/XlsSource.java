package cn.ggw.volunteers.census;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;

/**
 * An Excel 97–2003 workbook (.xls), read with POI's HSSF (such files hold at most 65,536 rows, so reading one
 * whole is bounded). Rows come out exactly as from an XLSX: same numbers, dates, formula and error handling,
 * so header detection and the checks do not know the difference. Password-protected ones are refused.
 */
final class XlsSource implements CensusReader.Source {

    private final HSSFWorkbook book;
    private final int sheetIndex;

    private XlsSource(HSSFWorkbook book, int sheetIndex) {
        this.book = book;
        this.sheetIndex = sheetIndex;
    }

    static XlsSource open(Path file, String sheet) {
        HSSFWorkbook book;
        try {
            POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true);
            try {
                book = new HSSFWorkbook(fs.getRoot(), true);
            } catch (EncryptedDocumentException e) {
                fs.close();
                throw new CensusFileException(CensusFileException.ENCRYPTED);
            } catch (RuntimeException | IOException e) {
                fs.close();
                throw new CensusFileException(CensusFileException.DAMAGED, e);
            }
        } catch (IOException e) {
            throw new CensusFileException(CensusFileException.DAMAGED, e);
        }
        if (sheet != null) {
            int index = book.getSheetIndex(sheet);
            if (index < 0 || !hasData(book.getSheetAt(index))) {
                closeQuietly(book);
                throw new CensusFileException(index < 0 ? "import.sheet.unknown" : "import.sheet.empty", sheet);
            }
            return new XlsSource(book, index);
        }
        for (int i = 0; i < book.getNumberOfSheets(); i++) {
            if (hasData(book.getSheetAt(i))) {
                return new XlsSource(book, i);
            }
        }
        try {
            book.close();
        } catch (IOException ignored) {
            // nothing to release beyond memory
        }
        throw new CensusFileException(CensusFileException.EMPTY);
    }

    private static void closeQuietly(HSSFWorkbook book) {
        try {
            book.close();
        } catch (IOException ignored) {
            // memory only
        }
    }

    @Override
    public java.util.List<CensusReader.SheetRows> sheets() {
        java.util.List<CensusReader.SheetRows> list = new java.util.ArrayList<>();
        for (int i = 0; i < book.getNumberOfSheets(); i++) {
            int rows = 0;
            CensusRowBuilder builder = new CensusRowBuilder();
            for (Row row : book.getSheetAt(i)) {
                builder.reset();
                fill(builder, row);
                if (builder.build(row.getRowNum() + 1) != null) {
                    rows++;
                }
            }
            list.add(new CensusReader.SheetRows(book.getSheetName(i), rows));
        }
        return list;
    }

    private static boolean hasData(Sheet sheet) {
        CensusRowBuilder builder = new CensusRowBuilder();
        for (Row row : sheet) {
            builder.reset();
            fill(builder, row);
            if (builder.build(row.getRowNum() + 1) != null) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean read(CensusReader.RowHandler handler) {
        CensusRowBuilder builder = new CensusRowBuilder();
        for (Row row : book.getSheetAt(sheetIndex)) {
            builder.reset();
            fill(builder, row);
            CensusRow built = builder.build(row.getRowNum() + 1);
            if (built != null && !handler.row(built)) {
                return false;
            }
        }
        return true;
    }

    private static void fill(CensusRowBuilder builder, Row row) {
        for (Cell cell : row) {
            int column = cell.getColumnIndex();
            CellType type = cell.getCellType();
            boolean formula = type == CellType.FORMULA;
            if (formula) {
                type = cell.getCachedFormulaResultType();
            }
            switch (type) {
                case STRING -> builder.set(column, cell.getRichStringCellValue().getString(), false, false);
                case BOOLEAN -> builder.set(column, cell.getBooleanCellValue() ? "TRUE" : "FALSE", false, false);
                case ERROR -> builder.set(column, "#ERROR", false, true);
                case NUMERIC -> {
                    double value = cell.getNumericCellValue();
                    if (DateUtil.isCellDateFormatted(cell) && DateUtil.isValidExcelDate(value)) {
                        builder.set(column, DateUtil.getLocalDateTime(value, book1904(cell)).toLocalDate().toString(), false, false);
                    } else {
                        builder.set(column, XlsxCells.number(BigDecimal.valueOf(value).toString()), true, false);
                    }
                }
                case BLANK -> builder.set(column, "", false, formula);
                default -> builder.set(column, "", false, formula);
            }
        }
    }

    private static boolean book1904(Cell cell) {
        return cell.getSheet().getWorkbook() instanceof HSSFWorkbook h && h.getInternalWorkbook().isUsing1904DateWindowing();
    }

    @Override
    public String sheetName() {
        return book.getSheetName(sheetIndex);
    }

    @Override
    public void close() {
        try {
            book.close();
        } catch (IOException ignored) {
            // read-only: nothing to write back
        }
    }
}
