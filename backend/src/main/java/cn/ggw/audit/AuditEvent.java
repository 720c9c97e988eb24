package cn.ggw.audit;

import cn.ggw.security.ScopeFilter;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;

/** One write: who, when, what, before and after. Kept under the path of the unit it concerned. */
@Entity
@Table(name = "audit_event")
@Filter(name = ScopeFilter.NAME)
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(nullable = false, length = 100)
    public String actor;

    @Column(name = "actor_unit", length = 32)
    public String actorUnit;

    @Column(nullable = false, length = 40)
    public String action;

    @Column(name = "entity_type", nullable = false, length = 40)
    public String entityType;

    @Column(name = "entity_id", nullable = false, length = 64)
    public String entityId;

    @Column(name = "org_path", nullable = false, length = 1000)
    public String orgPath;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "before_state")
    public JsonNode before;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "after_state")
    public JsonNode after;
}
