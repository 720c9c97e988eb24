package cn.ggw.volunteers.census;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CensusHeadersTest {

    @Test
    @DisplayName("a plain header on row 1: every recognised column gets its field")
    void plainHeader() {
        HeaderGuess guess = CensusHeaders.guess(List.of(
                row(1, "序号", "姓名", "性别", "身份证号", "联系电话", "所在村/社区", "备注"),
                row(2, "1", "张三", "男", "229998195001011235", "13812345678", "新立村", "")));
        assertEquals(1, guess.headerRowNumber());
        assertEquals(List.of(
                new CensusColumn(0, "A", "序号", null),
                new CensusColumn(1, "B", "姓名", ImportField.NAME),
                new CensusColumn(2, "C", "性别", ImportField.GENDER),
                new CensusColumn(3, "D", "身份证号", ImportField.ID_NUMBER),
                new CensusColumn(4, "E", "联系电话", ImportField.PHONE),
                new CensusColumn(5, "F", "所在村/社区", ImportField.UNIT),
                new CensusColumn(6, "G", "备注", null)), guess.columns());
        assertEquals("D", guess.columnFor(ImportField.ID_NUMBER).letter());
    }

    @Test
    @DisplayName("a merged title and a group row above the header: the header is row 3; an unnamed column with data takes the group's heading")
    void titleAndGroupRow() {
        HeaderGuess guess = CensusHeaders.guess(List.of(
                row(1, "洮北区五老人员花名册"),
                row(2, "基本信息", "", "", "", "", "其他情况"),
                row(3, "姓 名", "性别", "身份证号码（必填）", "*联系电话", "所在村（社区）", ""),
                row(4, "张三", "男", "229998195001011235", "13812345678", "新立村", "党员"),
                row(6, "李四", "女", "229998195001011243", "13812345679", "永安村", "")));
        assertEquals(3, guess.headerRowNumber());
        assertEquals(6, guess.columns().size());
        assertEquals(ImportField.NAME, guess.columns().get(0).suggested());
        assertEquals(ImportField.ID_NUMBER, guess.columns().get(2).suggested());
        assertEquals(ImportField.PHONE, guess.columns().get(3).suggested());
        assertEquals(ImportField.UNIT, guess.columns().get(4).suggested());
        assertEquals(new CensusColumn(5, "F", "其他情况", null), guess.columns().get(5));
    }

    @Test
    @DisplayName("a header over two rows (姓名 merged down, 联系方式 over 手机 and 家庭住址): both rows count, data starts below the second")
    void twoRowHeader() {
        HeaderGuess guess = CensusHeaders.guess(List.of(
                row(1, "五老名册"),
                row(2, "姓名", "身份证号", "联系方式", ""),
                row(3, "", "", "手机", "家庭住址"),
                row(4, "张三", "229998195001011235", "13812345678", "幸福路1号")));
        assertEquals(3, guess.headerRowNumber());
        assertEquals(List.of(
                new CensusColumn(0, "A", "姓名", ImportField.NAME),
                new CensusColumn(1, "B", "身份证号", ImportField.ID_NUMBER),
                new CensusColumn(2, "C", "手机", ImportField.PHONE),
                new CensusColumn(3, "D", "家庭住址", ImportField.ADDRESS)), guess.columns());
    }

    @Test
    @DisplayName("headers are matched after normalising: spaces, full-width forms, notes like（必填）, *, colons, Latin case")
    void normalisation() {
        assertEquals(ImportField.NAME, CensusHeaders.recognise(" 姓\u3000名 "));
        assertEquals(ImportField.NAME, CensusHeaders.recognise("NAME"));
        assertEquals(ImportField.ID_NUMBER, CensusHeaders.recognise("ID Number"));
        assertEquals(ImportField.ID_NUMBER, CensusHeaders.recognise("公民身份号码(18位)*"));
        assertEquals(ImportField.ID_NUMBER, CensusHeaders.recognise("身份证号\n（必填）"));
        assertEquals(ImportField.PHONE, CensusHeaders.recognise("联系电话（选填）："));
        assertEquals(ImportField.PHONE, CensusHeaders.recognise("Phone"));
        assertEquals(ImportField.ADDRESS, CensusHeaders.recognise("address"));
        assertEquals(ImportField.UNIT, CensusHeaders.recognise("所在村（社区）"));
        assertEquals(ImportField.UNIT, CensusHeaders.recognise("所在村／社区"));
        assertEquals(ImportField.TOWNSHIP, CensusHeaders.recognise("乡镇（街道）"));
        assertEquals(ImportField.BIRTH_DATE, CensusHeaders.recognise("出生年月："));
        assertEquals(ImportField.RETIREMENT_TYPE, CensusHeaders.recognise("【离退休类别】"));
        assertEquals(ImportField.ACTIVITY_AREAS, CensusHeaders.recognise("发挥作用领域"));
        assertEquals(ImportField.FORMER_EMPLOYER, CensusHeaders.recognise("工作单位"));
        assertNull(CensusHeaders.recognise("备注"));
        assertNull(CensusHeaders.recognise(""));
    }

    @Test
    @DisplayName("a field is suggested for the first column that names it only")
    void firstWins() {
        HeaderGuess guess = CensusHeaders.guess(List.of(
                row(1, "姓名", "电话", "手机", "姓名"),
                row(2, "张三", "0436-3221234", "13812345678", "张三")));
        assertEquals(ImportField.PHONE, guess.columns().get(1).suggested());
        assertNull(guess.columns().get(2).suggested());
        assertNull(guess.columns().get(3).suggested());
        assertEquals("手机", guess.columns().get(2).header());
    }

    @Test
    @DisplayName("without a row naming 姓名 or 身份证号 and one more field, there is no header")
    void notFound() {
        CensusFileException none = assertThrows(CensusFileException.class, () -> CensusHeaders.guess(List.of(
                row(1, "性别", "联系电话", "家庭住址"), row(2, "男", "13812345678", "幸福路"))));
        assertEquals(CensusFileException.HEADERS_NOT_FOUND, none.code());
        CensusFileException alone = assertThrows(CensusFileException.class, () -> CensusHeaders.guess(List.of(
                row(1, "姓名", "备注"), row(2, "张三", ""))));
        assertEquals(CensusFileException.HEADERS_NOT_FOUND, alone.code());
    }

    @Test
    @DisplayName("a header among the first 20 rows is found; one in the last row passed is not taken for a file without data")
    void scanWindow() {
        List<CensusRow> rows = new ArrayList<>();
        for (int i = 1; i < CensusHeaders.ROWS_TO_SCAN; i++) {
            rows.add(row(i, "说明第" + i + "行"));
        }
        rows.add(row(CensusHeaders.ROWS_TO_SCAN, "姓名", "身份证号"));
        assertEquals(CensusHeaders.ROWS_TO_SCAN, CensusHeaders.guess(rows).headerRowNumber());
    }

    static CensusRow row(int number, String... cells) {
        List<String> list = new ArrayList<>(Arrays.asList(cells));
        while (!list.isEmpty() && list.get(list.size() - 1).isEmpty()) {
            list.remove(list.size() - 1);
        }
        return new CensusRow(number, List.copyOf(list), new BitSet(), new BitSet());
    }
}
