package cn.ggw.volunteers.census;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a census file row by row, whatever its name says: an XLSX workbook (streamed, never
 * loaded whole) or a CSV text in UTF-8 or GB18030, or an Excel 97–2003 .xls workbook (HSSF). Encrypted workbooks, Word files,
 * damaged and empty files are refused with a {@link CensusFileException} whose code says why.
 *
 * <pre>
 * try (CensusReader reader = CensusReader.open(path)) {
 *     reader.read(row -> { ...; return true; });
 * }
 * </pre>
 */
public final class CensusReader implements AutoCloseable {

    /** Receives the non-empty rows in order; returns false to stop reading. */
    @FunctionalInterface
    public interface RowHandler {
        boolean row(CensusRow row);
    }

    /** One opened file; package-private so that each format stays in its own file. */
    interface Source extends AutoCloseable {
        /** Streams the rows; false when the handler stopped early. */
        boolean read(RowHandler handler);

        String sheetName();

        /** Every worksheet with the number of its non-empty rows (none for CSV). */
        default List<SheetRows> sheets() {
            return List.of();
        }

        @Override
        void close();
    }

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    private final CensusFormat format;
    private final Source source;

    private CensusReader(CensusFormat format, Source source) {
        this.format = format;
        this.source = source;
    }

    /**
     * Opens the file and checks that it holds at least one non-empty row.
     *
     * @throws CensusFileException {@code import.file.empty}, {@code import.file.not-spreadsheet},
     *                             {@code import.file.encrypted} or {@code import.file.damaged}
     */
    /** A worksheet and how many non-empty rows it holds. */
    public record SheetRows(String name, int rows) {
    }

    public static CensusReader open(Path file) {
        return open(file, null);
    }

    /**
     * Opens the file on the named worksheet (null: the first one with data); an unknown name is refused with
     * {@code import.sheet.unknown}, a sheet without rows with {@code import.sheet.empty}.
     */
    public static CensusReader open(Path file, String sheet) {
        byte[] head = new byte[8];
        int length;
        try (InputStream in = Files.newInputStream(file)) {
            length = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new CensusFileException(CensusFileException.DAMAGED, e);
        }
        if (length == 0) {
            throw new CensusFileException(CensusFileException.EMPTY);
        }
        if (startsWith(head, length, ZIP)) {
            return new CensusReader(CensusFormat.XLSX, XlsxSource.open(file, sheet));
        }
        if (startsWith(head, length, OLE2)) {
            CensusFileException refusal = Ole2.refusal(file);
            if (refusal != null) {
                throw refusal;
            }
            return new CensusReader(CensusFormat.XLS, XlsSource.open(file, sheet));
        }
        return new CensusReader(CensusFormat.CSV, CsvSource.open(file, head, length));
    }

    /** Every worksheet of a workbook with its non-empty rows, in the workbook's order; empty for CSV. */
    public List<SheetRows> sheets() {
        return source.sheets();
    }

    public CensusFormat format() {
        return format;
    }

    /** The worksheet being read (the first one with data); null for CSV. */
    public String sheetName() {
        return source.sheetName();
    }

    /**
     * Streams every non-empty row, in order, to the handler; may be called again to read from the
     * start. Rows keep the numbers Excel shows, so empty rows leave gaps.
     *
     * @return false when the handler stopped early
     * @throws CensusFileException {@code import.file.damaged} when the file breaks off or is malformed
     */
    public boolean read(RowHandler handler) {
        return source.read(handler);
    }

    @Override
    public void close() {
        source.close();
    }

    private static boolean startsWith(byte[] head, int length, byte[] magic) {
        if (length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (head[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
