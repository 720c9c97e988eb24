package cn.ggw.committees;

import cn.ggw.security.ScopeFilter;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.Filter;

import java.time.Instant;
import java.time.LocalDate;

/** Someone from the 五老 registry holding a seat of a team from a date; ended, never deleted. */
@Entity
@Table(name = "appointment")
@Filter(name = ScopeFilter.NAME)
public class Appointment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "committee_id", nullable = false)
    public long committeeId;

    @Column(name = "org_unit_id", nullable = false)
    public long orgUnitId;

    @Column(name = "org_path", nullable = false, length = 1000)
    public String orgPath;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public SeatRole role;

    @Column(name = "volunteer_id", nullable = false)
    public long volunteerId;

    @Column(name = "volunteer_name", nullable = false, length = 50)
    public String volunteerName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public AppointmentKind kind;

    @Column(name = "started_on", nullable = false)
    public LocalDate startedOn;

    /** The first day without the seat (half-open period); null while held. */
    @Column(name = "ended_on")
    public LocalDate endedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_reason", length = 16)
    public EndReason endReason;

    @Column(name = "end_note", length = 200)
    public String endNote;

    /** The appointment this one succeeded (who replaced whom). */
    @Column(name = "replaces_id")
    public Long replacesId;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 100)
    public String createdBy;

    @Column(name = "ended_at")
    public Instant endedAt;

    @Column(name = "ended_by", length = 100)
    public String endedBy;

    @Version
    public long version;

    public boolean heldOn(LocalDate day) {
        return !startedOn.isAfter(day) && (endedOn == null || endedOn.isAfter(day));
    }
}
