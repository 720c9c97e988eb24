package cn.ggw.volunteers;

import cn.ggw.figures.FigureDef;
import cn.ggw.figures.FigureDef.Temporal;
import cn.ggw.figures.FigureSink;
import cn.ggw.figures.FigureSource;
import cn.ggw.figures.Period;
import cn.ggw.figures.WorkLine;
import cn.ggw.security.Subtree;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.Set;

/**
 * 抓队伍's figures of the 五老's work in the period: activities, the young people they reached and care records,
 * by the unit where it took place. The register's counts are {@link VolunteerFigures}'s.
 */
@ApplicationScoped
public class VolunteerWorkFigures implements FigureSource {

    static final String ACTIVITIES = "volunteers.activities";
    static final String YOUTH_REACHED = "volunteers.youthReached";
    static final String CARE_RECORDS = "volunteers.careRecords";

    private static final List<FigureDef> DEFINITIONS = List.of(
            FigureDef.count(ACTIVITIES, WorkLine.VOLUNTEERS, Temporal.FLOW, false),
            FigureDef.count(YOUTH_REACHED, WorkLine.VOLUNTEERS, Temporal.FLOW, false),
            FigureDef.count(CARE_RECORDS, WorkLine.VOLUNTEERS, Temporal.FLOW, true));

    @Inject
    EntityManager em;

    @Override
    public WorkLine line() {
        return WorkLine.VOLUNTEERS;
    }

    @Override
    public List<FigureDef> definitions() {
        return DEFINITIONS;
    }

    @Override
    public void collect(Subtree subtree, Period period, FigureSink sink) {
        for (Object[] row : rows("""
                select org_path, count(*), coalesce(sum(youth_reached), 0) from volunteer_activity
                 where %s and activity_date between ?3 and ?4 group by org_path""", subtree, period)) {
            sink.add((String) row[0], ACTIVITIES, ((Number) row[1]).longValue());
            sink.add((String) row[0], YOUTH_REACHED, ((Number) row[2]).longValue());
        }
        for (Object[] row : rows("""
                select org_path, count(*) from volunteer_care_record
                 where %s and care_date between ?3 and ?4 group by org_path""", subtree, period)) {
            sink.add((String) row[0], CARE_RECORDS, ((Number) row[1]).longValue());
        }
    }

    @Override
    public Set<String> tables() {
        return Set.of("org_unit", "volunteer_activity", "volunteer_care_record");
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Subtree subtree, Period period) {
        return subtree.bind(em.createNativeQuery(sql.formatted(subtree.sql("org_path", 1))), 1)
                .setParameter(3, period.from()).setParameter(4, period.to()).getResultList();
    }
}
