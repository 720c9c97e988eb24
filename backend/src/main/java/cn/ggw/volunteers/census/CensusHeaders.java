package cn.ggw.volunteers.census;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Finds the header row of a census file and guesses what each column holds, from the headers
 * personnel departments actually write (姓名, 身份证号码, 所在村（社区）, 联系电话（必填）…).
 *
 * <p>The header row is the one that names the most register fields. Above it there may be a
 * merged title ("洮北区五老人员花名册") or a group row ("基本信息" over 姓名/性别…); a header may
 * also span two rows (姓名 merged down, "联系方式" over 电话 and 住址 below), and then both rows
 * together are the header.
 */
public final class CensusHeaders {

    /** How many leading rows the caller should pass. */
    public static final int ROWS_TO_SCAN = 20;

    private static final Map<String, ImportField> SYNONYMS = new HashMap<>();
    /** Trailing notes: (必填) （选填） 【必填】 [18位] and the like, "*" and colons. */
    /** A whole header in brackets: 【姓名】, [性别]. */
    private static final Pattern WRAPPED = Pattern.compile("【[^【】]+】|\\[[^\\[\\]]+]|\\([^()]+\\)");
    private static final Pattern NOTE = Pattern.compile("(\\([^()]*\\)|\\[[^\\[\\]]*]|【[^【】]*】|[*:：])$");

    static {
        add(ImportField.NAME, "姓名", "名字", "人员姓名", "五老姓名", "name", "fullname");
        add(ImportField.ID_NUMBER, "身份证号", "身份证号码", "公民身份号码", "公民身份证号码", "身份证", "证件号码", "身份证件号码",
                "idnumber", "idno", "idcard", "idcardnumber");
        add(ImportField.GENDER, "性别", "gender", "sex");
        add(ImportField.BIRTH_DATE, "出生日期", "出生年月", "出生年月日", "生日", "出生时间", "birthdate", "dateofbirth");
        add(ImportField.PHONE, "联系电话", "电话", "手机", "手机号", "手机号码", "联系方式", "电话号码", "联系电话(手机)", "phone", "mobile",
                "telephone");
        add(ImportField.ADDRESS, "家庭住址", "住址", "现住址", "居住地址", "家庭地址", "现居住地址", "家庭详细住址", "address");
        add(ImportField.CATEGORIES, "五老类别", "类别", "人员类别", "身份类别", "五老类型");
        add(ImportField.FORMER_EMPLOYER, "原工作单位", "原单位", "工作单位", "退休前单位", "原工作单位及职务");
        add(ImportField.FORMER_POST, "原职务", "职务", "原任职务", "退休前职务", "原职务(职称)", "职务职称");
        add(ImportField.RETIREMENT_TYPE, "离退休类别", "离退休情况", "离退类别", "退休类别", "离退休", "离退休状态");
        add(ImportField.HEALTH, "健康状况", "身体状况", "健康情况", "身体情况");
        add(ImportField.SKILLS, "特长", "专长", "个人特长", "特长爱好", "兴趣特长");
        add(ImportField.ACTIVITY_AREAS, "发挥作用", "发挥作用领域", "活动领域", "工作领域", "发挥作用情况", "作用领域");
        add(ImportField.UNIT, "所在村/社区", "所在村(社区)", "所在村", "所在社区", "村/社区", "村(社区)", "村居", "所在单位", "所属村",
                "单位", "所属村/社区", "所属村(社区)", "村社区", "所在村社区", "村(居)", "所在村(居)");
        add(ImportField.TOWNSHIP, "乡镇/街道", "所属乡镇", "所在乡镇", "乡镇(街道)", "所属街道", "街道", "乡镇", "所属乡镇/街道",
                "所在乡镇/街道", "所属乡镇(街道)", "所在乡镇(街道)", "乡镇街道");
    }

    private CensusHeaders() {
    }

    private static void add(ImportField field, String... headers) {
        for (String header : headers) {
            SYNONYMS.putIfAbsent(normalize(header), field);
        }
    }

    /**
     * @param firstRows the file's first non-empty rows (up to {@link #ROWS_TO_SCAN}), in order
     * @throws CensusFileException {@code import.headers.not-found} when no row names at least two
     *                             fields, one of them 姓名 or 身份证号; {@code import.file.no-data} when
     *                             the rows passed end with the header (fewer than {@link #ROWS_TO_SCAN})
     */
    public static HeaderGuess guess(List<CensusRow> firstRows) {
        List<CensusRow> rows = firstRows.size() > ROWS_TO_SCAN ? firstRows.subList(0, ROWS_TO_SCAN) : firstRows;
        int bestTop = -1;
        int bestBottom = -1;
        int bestScore = 0;
        for (int i = 0; i < rows.size(); i++) {
            int single = score(List.of(rows.get(i)));
            if (single > bestScore) {
                bestScore = single;
                bestTop = i;
                bestBottom = i;
            }
            // a header over two rows only wins when the second row adds fields
            if (i + 1 < rows.size() && rows.get(i + 1).number() == rows.get(i).number() + 1) {
                int pair = score(List.of(rows.get(i), rows.get(i + 1)));
                if (pair > bestScore && pair > single) {
                    bestScore = pair;
                    bestTop = i;
                    bestBottom = i + 1;
                }
            }
        }
        if (bestTop < 0) {
            throw new CensusFileException(CensusFileException.HEADERS_NOT_FOUND);
        }
        // fewer rows than asked for means the file ended: nothing below the header, nobody to import
        if (bestBottom == rows.size() - 1 && firstRows.size() < ROWS_TO_SCAN) {
            throw new CensusFileException(CensusFileException.NO_DATA);
        }
        return describe(rows, bestTop, bestBottom);
    }

    /** The register field a header names, or null. */
    public static ImportField recognise(String header) {
        String key = normalize(header);
        if (WRAPPED.matcher(key).matches()) {
            key = key.substring(1, key.length() - 1);
        }
        while (!key.isEmpty()) {
            ImportField field = SYNONYMS.get(key);
            if (field != null) {
                return field;
            }
            String stripped = NOTE.matcher(key).replaceFirst("");
            if (stripped.equals(key)) {
                break;
            }
            key = stripped;
        }
        return null;
    }

    /** Spaces, line breaks, "_" and "-" out; full-width forms to half-width (NFKC); Latin to lower case; a leading "*" off. */
    static String normalize(String header) {
        if (header == null) {
            return "";
        }
        String text = Normalizer.normalize(header, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!CensusText.isPadding(c) && c != '_' && c != '-') {
                out.append(c);
            }
        }
        int start = 0;
        while (start < out.length() && (out.charAt(start) == '*' || out.charAt(start) == '※')) {
            start++;
        }
        return out.substring(start);
    }

    /** Distinct fields named by the header rows (the lower row's text wins where both name one); 0 unless NAME or ID_NUMBER is among them and at least two. */
    private static int score(List<CensusRow> headerRows) {
        Set<ImportField> fields = EnumSet.noneOf(ImportField.class);
        int width = headerRows.stream().mapToInt(r -> r.cells().size()).max().orElse(0);
        for (int c = 0; c < width; c++) {
            ImportField field = fieldOf(headerRows, c);
            if (field != null) {
                fields.add(field);
            }
        }
        boolean anchored = fields.contains(ImportField.NAME) || fields.contains(ImportField.ID_NUMBER);
        return anchored && fields.size() >= 2 ? fields.size() : 0;
    }

    private static ImportField fieldOf(List<CensusRow> headerRows, int column) {
        for (int r = headerRows.size() - 1; r >= 0; r--) {
            ImportField field = recognise(headerRows.get(r).cell(column));
            if (field != null) {
                return field;
            }
        }
        return null;
    }

    private static HeaderGuess describe(List<CensusRow> rows, int top, int bottom) {
        List<CensusRow> headerRows = rows.subList(top, bottom + 1);
        // a group row right above the header ("基本信息" over 姓名/性别…): its text labels columns the header leaves empty
        CensusRow group = null;
        if (top > 0 && rows.get(top - 1).number() == rows.get(top).number() - 1) {
            CensusRow above = rows.get(top - 1);
            if (above.cells().stream().filter(s -> !s.isEmpty()).count() >= 2) {
                group = above;
            }
        }
        TreeSet<Integer> indexes = new TreeSet<>();
        for (CensusRow row : rows.subList(top, rows.size())) {
            for (int c = 0; c < row.cells().size(); c++) {
                if (!row.cell(c).isEmpty()) {
                    indexes.add(c);
                }
            }
        }
        Set<ImportField> taken = EnumSet.noneOf(ImportField.class);
        List<CensusColumn> columns = new ArrayList<>();
        for (int c : indexes) {
            String header = headerText(headerRows, c);
            if (header.isEmpty() && group != null) {
                header = group.cell(c);
            }
            ImportField field = fieldOf(headerRows, c);
            if (field != null && !taken.add(field)) {
                field = null;
            }
            columns.add(new CensusColumn(c, CensusText.columnLetter(c), header, field));
        }
        return new HeaderGuess(headerRows.get(headerRows.size() - 1).number(), List.copyOf(columns));
    }

    /** The recognised text if any row of the header has one, else the lowest non-empty text. */
    private static String headerText(List<CensusRow> headerRows, int column) {
        for (int r = headerRows.size() - 1; r >= 0; r--) {
            String text = headerRows.get(r).cell(column);
            if (recognise(text) != null) {
                return text;
            }
        }
        for (int r = headerRows.size() - 1; r >= 0; r--) {
            String text = headerRows.get(r).cell(column);
            if (!text.isEmpty()) {
                return text;
            }
        }
        return "";
    }
}
