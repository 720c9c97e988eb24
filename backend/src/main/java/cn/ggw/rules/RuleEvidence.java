package cn.ggw.rules;

import cn.ggw.security.ScopeFilter;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Filter;

import java.time.Instant;
import java.time.LocalDate;

/** What a unit recorded for a rule's obligation: the minutes of its monthly meeting, a study session … */
@Entity
@Table(name = "rule_evidence")
@Filter(name = ScopeFilter.NAME)
public class RuleEvidence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "rule_id", nullable = false)
    public long ruleId;

    @Column(name = "org_unit_id", nullable = false)
    public long orgUnitId;

    @Column(name = "org_path", nullable = false, length = 1000)
    public String orgPath;

    @Column(name = "held_on", nullable = false)
    public LocalDate heldOn;

    @Column(nullable = false, length = 200)
    public String title;

    @Column(length = 2000)
    public String attendees;

    @Column(length = 4000)
    public String topics;

    @Column(length = 4000)
    public String decisions;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 100)
    public String createdBy;
}
