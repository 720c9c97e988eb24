package cn.ggw.common;

/** Text typed by a user, made literal inside a SQL LIKE pattern (PostgreSQL's default escape is the backslash). */
public final class LikePatterns {

    private LikePatterns() {
    }

    public static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** Matches the text anywhere. */
    public static String containing(String text) {
        return "%" + escape(text) + "%";
    }
}
