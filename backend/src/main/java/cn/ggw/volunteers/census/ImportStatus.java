package cn.ggw.volunteers.census;

/**
 * Where an import stands: uploaded and awaiting the column mapping, in its dry run, checked,
 * being written, written, failed (nothing written), or discarded by the user.
 */
public enum ImportStatus {
    MAPPING,
    VALIDATING,
    VALIDATED,
    COMMITTING,
    COMMITTED,
    FAILED,
    DISCARDED;

    public boolean running() {
        return this == VALIDATING || this == COMMITTING;
    }
}
