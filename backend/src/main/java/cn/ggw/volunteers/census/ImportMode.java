package cn.ggw.volunteers.census;

/** How to commit a checked file. */
public enum ImportMode {
    /** Write every row or none: refused while any row is rejected. */
    ALL_OR_NOTHING,
    /** Write the valid rows, leave the rejected ones out (they can be fixed and imported again). */
    VALID_ROWS
}
