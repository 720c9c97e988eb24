package cn.ggw.trainings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A kind of training: POLITICAL 政治培训, BUSINESS 业务培训, ONBOARDING 岗位培训, or one the district added. Installation-wide. */
@Entity
@Table(name = "training_type")
public class TrainingType {

    public static final String POLITICAL = "POLITICAL";
    public static final String BUSINESS = "BUSINESS";
    public static final String ONBOARDING = "ONBOARDING";

    @Id
    @Column(length = 32)
    public String code;

    @Column(name = "name_zh", nullable = false, length = 50)
    public String nameZh;

    @Column(name = "name_en", nullable = false, length = 80)
    public String nameEn;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100)
    public String createdBy;
}
