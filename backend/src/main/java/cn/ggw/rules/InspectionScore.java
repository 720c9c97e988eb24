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

/** One unit's score on one rule in an inspection round, with the inspectors' findings. */
@Entity
@Table(name = "inspection_score")
@Filter(name = ScopeFilter.NAME)
public class InspectionScore {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "round_id", nullable = false)
    public long roundId;

    @Column(name = "org_unit_id", nullable = false)
    public long orgUnitId;

    @Column(name = "org_path", nullable = false, length = 1000)
    public String orgPath;

    @Column(name = "rule_id", nullable = false)
    public long ruleId;

    @Column(nullable = false)
    public int score;

    @Column(length = 2000)
    public String findings;

    @Column(name = "scored_at", nullable = false)
    public Instant scoredAt;

    @Column(name = "scored_by", nullable = false, length = 100)
    public String scoredBy;
}
