package cn.ggw.exemplars;

import cn.ggw.security.ScopeFilter;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.Filter;

import java.time.Instant;
import java.time.LocalDate;

/** 汇编成册: approved write-ups chosen and ordered (booklet_exemplar), a foreword, downloaded as a Word file. */
@Entity
@Table(name = "booklet")
@Filter(name = ScopeFilter.NAME)
public class Booklet {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "org_unit_id", nullable = false)
    public long orgUnitId;

    @Column(name = "org_path", nullable = false, length = 1000)
    public String orgPath;

    @Column(nullable = false, length = 200)
    public String title;

    @Column(length = 10000)
    public String foreword;

    @Column(nullable = false, length = 200)
    public String issuer;

    @Column(name = "issued_on", nullable = false)
    public LocalDate issuedOn;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100)
    public String createdBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 100)
    public String updatedBy;
}
