package cn.ggw.trainings;

/** Attendance of one trainee. ATTENDED and MADE_UP count as trained. */
public enum AttendanceStatus {
    /** Nothing recorded yet. */
    EXPECTED,
    /** 已签到: attended. */
    ATTENDED,
    /** 请假: excused, with a reason. */
    LEAVE,
    /** 缺席: absent. */
    ABSENT,
    /** 补训: trained afterwards in a make-up. */
    MADE_UP;

    public boolean trained() {
        return this == ATTENDED || this == MADE_UP;
    }
}
