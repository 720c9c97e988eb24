package cn.ggw.testsupport;

import cn.ggw.testsupport.CensusFiles.BadKind;
import cn.ggw.testsupport.CensusFiles.BadRow;
import cn.ggw.volunteers.Gender;
import cn.ggw.volunteers.IdNumber;
import cn.ggw.volunteers.Phone;
import cn.ggw.volunteers.census.CensusFormat;
import cn.ggw.volunteers.census.CensusHeaders;
import cn.ggw.volunteers.census.CensusReader;
import cn.ggw.volunteers.census.CensusRow;
import cn.ggw.volunteers.census.CensusValues;
import cn.ggw.volunteers.census.HeaderGuess;
import cn.ggw.volunteers.census.ImportField;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CensusFilesTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("5,000 bad rows in an XLSX under a title: an independent check of the file finds exactly the listed rows, columns and kinds")
    void fiveThousandBadRows() {
        Path file = dir.resolve("bad.xlsx");
        CensusFiles.Written written = CensusFiles.census().rows(10_000).badShare(0.5).title(true).seed(7).write(file);
        assertEquals(5_000, written.badRows().size());
        assertEquals(2, written.headerRow());
        assertEquals(EnumSet.allOf(BadKind.class), written.badRows().stream().map(BadRow::kind).collect(Collectors.toCollection(() -> EnumSet.noneOf(BadKind.class))));
        Check check = check(file, CensusFiles.DEFAULT_UNITS);
        assertEquals(2, check.headerRow);
        assertEquals(10_000, check.dataRows);
        assertEquals(written.badRows(), check.bad);
    }

    @Test
    @DisplayName("a GB18030 CSV with a group row and plain village names (no 所属乡镇 column) reads back with the listed bad rows")
    void gb18030Csv() throws Exception {
        List<CensusFiles.Unit> units = List.of(CensusFiles.Unit.parse("新立村"), CensusFiles.Unit.parse("永安村"), CensusFiles.Unit.parse("铁东社区"));
        Path gb = dir.resolve("gb.csv");
        CensusFiles.Written written = CensusFiles.census().rows(3_000).badShare(0.1).groupRow(true).units(units)
                .format(CensusFormat.CSV).encoding(CensusFiles.Encoding.GB18030).write(gb);
        assertFalse(written.headers().contains("所属乡镇"));
        assertTrue(written.badRows().stream().noneMatch(b -> b.kind() == BadKind.ID_AS_NUMBER), "a CSV cell has no number type");
        assertEquals(300, written.badRows().size());
        byte[] bytes = Files.readAllBytes(gb);
        assertNotEquals((byte) 0xEF, bytes[0], "no UTF-8 BOM");
        assertTrue(new String(bytes, "GB18030").contains("身份证号"));
        Check check = check(gb, units);
        assertEquals(2, check.headerRow);
        assertEquals(written.badRows(), check.bad);

        Path utf8 = dir.resolve("utf8.csv");
        CensusFiles.census().rows(3_000).badShare(0.1).groupRow(true).units(units).format(CensusFormat.CSV).write(utf8);
        byte[] utf8Bytes = Files.readAllBytes(utf8);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(utf8Bytes, 3));
        assertEquals(readAll(gb), readAll(utf8));
    }

    @Test
    @DisplayName("the same seed writes the same file; another seed other people")
    void deterministic() throws Exception {
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        Path c = dir.resolve("c.csv");
        CensusFiles.census().rows(500).seed(3).format(CensusFormat.CSV).write(a);
        CensusFiles.census().rows(500).seed(3).format(CensusFormat.CSV).write(b);
        CensusFiles.census().rows(500).seed(4).format(CensusFormat.CSV).write(c);
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        assertFalse(java.util.Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(c)));
    }

    @Test
    @DisplayName("100,000 rows: XLSX and CSV written and streamed back (sizes and times printed), every ID valid and unique")
    void hundredThousandRows() {
        for (CensusFormat format : CensusFormat.values()) {
            Path file = dir.resolve("big." + format.name().toLowerCase(Locale.ROOT));
            long t0 = System.nanoTime();
            CensusFiles.census().rows(100_000).badShare(0).format(format).write(file);
            long t1 = System.nanoTime();
            Set<String> ids = new HashSet<>();
            int[] rows = {0};
            try (CensusReader reader = CensusReader.open(file)) {
                reader.read(row -> {
                    rows[0]++;
                    if (row.number() > 1) {
                        ids.add(row.cell(3));
                    }
                    return true;
                });
            }
            long t2 = System.nanoTime();
            assertEquals(100_001, rows[0]);
            assertEquals(100_000, ids.size());
            assertTrue(ids.stream().allMatch(id -> IdNumber.parse(id).regionCode().equals(CensusFiles.FAKE_REGION)));
            System.out.printf(Locale.ROOT, "census %s, 100,000 rows: %.1f MB, written in %.1f s, read in %.1f s%n", format,
                    file.toFile().length() / 1e6, (t1 - t0) / 1e9, (t2 - t1) / 1e9);
        }
    }

    @Test
    @DisplayName("the command line writes the file and FILE.expected.tsv")
    void commandLine() throws Exception {
        Path units = dir.resolve("units.txt");
        Files.writeString(units, "# 乡镇/村\n平台镇/新立村\n平台镇/永安村\n\n东风乡/红星村\n");
        Path out = dir.resolve("out/census.xlsx");
        CensusFileMain.main(new String[] {"--rows", "200", "--bad-share", "0.05", "--out", out.toString(), "--units", units.toString(),
                "--title", "--seed", "9"});
        List<String> expected = Files.readAllLines(dir.resolve("out/census.xlsx.expected.tsv"), StandardCharsets.UTF_8);
        assertEquals("row\tcolumn\tkind", expected.get(0));
        assertEquals(11, expected.size());
        assertEquals("22\tD\tCHECK_DIGIT", expected.get(1));
        try (CensusReader reader = CensusReader.open(out)) {
            assertEquals(CensusFormat.XLSX, reader.format());
        }
    }

    // ------------------------------------------------------------------------------------------

    /** What an import would find wrong in a generated file, worked out from the cells alone. */
    private record Check(int headerRow, int dataRows, List<BadRow> bad) {
    }

    private static Check check(Path file, List<CensusFiles.Unit> units) {
        List<CensusRow> first = new ArrayList<>();
        List<BadRow> bad = new ArrayList<>();
        Set<String> unitNames = units.stream().map(CensusFiles.Unit::name).collect(Collectors.toSet());
        Set<String> seen = new HashSet<>();
        LocalDate today = LocalDate.now(IdNumber.CHINA);
        int[] dataRows = {0};
        try (CensusReader reader = CensusReader.open(file)) {
            reader.read(row -> first.add(row) && first.size() < CensusHeaders.ROWS_TO_SCAN);
            HeaderGuess guess = CensusHeaders.guess(first);
            int name = guess.columnFor(ImportField.NAME).index();
            int gender = guess.columnFor(ImportField.GENDER).index();
            int id = guess.columnFor(ImportField.ID_NUMBER).index();
            int birth = guess.columnFor(ImportField.BIRTH_DATE).index();
            int phone = guess.columnFor(ImportField.PHONE).index();
            int unit = guess.columnFor(ImportField.UNIT).index();
            int categories = guess.columnFor(ImportField.CATEGORIES).index();
            int areas = guess.columnFor(ImportField.ACTIVITY_AREAS).index();
            int retirement = guess.columnFor(ImportField.RETIREMENT_TYPE).index();
            reader.read(row -> {
                if (row.number() <= guess.headerRowNumber()) {
                    return true;
                }
                dataRows[0]++;
                IdNumber parsed = null;
                BadKind kind = null;
                int column = id;
                if (CensusValues.idNumberStoredAsNumber(row, id)) {
                    kind = BadKind.ID_AS_NUMBER;
                } else {
                    try {
                        parsed = IdNumber.parse(row.cell(id), today);
                        if (!seen.add(parsed.value())) {
                            kind = BadKind.DUPLICATE_ID;
                        }
                    } catch (IdNumber.Invalid e) {
                        kind = switch (e.reason()) {
                            case IdNumber.Invalid.CHECK -> BadKind.CHECK_DIGIT;
                            case IdNumber.Invalid.DATE -> BadKind.IMPOSSIBLE_DATE;
                            case IdNumber.Invalid.FUTURE -> BadKind.FUTURE_DATE;
                            default -> throw new AssertionError(row + " " + e.reason());
                        };
                    }
                }
                if (kind == null && row.cell(name).isEmpty()) {
                    kind = BadKind.EMPTY_NAME;
                    column = name;
                }
                if (kind == null && CensusValues.gender(row.cell(gender)).value() != parsed.gender()) {
                    kind = BadKind.GENDER_MISMATCH;
                    column = gender;
                }
                if (kind == null && !Phone.isValid(row.cell(phone))) {
                    kind = BadKind.BAD_PHONE;
                    column = phone;
                }
                if (kind == null && !unitNames.contains(row.cell(unit))) {
                    kind = BadKind.UNKNOWN_UNIT;
                    column = unit;
                }
                if (parsed != null && !row.cell(birth).isEmpty()) {
                    CensusValues.BirthDate date = CensusValues.birthDate(row.cell(birth)).value();
                    assertTrue(date.agreesWith(parsed.birthDate()), () -> row + " birth date");
                    Gender fromCell = CensusValues.gender(row.cell(gender)).value();
                    assertTrue(fromCell != null, () -> row + " gender");
                }
                assertTrue(CensusValues.categories(row.cell(categories)).isOk(), () -> row + " categories");
                assertTrue(CensusValues.activityAreas(row.cell(areas)).isOk(), () -> row + " areas");
                assertTrue(CensusValues.retirementType(row.cell(retirement)).isOk(), () -> row + " retirement");
                if (kind != null) {
                    bad.add(new BadRow(row.number(), CensusFiles.letter(column), kind));
                }
                return true;
            });
            return new Check(guess.headerRowNumber(), dataRows[0], bad);
        }
    }

    private static List<CensusRow> readAll(Path file) {
        List<CensusRow> rows = new ArrayList<>();
        try (CensusReader reader = CensusReader.open(file)) {
            reader.read(rows::add);
        }
        return rows;
    }
}
