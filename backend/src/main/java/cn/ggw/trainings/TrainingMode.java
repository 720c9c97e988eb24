package cn.ggw.trainings;

/** How a session is held. */
public enum TrainingMode {
    /** 集中: everyone in one place. */
    CENTRAL,
    /** 分片: by area, one meeting per area. */
    BY_AREA
}
