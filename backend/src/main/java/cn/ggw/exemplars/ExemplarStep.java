package cn.ggw.exemplars;

import cn.ggw.security.ScopeFilter;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Filter;

import java.time.Instant;

/** One step of an exemplar's way (nominated, forwarded, returned with comments …); kept for ever. */
@Entity
@Table(name = "exemplar_step")
@Filter(name = ScopeFilter.NAME)
public class ExemplarStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "exemplar_id", nullable = false)
    public long exemplarId;

    @Column(name = "org_path", nullable = false, length = 1000)
    public String orgPath;

    @Column(nullable = false, length = 24)
    public String action;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    public ReviewLevel level;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 16)
    public ExemplarStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", length = 16)
    public ExemplarStatus toStatus;

    @Column(length = 1000)
    public String comment;

    @Column(name = "acted_at", nullable = false)
    public Instant actedAt;

    @Column(name = "acted_by", nullable = false, length = 100)
    public String actedBy;

    @Column(name = "acted_by_name", nullable = false, length = 100)
    public String actedByName;
}
