package cn.ggw.rules;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A rule of a unit's rulebook (规章制度), identified by its code; its text lives in its versions. Read by the
 * units above and below its owner: checked by {@link RuleAccess}, not by the scope filter (owner_path).
 */
@Entity
@Table(name = "rule")
public class Rule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "owner_unit_id", nullable = false)
    public long ownerUnitId;

    @Column(name = "owner_path", nullable = false, length = 1000)
    public String ownerPath;

    @Column(nullable = false, length = 32)
    public String code;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 100)
    public String createdBy;
}
