package cn.ggw.common;

import java.util.List;

/** Message arguments that are themselves texts, translated when the problem is written. */
public final class Localized {

    private Localized() {
    }

    /** A message key (with its own arguments) used as an argument of another message. */
    public record Text(String key, Object... args) {
    }

    /** Message keys translated and joined with the language's list separator. */
    public record ListOf(List<String> keys) {
    }
}
