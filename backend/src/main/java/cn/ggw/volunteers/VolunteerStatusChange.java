package cn.ggw.volunteers;

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

/** One step of a volunteer through the funnel; kept under the volunteer's unit path. */
@Entity
@Table(name = "volunteer_status_change")
@Filter(name = ScopeFilter.NAME)
public class VolunteerStatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "volunteer_id", nullable = false)
    public long volunteerId;

    @Column(name = "org_path", nullable = false, length = 1000)
    public String orgPath;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 16)
    public VolunteerStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 16)
    public VolunteerStatus toStatus;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    @Column(name = "changed_by", nullable = false, length = 100)
    public String changedBy;

    @Column(length = 200)
    public String note;
}
