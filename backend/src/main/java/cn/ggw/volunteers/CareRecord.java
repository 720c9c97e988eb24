package cn.ggw.volunteers;

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
import java.time.LocalDate;

/** Care given to a 五老 (关爱五老); kept under the person's home path and moved with them. */
@Entity
@Table(name = "volunteer_care_record")
@Filter(name = ScopeFilter.NAME)
public class CareRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "volunteer_id", nullable = false, updatable = false)
    public long volunteerId;

    @Column(name = "org_path", nullable = false, length = 1000)
    public String orgPath;

    @Column(name = "care_date", nullable = false)
    public LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public CareKind kind;

    @Column(length = 500)
    public String description;

    @Column(name = "given_by", length = 100)
    public String givenBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 100)
    public String createdBy;
}
