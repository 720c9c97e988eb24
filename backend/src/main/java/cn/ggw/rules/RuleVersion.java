package cn.ggw.rules;

import cn.ggw.documents.RichText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;

/** One version of a rule. In force on a day d when published and effectiveFrom ≤ d < effectiveTo. */
@Entity
@Table(name = "rule_version")
public class RuleVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "rule_id", nullable = false)
    public long ruleId;

    @Column(name = "owner_path", nullable = false, length = 1000)
    public String ownerPath;

    @Column(nullable = false)
    public int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public RuleVersionStatus status;

    @Column(nullable = false, length = 100)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public RuleCategory category;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public RichText body;

    /** Comma-separated unit kinds. */
    @Column(name = "applies_to", nullable = false, length = 200)
    public String appliesTo;

    @Enumerated(EnumType.STRING)
    @Column(name = "obligation_kind", length = 16)
    public ObligationKind obligationKind;

    @Enumerated(EnumType.STRING)
    @Column(name = "obligation_frequency", length = 16)
    public ObligationFrequency obligationFrequency;

    @Column(name = "obligation_evidence", length = 200)
    public String obligationEvidence;

    @Column(name = "change_note", length = 500)
    public String changeNote;

    @Column(name = "effective_from")
    public LocalDate effectiveFrom;

    @Column(name = "effective_to")
    public LocalDate effectiveTo;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "published_by", length = 100)
    public String publishedBy;

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

    public boolean inForceOn(LocalDate day) {
        return (status == RuleVersionStatus.PUBLISHED || status == RuleVersionStatus.SUPERSEDED)
                && effectiveFrom != null && !effectiveFrom.isAfter(day) && (effectiveTo == null || effectiveTo.isAfter(day));
    }
}
