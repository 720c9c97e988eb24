package cn.ggw.figures;

/** The five lines of work (五抓) whose figures leaders and the city read. */
public enum WorkLine {
    /** 抓班子: committee teams. */
    COMMITTEES,
    /** 抓队伍: the 五老 registry and their work. */
    VOLUNTEERS,
    /** 抓制度: the rulebook, bulletins, evidence, inspections. */
    RULES,
    /** 抓培训: trainings and their coverage. */
    TRAININGS,
    /** 抓典型: exemplars. */
    EXEMPLARS
}
