package cn.ggw.rules;

import cn.ggw.documents.RichText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;

/**
 * 《情况反映》: a numbered issue (2013年第7期) sent by a unit to units below it. Read by the sender's side
 * ({@link RuleAccess}) and by the recipients (through their receipts, which the scope filter limits).
 */
@Entity
@Table(name = "bulletin")
public class Bulletin {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "sender_unit_id", nullable = false)
    public long senderUnitId;

    @Column(name = "owner_path", nullable = false, length = 1000)
    public String ownerPath;

    @Column(nullable = false)
    public int year;

    @Column(name = "issue_no", nullable = false)
    public int issueNo;

    @Column(nullable = false, length = 200)
    public String title;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public RichText body;

    @Column(name = "rule_version_id")
    public Long ruleVersionId;

    @Column(name = "recipient_count", nullable = false)
    public int recipientCount;

    @Column(name = "sent_at", nullable = false)
    public Instant sentAt;

    @Column(name = "sent_by", nullable = false, length = 100)
    public String sentBy;
}
