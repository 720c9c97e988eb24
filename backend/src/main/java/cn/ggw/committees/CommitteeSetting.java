package cn.ggw.committees;

import cn.ggw.security.ScopeFilter;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Filter;

import java.time.Instant;

/** What a district sets for its teams: after how many days a vacancy is overdue. */
@Entity
@Table(name = "committee_setting")
@Filter(name = ScopeFilter.NAME)
public class CommitteeSetting {

    public static final int DEFAULT_VACANCY_OVERDUE_DAYS = 30;

    @Id
    @Column(name = "org_unit_id")
    public Long orgUnitId;

    @Column(name = "org_path", nullable = false, length = 1000)
    public String orgPath;

    @Column(name = "vacancy_overdue_days", nullable = false)
    public int vacancyOverdueDays;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 100)
    public String updatedBy;
}
