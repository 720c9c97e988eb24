package cn.ggw.committees;

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

/** 年度考核 of one seat holder for one year. */
@Entity
@Table(name = "assessment")
@Filter(name = ScopeFilter.NAME)
public class Assessment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "appointment_id", nullable = false)
    public long appointmentId;

    @Column(name = "org_path", nullable = false, length = 1000)
    public String orgPath;

    @Column(nullable = false)
    public int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    public AssessmentRating rating;

    @Column(length = 500)
    public String notes;

    @Column(name = "assessed_at", nullable = false)
    public Instant assessedAt;

    @Column(name = "assessed_by", nullable = false, length = 100)
    public String assessedBy;
}
