package cn.ggw.files;

import cn.ggw.security.ScopeFilter;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Filter;

import java.time.Instant;

/**
 * A stored file (a minutes photo, an attachment): its description and whose it is; the bytes are kept
 * apart ({@link FileContent}). Scoped: uploaded for a unit, it takes its record's path once attached.
 */
@Entity
@Table(name = "stored_file")
@Filter(name = ScopeFilter.NAME)
public class StoredFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "org_unit_id", nullable = false)
    public long orgUnitId;

    @Column(name = "org_path", nullable = false, length = 1000)
    public String orgPath;

    @Column(nullable = false)
    public String name;

    @Column(name = "media_type", nullable = false, length = 100)
    public String mediaType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    public FileKind kind;

    @Column(name = "size_bytes", nullable = false)
    public long size;

    @Column(nullable = false, length = 64)
    public String sha256;

    @Column(name = "width_px")
    public Integer widthPx;

    @Column(name = "height_px")
    public Integer heightPx;

    @Column(name = "owner_type", length = 40)
    public String ownerType;

    @Column(name = "owner_id")
    public Long ownerId;

    @Column(name = "owner_position")
    public Integer ownerPosition;

    @Column(name = "attached_at")
    public Instant attachedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 100)
    public String createdBy;

    boolean ownedBy(FileOwner owner) {
        return ownerType != null && ownerType.equals(owner.type()) && ownerId != null && ownerId == owner.id();
    }

    boolean attached() {
        return ownerType != null;
    }
}
