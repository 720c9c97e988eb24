package cn.ggw.rules;

import cn.ggw.security.ScopeFilter;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Filter;

import java.time.Instant;

/** A recipient unit's copy of a bulletin: acknowledged (签收) by whom and when, reminded when. */
@Entity
@Table(name = "bulletin_receipt")
@Filter(name = ScopeFilter.NAME)
public class BulletinReceipt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "bulletin_id", nullable = false)
    public long bulletinId;

    @Column(name = "org_unit_id", nullable = false)
    public long orgUnitId;

    @Column(name = "org_path", nullable = false, length = 1000)
    public String orgPath;

    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;

    @Column(name = "acknowledged_by", length = 100)
    public String acknowledgedBy;

    @Column(name = "reminded_at")
    public Instant remindedAt;
}
