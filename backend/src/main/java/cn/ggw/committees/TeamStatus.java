package cn.ggw.committees;

/** A team's state against its unit kind's seat template. */
public enum TeamStatus {
    /** 健全: every role has at least its required number of current holders. */
    COMPLETE,
    /** 不健全: some holders, some required seats vacant. */
    INCOMPLETE,
    /** 空白: no current holder at all. */
    EMPTY,
    /** The unit's kind has no seat template: not counted in coverage. */
    NO_TEMPLATE
}
