package cn.ggw.rules;

/** The rulebook's categories: 工作制度, 学习制度, 例会制度, 请假制度, 自身建设制度, 其他. */
public enum RuleCategory {
    WORK, STUDY, MEETING, LEAVE, SELF_BUILDING, OTHER
}
