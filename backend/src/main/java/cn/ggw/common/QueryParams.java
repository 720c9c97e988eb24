package cn.ggw.common;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Query parameters JAX-RS would refuse with a bare 404: parsed here into a 400 that names them. */
public final class QueryParams {

    private QueryParams() {
    }

    /** An enum value by name; blank is "no filter"; an unknown value is a 400 on that parameter. */
    public static <E extends Enum<E>> E enumValue(String field, Class<E> type, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, "query.value.unknown", raw.trim());
        }
    }

    /** Repeated enum values (?line=A&line=B); none is "no filter" (an empty set). */
    public static <E extends Enum<E>> Set<E> enumValues(String field, Class<E> type, List<String> raw) {
        Set<E> values = EnumSet.noneOf(type);
        if (raw != null) {
            for (String r : raw) {
                E value = enumValue(field, type, r);
                if (value != null) {
                    values.add(value);
                }
            }
        }
        return values;
    }

    /** An ISO date (YYYY-MM-DD); blank is "not given"; anything else is a 400 on that parameter. */
    public static LocalDate date(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(raw.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "query.date.invalid", raw.trim());
        }
        if (!inRange(date)) {
            throw ProblemException.invalid(field, "query.date.range", raw.trim());
        }
        return date;
    }

    /** Dates a person means: 1900 to 2999 (-999999999-01-01 parses, but no count or database can use it). */
    public static boolean inRange(LocalDate date) {
        return date == null || date.getYear() >= 1900 && date.getYear() <= 2999;
    }
}
