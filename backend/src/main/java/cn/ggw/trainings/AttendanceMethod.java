package cn.ggw.trainings;

/** How attendance was taken. */
public enum AttendanceMethod {
    /** Recorded by the organiser or the trainee's unit. */
    STAFF,
    /** Checked in with the session's code (or its QR code). */
    CODE
}
