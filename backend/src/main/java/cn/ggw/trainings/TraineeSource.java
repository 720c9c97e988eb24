package cn.ggw.trainings;

/** Why someone is in a session's list. */
public enum TraineeSource {
    /** Required by the audience rule, evaluated against the committee teams. */
    RULE,
    /** Required, added by hand by the organiser. */
    MANUAL,
    /** Not required: attended anyway (kept apart from the coverage). */
    EXTRA
}
