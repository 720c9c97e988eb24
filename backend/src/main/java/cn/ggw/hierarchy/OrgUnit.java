package cn.ggw.hierarchy;

import cn.ggw.security.ScopeFilter;
import cn.ggw.security.ScopePathResolver;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.FilterDef;
import org.hibernate.annotations.Formula;
import org.hibernate.annotations.ParamDef;

import java.time.Instant;

/** A unit of the hierarchy (区, 乡镇, 街道, 区直部门, 村, 社区 …), each with its own 关工委. */
@Entity
@Table(name = "org_unit")
@FilterDef(name = ScopeFilter.NAME, autoEnabled = true, applyToLoadByKey = true,
        parameters = @ParamDef(name = ScopeFilter.PARAM, type = String.class, resolver = ScopePathResolver.class),
        defaultCondition = ScopeFilter.CONDITION)
@Filter(name = ScopeFilter.NAME)
public class OrgUnit {

    /** Assigned from the table's sequence before insert, so the path can be written in the same insert. */
    @Id
    public Long id;

    @Column(nullable = false, length = 32)
    public String code;

    @Column(nullable = false, length = 100)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public OrgUnitKind kind;

    @Column(name = "parent_id")
    public Long parentId;

    /** Ids from the root down to this unit, dot-separated ("1.5.77"). */
    @Column(name = "org_path", nullable = false, length = 1000)
    public String orgPath;

    @Column(nullable = false)
    public int depth;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;

    @Column(nullable = false)
    public boolean active = true;

    @Column(name = "deactivated_at")
    public Instant deactivatedAt;

    @Column(name = "deactivation_reason", length = 200)
    public String deactivationReason;

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

    /** Active units directly below; children of an in-scope unit are in scope too. */
    @Formula("(select count(*) from org_unit c where c.parent_id = id and c.active)")
    public long activeChildCount;
}
