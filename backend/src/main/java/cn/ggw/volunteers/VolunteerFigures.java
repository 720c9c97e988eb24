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

/**
 * 抓队伍's figures: people on the register (by home unit) and their work in the period (by the unit
 * where it took place).
 */
@ApplicationScoped
public class VolunteerFigures implements FigureSource {

    static final String ON_REGISTER = "volunteers.onRegister";
    static final String ACTIVE = "volunteers.active";
    static final String ACTIVITIES = "volunteers.activities";
    static final String YOUTH_REACHED = "volunteers.youthReached";
    static final String CARE_RECORDS = "volunteers.careRecords";
    static final String ACTIVE_SHARE = "volunteers.activeShare";

    private static final List<FigureDef> DEFINITIONS = List.of(
            FigureDef.count(ON_REGISTER, WorkLine.VOLUNTEERS, Temporal.STOCK, true),
            FigureDef.count(ACTIVE, WorkLine.VOLUNTEERS, Temporal.STOCK, true),
            FigureDef.ratio(ACTIVE_SHARE, WorkLine.VOLUNTEERS, ACTIVE, ON_REGISTER),
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
        // The register as it stands: statuses carry no history of their own before the status log. Read from
        // volunteer_unit_count (V12), which triggers keep equal to a count of the register in every writing
        // transaction — a few rows per unit instead of the whole register (226–301 ms at 100,000 people).
        for (Object[] row : rows("""
                select org_path, coalesce(sum(people) filter (where status in ('REGISTERED', 'CONTACTED', 'ACTIVE', 'INACTIVE')), 0),
                       coalesce(sum(people) filter (where status = 'ACTIVE'), 0)
                  from volunteer_unit_count where %s group by org_path""", subtree, null)) {
            sink.add((String) row[0], ON_REGISTER, ((Number) row[1]).longValue());
            sink.add((String) row[0], ACTIVE, ((Number) row[2]).longValue());
        }
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

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Subtree subtree, Period period) {
        var query = subtree.bind(em.createNativeQuery(sql.formatted(subtree.sql("org_path", 1))), 1);
        if (period != null) {
            query.setParameter(3, period.from()).setParameter(4, period.to());
        }
        return query.getResultList();
    }
}
