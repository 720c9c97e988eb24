package cn.ggw.trainings;

import cn.ggw.security.ScopeFilter;
import com.fasterxml.jackson.databind.JsonNode;
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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;

/** A training (培训) organised by a unit for people of its subtree; scoped by the organiser's path. */
@Entity
@Table(name = "training_session")
@Filter(name = ScopeFilter.NAME)
public class TrainingSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "org_unit_id", nullable = false)
    public long orgUnitId;

    @Column(name = "org_path", nullable = false, length = 1000)
    public String orgPath;

    @Column(name = "type_code", nullable = false, length = 32)
    public String typeCode;

    @Column(nullable = false, length = 200)
    public String title;

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    public LocalDate endsOn;

    @Column(length = 200)
    public String place;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public TrainingMode mode;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public JsonNode areas;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public JsonNode teachers;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public JsonNode syllabus;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "audience_rule", nullable = false)
    public JsonNode audienceRule;

    @Column(name = "audience_as_of", nullable = false)
    public LocalDate audienceAsOf;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public SessionStatus status;

    @Column(name = "check_in_code", length = 6)
    public String checkInCode;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "published_by", length = 100)
    public String publishedBy;

    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    @Column(name = "cancelled_by", length = 100)
    public String cancelledBy;

    @Column(name = "cancel_reason", length = 500)
    public String cancelReason;

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

    /** Over once its last day has passed: its audience is history then. */
    public boolean finishedBy(LocalDate today) {
        return endsOn.isBefore(today);
    }
}
