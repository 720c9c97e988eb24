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

/** 征求意见: a unit below the rule's owner comments on a version under consultation; the owner answers. */
@Entity
@Table(name = "rule_comment")
@Filter(name = ScopeFilter.NAME)
public class RuleComment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "version_id", nullable = false)
    public long versionId;

    @Column(name = "org_unit_id", nullable = false)
    public long orgUnitId;

    @Column(name = "org_path", nullable = false, length = 1000)
    public String orgPath;

    @Column(nullable = false, length = 2000)
    public String text;

    /** The clause commented on (its number in the draft), or null for the draft as a whole. */
    @Column(length = 20)
    public String clause;

    @Column(length = 2000)
    public String answer;

    @Column(name = "answered_at")
    public Instant answeredAt;

    @Column(name = "answered_by", length = 100)
    public String answeredBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 100)
    public String createdBy;
}
