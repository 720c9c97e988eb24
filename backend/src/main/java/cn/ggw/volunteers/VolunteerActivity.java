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
import jakarta.persistence.Version;
import org.hibernate.annotations.Filter;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One piece of a volunteer's work (发挥作用记录). Scoped by the unit where it took place, not by
 * the person's home: the village where 网吧义务监督 happened sees it.
 */
@Entity
@Table(name = "volunteer_activity")
@Filter(name = ScopeFilter.NAME)
public class VolunteerActivity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "volunteer_id", nullable = false, updatable = false)
    public long volunteerId;

    @Column(name = "org_unit_id", nullable = false)
    public long orgUnitId;

    @Column(name = "org_path", nullable = false, length = 1000)
    public String orgPath;

    @Column(name = "activity_date", nullable = false)
    public LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public ActivityArea area;

    @Column(nullable = false, precision = 3, scale = 1)
    public BigDecimal hours;

    @Column(name = "youth_reached", nullable = false)
    public int youthReached;

    @Column(nullable = false, length = 500)
    public String description;

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
}
