package cn.ggw.common;

/** Page sizes: a default and a hard cap, so that no list is unbounded. */
public final class Paging {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    private Paging() {
    }

    public static int checkedLimit(Integer limit) {
        if (limit == null) {
            return DEFAULT_LIMIT;
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ProblemException.invalid("limit", "limit.range", MAX_LIMIT);
        }
        return limit;
    }
}
