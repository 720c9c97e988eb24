package cn.ggw.figures;

/** Receives a line's counts, each at the unit whose rows it counted (identified by the unit's path). */
@FunctionalInterface
public interface FigureSink {

    /**
     * Adds {@code value} to the figure {@code key} of the unit at {@code orgPath}. Call once per unit and
     * key where possible (group by org_path in the query); repeated calls add up.
     */
    void add(String orgPath, String key, long value);
}
