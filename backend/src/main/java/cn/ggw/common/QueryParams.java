package cn.ggw.common;

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
}
