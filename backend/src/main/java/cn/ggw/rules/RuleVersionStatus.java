package cn.ggw.rules;

/** 草稿 → 征求意见 → 已发布 (in force from its effective date) → 已废止 (a later version took over). */
public enum RuleVersionStatus {
    DRAFT, CONSULTATION, PUBLISHED, SUPERSEDED;

    public boolean open() {
        return this == DRAFT || this == CONSULTATION;
    }
}
