package cn.ggw.trainings;

/** A session's life: drafted (audience previewed), published (audience frozen), or cancelled (kept, never deleted once attended). */
public enum SessionStatus {
    DRAFT,
    PUBLISHED,
    CANCELLED
}
