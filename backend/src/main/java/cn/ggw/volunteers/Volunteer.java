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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A 五老 (retired cadre, veteran, expert, teacher or model worker) on the district's register. */
@Entity
@Table(name = "volunteer")
@Filter(name = ScopeFilter.NAME)
public class Volunteer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "org_unit_id", nullable = false)
    public long orgUnitId;

    @Column(name = "org_path", nullable = false, length = 1000)
    public String orgPath;

    @Column(nullable = false, length = 50)
    public String name;

    @Column(name = "id_number", nullable = false, length = 18)
    public String idNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    public Gender gender;

    @Column(name = "birth_date", nullable = false)
    public LocalDate birthDate;

    @Column(length = 20)
    public String phone;

    @Column(length = 200)
    public String address;

    /** {@link VolunteerCategory} names. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "varchar(16)[]")
    public List<String> categories = new ArrayList<>();

    @Column(name = "former_employer", length = 100)
    public String formerEmployer;

    @Column(name = "former_post", length = 100)
    public String formerPost;

    @Enumerated(EnumType.STRING)
    @Column(name = "retirement_type", length = 16)
    public RetirementType retirementType;

    @Column(length = 200)
    public String health;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "varchar(50)[]")
    public List<String> skills = new ArrayList<>();

    /** {@link ActivityArea} names. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "activity_areas", nullable = false, columnDefinition = "varchar(32)[]")
    public List<String> activityAreas = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public VolunteerStatus status = VolunteerStatus.REGISTERED;

    @Column(name = "status_changed_at", nullable = false)
    public Instant statusChangedAt;

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
