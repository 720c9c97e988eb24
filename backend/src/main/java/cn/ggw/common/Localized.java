package cn.ggw.common;

import java.util.List;

/** Message arguments that are themselves texts, translated when the problem is written. */
public final class Localized {

    private Localized() {
    }

    /** A message key (with its own arguments) used as an argument of another message. */
    public record Text(String key, Object... args) {
    }

    /** A name kept in the database in both languages (a category a district added), picked by the reader's. */
    public record Names(String zh, String en) {
    }

    /** Message keys translated and joined with the language's list separator. */
    public record ListOf(List<String> keys) {
    }
}
