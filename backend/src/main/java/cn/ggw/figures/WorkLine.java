package cn.ggw.figures;

import java.util.Set;

/**
 * The five lines of work (五抓) whose figures leaders and the city read, each with the tables its figures and
 * attention items are computed from. A kept result is served again only while none of its tables has had a
 * committed write ({@link FigureFreshness}): a census import (the register) leaves the rules' ledger kept, a
 * recorded meeting leaves the register's counts kept. Every table listed carries V18's statement trigger; the
 * units themselves ({@code org_unit}) are in every line, because a move or a deactivation changes every figure
 * above it.
 */
public enum WorkLine {
    /** 抓班子: committee teams. */
    COMMITTEES("org_unit", "committee", "appointment", "seat_template", "committee_setting", "adjustment"),
    /** 抓队伍: the 五老 registry and their work. */
    VOLUNTEERS("org_unit", "volunteer", "volunteer_activity", "volunteer_care_record"),
    /** 抓制度: the rulebook, bulletins, evidence, inspections. */
    RULES("org_unit", "rule", "rule_version", "bulletin", "bulletin_receipt", "rule_evidence"),
    /** 抓培训: trainings and their coverage (the required audience comes from the committee teams). */
    TRAININGS("org_unit", "committee", "appointment", "training_type", "training_session", "training_trainee", "training_plan"),
    /** 抓典型: exemplars. */
    EXEMPLARS("org_unit", "exemplar", "exemplar_step", "exchange_meeting", "exchange_meeting_exemplar");

    private final Set<String> tables;

    WorkLine(String... tables) {
        this.tables = Set.of(tables);
    }

    /** Every table this line's figures and attention items read. */
    public Set<String> tables() {
        return tables;
    }
}
