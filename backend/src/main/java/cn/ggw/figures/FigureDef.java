package cn.ggw.figures;

import java.util.Objects;

/**
 * One figure a line of work serves. Its key is part of the published contract (the city system stores
 * it): {@code <line>.<name>} in lower camel case, e.g. {@code trainings.required}. Its label is the
 * message {@code figure.<key>} of the line's bundle (zh-CN and English).
 *
 * <p>A COUNT adds up over a subtree (the figures service sums each unit's count into its ancestors);
 * a RATIO is computed after the roll-up from two counts of the same line, so that 144 of 147 is 98%
 * at every level and never an average of averages.
 *
 * @param temporal STOCK: the state on the period's last day (people on the register); FLOW: what
 *                 happened within the period (seats filled)
 * @param countsPeople the count is of identifiable people: the city API suppresses small cells of it
 */
public record FigureDef(String key, WorkLine line, Kind kind, Temporal temporal, boolean countsPeople,
                        String numerator, String denominator) {

    public enum Kind { COUNT, RATIO }

    public enum Temporal { STOCK, FLOW }

    public FigureDef {
        Objects.requireNonNull(key);
        Objects.requireNonNull(line);
        if (!key.matches("[a-z]+\\.[a-z][A-Za-z0-9]*")) {
            throw new IllegalArgumentException("figure keys are <line>.<lowerCamelName>: " + key);
        }
        if (kind == Kind.RATIO && (numerator == null || denominator == null)) {
            throw new IllegalArgumentException("a ratio names its numerator and denominator: " + key);
        }
    }

    public static FigureDef count(String key, WorkLine line, Temporal temporal, boolean countsPeople) {
        return new FigureDef(key, line, Kind.COUNT, temporal, countsPeople, null, null);
    }

    /** numerator ÷ denominator, both COUNT keys of the same line; null where the denominator is 0. */
    public static FigureDef ratio(String key, WorkLine line, String numerator, String denominator) {
        return new FigureDef(key, line, Kind.RATIO, null, false, numerator, denominator);
    }
}
