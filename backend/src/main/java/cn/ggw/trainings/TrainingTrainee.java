package cn.ggw.trainings;

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
 * One person of a session's audience (学员), scoped by the person's own unit: the organiser sees every
 * trainee of its session (all lie in its subtree), a village sees its own people.
 */
@Entity
@Table(name = "training_trainee")
@Filter(name = ScopeFilter.NAME)
public class TrainingTrainee {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "session_id", nullable = false)
    public long sessionId;

    @Column(name = "volunteer_id", nullable = false)
    public long volunteerId;

    @Column(name = "volunteer_name", nullable = false, length = 50)
    public String volunteerName;

    @Column(name = "org_unit_id", nullable = false)
    public long orgUnitId;

    @Column(name = "org_path", nullable = false, length = 1000)
    public String orgPath;

    @Column(name = "seat_role", length = 32)
    public String seatRole;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    public TraineeSource source;

    @Column(nullable = false)
    public boolean required;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public AttendanceStatus status;

    @Enumerated(EnumType.STRING)
    @Column(length = 8)
    public AttendanceMethod method;

    @Column(length = 500)
    public String reason;

    @Column(name = "attended_on")
    public LocalDate attendedOn;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    @Column(name = "recorded_by", length = 100)
    public String recordedBy;

    @Column(name = "added_at", nullable = false)
    public Instant addedAt;

    @Column(name = "added_by", nullable = false, length = 100)
    public String addedBy;

    @Version
    public long version;
}
