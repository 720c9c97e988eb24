package cn.ggw.accounts;

import cn.ggw.security.ScopeFilter;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.Filter;

import java.time.Instant;

/** A person's sign-in account (held in Keycloak), mirrored here to be scoped like every other record. */
@Entity
@Table(name = "staff_account")
@Filter(name = ScopeFilter.NAME)
public class StaffAccount {

    /** The Keycloak user id. */
    @Id
    public String id;

    @Column(nullable = false, length = 100)
    public String username;

    @Column(name = "display_name", nullable = false, length = 100)
    public String displayName;

    @Column(nullable = false, length = 32)
    public String role;

    @Column(name = "org_unit_id", nullable = false)
    public long orgUnitId;

    @Column(name = "org_path", nullable = false, length = 1000)
    public String orgPath;

    @Column(nullable = false)
    public boolean enabled = true;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
