package cn.ggw.rules;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** 年终检查: a unit's inspection of the units below it for one year; FINAL rounds never change. */
@Entity
@Table(name = "inspection_round")
public class InspectionRound {

    public enum Status { OPEN, FINAL }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "owner_unit_id", nullable = false)
    public long ownerUnitId;

    @Column(name = "owner_path", nullable = false, length = 1000)
    public String ownerPath;

    @Column(nullable = false)
    public int year;

    @Column(nullable = false, length = 200)
    public String title;

    @Column(name = "max_score", nullable = false)
    public int maxScore;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Status status;

    @Column(name = "finalised_at")
    public Instant finalisedAt;

    @Column(name = "finalised_by", length = 100)
    public String finalisedBy;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 100)
    public String createdBy;
}
