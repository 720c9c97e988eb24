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

/**
 * 调整 of an executive vice-director: every step is kept with who and when —
 * proposal, consultation with the township party committee, decision, completion (or withdrawal).
 */
@Entity
@Table(name = "adjustment")
@Filter(name = ScopeFilter.NAME)
public class Adjustment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "appointment_id", nullable = false)
    public long appointmentId;

    @Column(name = "committee_id", nullable = false)
    public long committeeId;

    @Column(name = "org_unit_id", nullable = false)
    public long orgUnitId;

    @Column(name = "org_path", nullable = false, length = 1000)
    public String orgPath;

    @Column(name = "assessment_id", nullable = false)
    public long assessmentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public AdjustmentStatus status;

    @Column(nullable = false, length = 1000)
    public String reasons;

    @Column(name = "proposed_successor_id")
    public Long proposedSuccessorId;

    @Column(name = "proposed_at", nullable = false)
    public Instant proposedAt;

    @Column(name = "proposed_by", nullable = false, length = 100)
    public String proposedBy;

    @Column(name = "consulted_on")
    public LocalDate consultedOn;

    @Column(name = "consulted_with", length = 200)
    public String consultedWith;

    @Enumerated(EnumType.STRING)
    @Column(name = "consultation_outcome", length = 16)
    public ConsultationOutcome consultationOutcome;

    @Column(name = "consultation_notes", length = 500)
    public String consultationNotes;

    @Column(name = "consultation_at")
    public Instant consultationAt;

    @Column(name = "consultation_by", length = 100)
    public String consultationBy;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    public AdjustmentDecision decision;

    @Column(name = "decision_notes", length = 500)
    public String decisionNotes;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decided_by", length = 100)
    public String decidedBy;

    @Column(name = "successor_appointment_id")
    public Long successorAppointmentId;

    @Column(name = "completed_on")
    public LocalDate completedOn;

    @Column(name = "completed_at")
    public Instant completedAt;

    @Column(name = "completed_by", length = 100)
    public String completedBy;

    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    @Column(name = "withdrawn_by", length = 100)
    public String withdrawnBy;

    @Column(name = "withdrawal_note", length = 500)
    public String withdrawalNote;

    @Version
    public long version;
}
