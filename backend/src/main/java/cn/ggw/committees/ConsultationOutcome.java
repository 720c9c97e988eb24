package cn.ggw.committees;

/** What the township party committee said when consulted. */
public enum ConsultationOutcome {
    /** 同意 */
    AGREED,
    /** 不同意 */
    DISAGREED
}
