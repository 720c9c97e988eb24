package cn.ggw.rules;

/** What a rule asks a unit to hold and record: a meeting (例会), a study session (学习), something else. */
public enum ObligationKind {
    MEETING, STUDY, OTHER
}
