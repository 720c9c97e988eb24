package cn.ggw.volunteers.census;

import cn.ggw.volunteers.ActivityArea;
import cn.ggw.volunteers.Gender;
import cn.ggw.volunteers.IdNumber;
import cn.ggw.volunteers.RetirementType;
import cn.ggw.volunteers.VolunteerCategory;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses census cell text into register values, the way clerks type them. Each method returns a
 * {@link Result}: the value, or a message key with its arguments (i18n/messages*.properties). An
 * empty cell is not an error here — the caller knows which fields are required — and gives null
 * or an empty collection. ID numbers and phones are checked by {@link IdNumber} and
 * {@link cn.ggw.volunteers.Phone}.
 */
public final class CensusValues {

    public static final int NAME_MAX = 50;
    public static final int EMPLOYER_MAX = 100;
    public static final int POST_MAX = 100;
    public static final int ADDRESS_MAX = 200;
    public static final int HEALTH_MAX = 200;
    public static final int SKILL_MAX = 50;
    public static final int SKILLS_MAX = 20;

    public static final String GENDER_UNKNOWN = "import.value.gender";
    public static final String CATEGORY_UNKNOWN = "import.value.category.unknown";
    public static final String RETIREMENT_UNKNOWN = "import.value.retirement.unknown";
    public static final String AREA_UNKNOWN = "import.value.area.unknown";
    public static final String SKILL_TOO_LONG = "import.value.skill.too-long";
    public static final String SKILLS_TOO_MANY = "import.value.skills.too-many";
    public static final String BIRTH_DATE_FORMAT = "import.value.birth-date.format";
    public static final String BIRTH_DATE_INVALID = "import.value.birth-date.invalid";
    public static final String BIRTH_DATE_FUTURE = "import.value.birth-date.future";
    public static final String BIRTH_DATE_TOO_EARLY = "import.value.birth-date.too-early";
    public static final String TOO_LONG = "import.value.too-long";
    /** For the caller to say when an ID cell fails {@link IdNumber#parse} and {@link #idNumberStoredAsNumber} holds. */
    public static final String ID_NUMBER_AS_NUMBER = "import.value.id-number.as-number";

    /** Lists: 老干部、老教师 / 老干部,老教师 / 老干部；老教师 / 老干部 老教师 … */
    private static final Pattern SEPARATORS = Pattern.compile("[、,，;；/／|｜\\s\\u3000]+");
    private static final Pattern NOTE = Pattern.compile("[(（][^()（）]*[)）]$");
    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*(?:(?:[-/.]|月)\\s*(\\d{1,2})\\s*日?|月)?\\s*[.]?(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2})?)?");
    private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})?");
    /** What a CSV shows for a number Excel displayed in scientific notation: 2.20802E+17. */
    private static final Pattern SCIENTIFIC = Pattern.compile("\\d(?:\\.\\d+)?[eE]\\+?\\d+");
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private static final Map<String, Gender> GENDERS = new HashMap<>();
    private static final Map<String, VolunteerCategory> CATEGORIES = new HashMap<>();
    private static final Map<String, RetirementType> RETIREMENT = new HashMap<>();
    private static final Map<String, ActivityArea> AREAS = new HashMap<>();

    static {
        put(GENDERS, Gender.MALE, "男", "男性", "m", "male");
        put(GENDERS, Gender.FEMALE, "女", "女性", "f", "female");
        put(CATEGORIES, VolunteerCategory.CADRE, "老干部", "干部");
        put(CATEGORIES, VolunteerCategory.VETERAN, "老战士", "战士");
        put(CATEGORIES, VolunteerCategory.EXPERT, "老专家", "专家");
        put(CATEGORIES, VolunteerCategory.TEACHER, "老教师", "教师");
        put(CATEGORIES, VolunteerCategory.MODEL, "老模范", "模范");
        put(RETIREMENT, RetirementType.LIXIU, "离休", "离休干部");
        put(RETIREMENT, RetirementType.TUIXIU, "退休", "已退休", "退休干部", "退休职工");
        put(RETIREMENT, RetirementType.EARLY_RETIRED, "提前退出领导岗位", "提前离岗", "退出领导岗位", "退居二线", "提前退休");
        put(AREAS, ActivityArea.CARE, "关爱帮扶", "关爱", "帮扶");
        put(AREAS, ActivityArea.MORAL_EDUCATION, "思想道德教育", "思想教育", "道德教育");
        put(AREAS, ActivityArea.INTERNET_CAFE_SUPERVISION, "网吧义务监督", "网吧监督");
        put(AREAS, ActivityArea.COMMITTEE_POST, "关工委领导岗位", "领导岗位");
        put(AREAS, ActivityArea.LEGAL_EDUCATION, "法制教育", "法治教育", "普法教育");
        put(AREAS, ActivityArea.FAMILY_EDUCATION, "家庭教育");
        put(AREAS, ActivityArea.OTHER, "其他", "其它");
    }

    private CensusValues() {
    }

    /** A parsed value, or why the text was refused: {@link #error} is a message key, {@link #args} fill it. */
    public record Result<T>(T value, String error, List<Object> args) {

        public static <T> Result<T> ok(T value) {
            return new Result<>(value, null, List.of());
        }

        public static <T> Result<T> error(String code, Object... args) {
            return new Result<>(null, code, List.of(args));
        }

        public boolean isOk() {
            return error == null;
        }
    }

    /**
     * A birth date as precise as the clerk wrote it: "1950年1月" gives year and month only, so only
     * those are compared with the ID number.
     */
    public record BirthDate(int year, int month, Integer day) {

        public boolean hasDay() {
            return day != null;
        }

        /** Whether this date says the same as a full date, to the precision given. */
        public boolean agreesWith(LocalDate date) {
            return date.getYear() == year && date.getMonthValue() == month && (day == null || date.getDayOfMonth() == day);
        }

        /** 1950-01-01, or 1950-01 without a day. */
        @Override
        public String toString() {
            return day == null ? YearMonth.of(year, month).toString() : LocalDate.of(year, month, day).toString();
        }
    }

    public static Result<Gender> gender(String text) {
        String key = key(text);
        if (key.isEmpty()) {
            return Result.ok(null);
        }
        Gender gender = GENDERS.get(key);
        return gender == null ? Result.error(GENDER_UNKNOWN, text.strip()) : Result.ok(gender);
    }

    /** Any of the five kinds, several separated by 、 , ， ; ； / or spaces; the 老 may be left out. */
    public static Result<Set<VolunteerCategory>> categories(String text) {
        return several(text, CATEGORIES, CATEGORY_UNKNOWN, () -> EnumSet.noneOf(VolunteerCategory.class));
    }

    public static Result<RetirementType> retirementType(String text) {
        String key = key(text);
        if (key.isEmpty()) {
            return Result.ok(null);
        }
        RetirementType type = lookup(RETIREMENT, key);
        return type == null ? Result.error(RETIREMENT_UNKNOWN, text.strip()) : Result.ok(type);
    }

    public static Result<Set<ActivityArea>> activityAreas(String text) {
        return several(text, AREAS, AREA_UNKNOWN, () -> EnumSet.noneOf(ActivityArea.class));
    }

    /** Tags, split like categories, trimmed and without repeats, in the order written. */
    public static Result<List<String>> skills(String text) {
        Set<String> skills = new LinkedHashSet<>();
        for (String part : split(text)) {
            if (part.codePointCount(0, part.length()) > SKILL_MAX) {
                return Result.error(SKILL_TOO_LONG, part, SKILL_MAX);
            }
            skills.add(part);
        }
        if (skills.size() > SKILLS_MAX) {
            return Result.error(SKILLS_TOO_MANY, SKILLS_MAX);
        }
        return Result.ok(List.copyOf(skills));
    }

    public static Result<BirthDate> birthDate(String text) {
        return birthDate(text, LocalDate.now(IdNumber.CHINA));
    }

    /**
     * 1950-01-01, 1950/1/1, 1950.1.1, 1950年1月1日, 19500101, and by month: 1950-01, 1950.1,
     * 1950年1月, 195001. A time after the date (from a date cell exported as text) is ignored.
     */
    public static Result<BirthDate> birthDate(String text, LocalDate today) {
        String value = text == null ? "" : Normalizer.normalize(CensusText.clean(text), Normalizer.Form.NFKC);
        if (value.isEmpty()) {
            return Result.ok(null);
        }
        Matcher m = DATE.matcher(value);
        if (!m.matches()) {
            m = COMPACT_DATE.matcher(value);
            if (!m.matches()) {
                return Result.error(BIRTH_DATE_FORMAT, value);
            }
        }
        int year = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        Integer day = m.group(3) == null ? null : Integer.valueOf(m.group(3));
        LocalDate first;
        try {
            first = day == null ? LocalDate.of(year, month, 1) : LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return Result.error(BIRTH_DATE_INVALID, value);
        }
        boolean future = day == null ? YearMonth.of(year, month).isAfter(YearMonth.from(today)) : first.isAfter(today);
        if (future) {
            return Result.error(BIRTH_DATE_FUTURE, value);
        }
        if (first.isBefore(EARLIEST)) {
            return Result.error(BIRTH_DATE_TOO_EARLY, value);
        }
        return Result.ok(new BirthDate(year, month, day));
    }

    /** A name; spaces clerks put inside a Chinese name to line up columns ("王　明") are dropped. */
    public static Result<String> name(String text) {
        String value = CensusText.clean(text);
        String joined = value.replaceAll("[\\s\\u3000\\u00A0]+", "");
        if (!joined.isEmpty() && joined.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || c == '·' || c == '•')) {
            value = joined;
        }
        return limited(value, NAME_MAX);
    }

    public static Result<String> formerEmployer(String text) {
        return text(text, EMPLOYER_MAX);
    }

    public static Result<String> formerPost(String text) {
        return text(text, POST_MAX);
    }

    public static Result<String> address(String text) {
        return text(text, ADDRESS_MAX);
    }

    public static Result<String> health(String text) {
        return text(text, HEALTH_MAX);
    }

    /** Free text of at most {@code max} characters; null when empty. */
    public static Result<String> text(String text, int max) {
        return limited(CensusText.clean(text), max);
    }

    /**
     * Whether an ID number cell was stored as a number: then Excel kept only 15 digits (and a CSV
     * saved from it shows 2.20802E+17). When {@link IdNumber#parse} refuses such a cell, say
     * {@link #ID_NUMBER_AS_NUMBER} rather than "wrong check digit".
     */
    public static boolean idNumberStoredAsNumber(CensusRow row, int column) {
        return row.numericCells().get(column) || SCIENTIFIC.matcher(row.cell(column)).matches();
    }

    private static Result<String> limited(String value, int max) {
        if (value.isEmpty()) {
            return Result.ok(null);
        }
        int length = value.codePointCount(0, value.length());
        return length > max ? Result.error(TOO_LONG, max, length) : Result.ok(value);
    }

    private static <E extends Enum<E>> Result<Set<E>> several(String text, Map<String, E> words, String unknown,
                                                             Supplier<Set<E>> empty) {
        Set<E> values = empty.get();
        for (String part : split(text)) {
            E value = lookup(words, key(part));
            if (value == null) {
                return Result.error(unknown, part);
            }
            values.add(value);
        }
        return Result.ok(Collections.unmodifiableSet(values));
    }

    /** Exact word, or the word without a trailing note: "退休（教师）" is 退休. */
    private static <E> E lookup(Map<String, E> words, String key) {
        E value = words.get(key);
        if (value == null) {
            String stripped = NOTE.matcher(key).replaceFirst("");
            value = stripped.equals(key) ? null : words.get(stripped);
        }
        return value;
    }

    private static List<String> split(String text) {
        List<String> parts = new ArrayList<>();
        if (text == null) {
            return parts;
        }
        for (String part : SEPARATORS.split(CensusText.clean(text))) {
            String cleaned = CensusText.clean(part);
            if (!cleaned.isEmpty()) {
                parts.add(cleaned);
            }
        }
        return parts;
    }

    private static String key(String text) {
        return text == null ? "" : CensusText.clean(text).replaceAll("[\\s\\u3000]+", "").toLowerCase(Locale.ROOT);
    }

    private static <E> void put(Map<String, E> map, E value, String... words) {
        for (String word : words) {
            map.put(word, value);
        }
    }
}
