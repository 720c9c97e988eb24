package cn.ggw.volunteers;

/** The five kinds of 五老. */
public enum VolunteerCategory {
    /** 老干部 */
    CADRE,
    /** 老战士 */
    VETERAN,
    /** 老专家 */
    EXPERT,
    /** 老教师 */
    TEACHER,
    /** 老模范 */
    MODEL
}
