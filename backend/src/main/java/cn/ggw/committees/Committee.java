package cn.ggw.committees;

import cn.ggw.security.ScopeFilter;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.Filter;

import java.time.Instant;
import java.time.LocalDate;

/** A unit's committee team (班子). Its row is also the lock every change of its seats takes first. */
@Entity
@Table(name = "committee")
@Filter(name = ScopeFilter.NAME)
public class Committee {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "org_unit_id", nullable = false)
    public long orgUnitId;

    @Column(name = "org_path", nullable = false, length = 1000)
    public String orgPath;

    /** When the record of the team begins: a seat never filled is vacant since then. */
    @Column(name = "formed_on", nullable = false)
    public LocalDate formedOn;

    @Column(name = "term_start")
    public LocalDate termStart;

    /** 换届: the next election is due on this date; past it, the term is overdue. */
    @Column(name = "next_election_due")
    public LocalDate nextElectionDue;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 100)
    public String createdBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 100)
    public String updatedBy;
}
