package cn.ggw.volunteers.census;

import cn.ggw.volunteers.Gender;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the words clerks write in census cells: 男/女, 老教师、老干部, 退休, 1950年1月 … */
final class CensusCells {

    private static final Map<String, String> CATEGORIES = Map.ofEntries(
            Map.entry("老干部", "CADRE"), Map.entry("老战士", "VETERAN"), Map.entry("老专家", "EXPERT"),
            Map.entry("老教师", "TEACHER"), Map.entry("老模范", "MODEL"),
            Map.entry("干部", "CADRE"), Map.entry("战士", "VETERAN"), Map.entry("专家", "EXPERT"),
            Map.entry("教师", "TEACHER"), Map.entry("模范", "MODEL"));
    private static final Map<String, String> AREAS = Map.ofEntries(
            Map.entry("关爱帮扶", "CARE"), Map.entry("思想道德教育", "MORAL_EDUCATION"),
            Map.entry("网吧义务监督", "INTERNET_CAFE_SUPERVISION"), Map.entry("网吧监督", "INTERNET_CAFE_SUPERVISION"),
            Map.entry("关工委领导岗位", "COMMITTEE_POST"), Map.entry("法制教育", "LEGAL_EDUCATION"),
            Map.entry("法治教育", "LEGAL_EDUCATION"), Map.entry("家庭教育", "FAMILY_EDUCATION"),
            Map.entry("其他", "OTHER"), Map.entry("其它", "OTHER"));
    private static final Map<String, String> RETIREMENT = Map.of(
            "离休", "LIXIU", "退休", "TUIXIU", "提前退出领导岗位", "EARLY_RETIRED", "提前离岗", "EARLY_RETIRED",
            "退出领导岗位", "EARLY_RETIRED", "退二线", "EARLY_RETIRED");
    private static final Pattern SEPARATORS = Pattern.compile("[、,，;；/／\\s]+");
    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-./年]\\s*(\\d{1,2})(?:\\s*[-./月]\\s*(\\d{1,2})\\s*日?)?\\s*月?");
    private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})?");

    private CensusCells() {
    }

    /** A date as precise as the clerk wrote it: a day, or only a month. */
    record PartialDate(int year, int month, Integer day) {

        boolean matches(LocalDate date) {
            return date.getYear() == year && date.getMonthValue() == month && (day == null || date.getDayOfMonth() == day);
        }
    }

    static Gender gender(String raw) {
        return switch (raw.trim().toLowerCase(Locale.ROOT)) {
            case "男", "男性", "m", "male" -> Gender.MALE;
            case "女", "女性", "f", "female" -> Gender.FEMALE;
            default -> null;
        };
    }

    static PartialDate date(String raw) {
        String value = raw.trim();
        Matcher m = DATE.matcher(value);
        if (!m.matches()) {
            m = COMPACT_DATE.matcher(value);
            if (!m.matches()) {
                return null;
            }
        }
        int year = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        Integer day = m.group(3) == null ? null : Integer.valueOf(m.group(3));
        try {
            LocalDate.of(year, month, day == null ? 1 : day);
        } catch (DateTimeException e) {
            return null;
        }
        return new PartialDate(year, month, day);
    }

    static String category(String word) {
        return CATEGORIES.get(word);
    }

    static String area(String word) {
        return AREAS.get(word);
    }

    static String retirement(String raw) {
        return RETIREMENT.get(raw.trim());
    }

    static List<String> split(String raw) {
        return Arrays.stream(SEPARATORS.split(raw.trim())).filter(s -> !s.isEmpty()).toList();
    }
}
