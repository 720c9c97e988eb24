package cn.ggw.exemplars;

import cn.ggw.security.ScopeFilter;
import com.fasterxml.jackson.databind.JsonNode;
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

/** 典型: a person, group or unit written up as good practice, on its way from nomination to the city's book. */
@Entity
@Table(name = "exemplar")
@Filter(name = ScopeFilter.NAME)
public class Exemplar {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "org_unit_id", nullable = false)
    public long orgUnitId;

    @Column(name = "org_path", nullable = false, length = 1000)
    public String orgPath;

    @Column(name = "nominating_unit_id", nullable = false)
    public long nominatingUnitId;

    /** The code of a category of the register (典型类别). */
    @Column(nullable = false, length = 32)
    public String category;

    @Column(nullable = false)
    public int year;

    @Column(nullable = false, length = 200)
    public String title;

    @Column(name = "subject_name", nullable = false, length = 100)
    public String subjectName;

    @Column(name = "volunteer_id")
    public Long volunteerId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public JsonNode body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public ExemplarStatus status;

    @Column(name = "township_review", nullable = false)
    public boolean townshipReview;

    @Column(name = "nominated_at", nullable = false)
    public Instant nominatedAt;

    @Column(name = "nominated_by", nullable = false, length = 100)
    public String nominatedBy;

    @Column(name = "approved_at")
    public Instant approvedAt;

    @Column(name = "submitted_to_city_on")
    public LocalDate submittedToCityOn;

    @Column(name = "submitted_to_city_by", length = 100)
    public String submittedToCityBy;

    @Column(name = "city_adopted")
    public Boolean cityAdopted;

    @Column(name = "city_decided_on")
    public LocalDate cityDecidedOn;

    @Column(name = "city_book", length = 200)
    public String cityBook;

    @Column(name = "city_note", length = 500)
    public String cityNote;

    @Version
    public long version;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 100)
    public String updatedBy;
}
