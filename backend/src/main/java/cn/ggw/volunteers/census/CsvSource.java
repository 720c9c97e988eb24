package cn.ggw.volunteers.census;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A CSV census: UTF-8 (with or without BOM) when the bytes are valid UTF-8, else GB18030 — what
 * Excel on a Chinese Windows writes for "CSV (逗号分隔)"; UTF-16 when it starts with a BOM
 * (Excel's "Unicode 文本"). Comma, tab or semicolon, whichever the first lines use consistently.
 */
final class CsvSource implements CensusReader.Source {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final char[] DELIMITERS = {',', '\t', ';'};
    private static final int SNIFF_LINES = 20;

    private final Path file;
    private final Charset charset;
    private final char delimiter;

    private CsvSource(Path file, Charset charset, char delimiter) {
        this.file = file;
        this.charset = charset;
        this.delimiter = delimiter;
    }

    static CsvSource open(Path file, byte[] head, int length) {
        Charset charset;
        if (length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
        } else if (length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
        } else if (looksLikeText(file, StandardCharsets.UTF_8)) {
            charset = StandardCharsets.UTF_8;
        } else if (looksLikeText(file, GB18030)) {
            charset = GB18030;
        } else {
            throw new CensusFileException(CensusFileException.NOT_SPREADSHEET);
        }
        refuseMarkup(file, charset);
        CsvSource source = new CsvSource(file, charset, sniffDelimiter(file, charset));
        if (source.read(row -> false)) {
            throw new CensusFileException(CensusFileException.EMPTY);
        }
        return source;
    }

    /**
     * Decodes the whole file strictly: false when a byte sequence is not valid in the charset, or
     * the text holds NUL or many other control characters (a binary file that happens to decode).
     */
    private static boolean looksLikeText(Path file, Charset charset) {
        var decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        long chars = 0;
        long controls = 0;
        char[] buffer = new char[64 * 1024];
        try (Reader in = new InputStreamReader(Files.newInputStream(file), decoder)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                for (int i = 0; i < n; i++) {
                    char c = buffer[i];
                    if (c == 0) {
                        return false;
                    }
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1A) {
                        controls++;
                    }
                }
                chars += n;
            }
        } catch (CharacterCodingException e) {
            return false;
        } catch (IOException e) {
            throw new CensusFileException(CensusFileException.DAMAGED, e);
        }
        return controls * 100 <= chars;
    }

    /**
     * Many government systems "export to Excel" as an HTML table or an Excel 2003 XML file named
     * .xls: Excel opens them, we do not. Saving them as .xlsx in Excel is the fix, as for a real .xls.
     */
    private static void refuseMarkup(Path file, Charset charset) {
        char[] start = new char[4096];
        int n;
        try (BufferedReader in = reader(file, charset)) {
            n = in.read(start);
        } catch (IOException e) {
            throw new CensusFileException(CensusFileException.DAMAGED, e);
        }
        String head = n <= 0 ? "" : new String(start, 0, n).stripLeading().toLowerCase(java.util.Locale.ROOT);
        if (!head.startsWith("<")) {
            return;
        }
        if (head.contains("<html") || head.contains("<table") || head.contains("urn:schemas-microsoft-com:office:spreadsheet")) {
            throw new CensusFileException(CensusFileException.XLS);
        }
        throw new CensusFileException(CensusFileException.NOT_SPREADSHEET);
    }

    /** The delimiter with the same non-zero count on most of the first lines (quotes respected). */
    private static char sniffDelimiter(Path file, Charset charset) {
        int[][] counts = new int[DELIMITERS.length][SNIFF_LINES];
        int lines = 0;
        try (BufferedReader in = reader(file, charset)) {
            for (String line; lines < SNIFF_LINES && (line = in.readLine()) != null; ) {
                if (line.isBlank()) {
                    continue;
                }
                boolean quoted = false;
                for (int i = 0; i < line.length(); i++) {
                    char c = line.charAt(i);
                    if (c == '"') {
                        quoted = !quoted;
                    }
                    for (int d = 0; d < DELIMITERS.length && !quoted; d++) {
                        if (c == DELIMITERS[d]) {
                            counts[d][lines]++;
                        }
                    }
                }
                lines++;
            }
        } catch (IOException e) {
            throw new CensusFileException(CensusFileException.DAMAGED, e);
        }
        char best = ',';
        long bestScore = 0;
        for (int d = 0; d < DELIMITERS.length; d++) {
            long score = consistency(counts[d], lines);
            if (score > bestScore) {
                bestScore = score;
                best = DELIMITERS[d];
            }
        }
        return best;
    }

    /** How many lines share the most common non-zero count, weighted by that count (ties: more columns). */
    private static long consistency(int[] counts, int lines) {
        long best = 0;
        for (int i = 0; i < lines; i++) {
            if (counts[i] == 0) {
                continue;
            }
            int same = 0;
            for (int j = 0; j < lines; j++) {
                if (counts[j] == counts[i]) {
                    same++;
                }
            }
            best = Math.max(best, (long) same * 1000 + counts[i]);
        }
        return best;
    }

    private static BufferedReader reader(Path file, Charset charset) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), charset), 64 * 1024);
        in.mark(1);
        if (in.read() != '\uFEFF') {
            in.reset();
        }
        return in;
    }

    @Override
    public boolean read(CensusReader.RowHandler handler) {
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(false)
                .setTrailingData(true)
                .setLenientEof(true)
                .get();
        CensusRowBuilder row = new CensusRowBuilder();
        try (BufferedReader in = reader(file, charset); CSVParser parser = CSVParser.builder().setReader(in).setFormat(format).get()) {
            for (CSVRecord record : parser) {
                row.reset();
                for (int i = 0; i < record.size() && i < CensusText.MAX_COLUMNS; i++) {
                    row.set(i, record.get(i), false, false);
                }
                CensusRow built = row.build((int) record.getRecordNumber());
                if (built != null && !handler.row(built)) {
                    return false;
                }
            }
            return true;
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new CensusFileException(CensusFileException.DAMAGED, e);
        }
    }

    @Override
    public String sheetName() {
        return null;
    }

    @Override
    public void close() {
        // nothing held open between reads
    }
}
