package cn.ggw.committees;

/** How someone came to a seat; decided by the server, it is what the period figures count. */
public enum AppointmentKind {
    /** At a term election (换届) or when the team was formed. */
    ELECTION,
    /** Into a required seat that was vacant (补充): the report's "filled in" figure. */
    FILL,
    /** Above the required count (e.g. a sixth 委员). */
    ADDITIONAL,
    /** The successor of an adjusted executive vice-director (调整). */
    ADJUSTMENT
}
