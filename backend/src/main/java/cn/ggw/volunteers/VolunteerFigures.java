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
 * 抓队伍's figures of the register: people on it and those active, by home unit. Their work in the period is
 * {@link VolunteerWorkFigures}'s: kept apart, so that a census import recomputes these few rows per unit and
 * leaves the period's activities kept, and a recorded activity leaves these.
 */
@ApplicationScoped
public class VolunteerFigures implements FigureSource {

    static final String ON_REGISTER = "volunteers.onRegister";
    static final String ACTIVE = "volunteers.active";
    static final String ACTIVE_SHARE = "volunteers.activeShare";

    private static final List<FigureDef> DEFINITIONS = List.of(
            FigureDef.count(ON_REGISTER, WorkLine.VOLUNTEERS, Temporal.STOCK, true),
            FigureDef.count(ACTIVE, WorkLine.VOLUNTEERS, Temporal.STOCK, true),
            FigureDef.ratio(ACTIVE_SHARE, WorkLine.VOLUNTEERS, ACTIVE, ON_REGISTER));

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
                  from volunteer_unit_count where %s group by org_path""", subtree)) {
            sink.add((String) row[0], ON_REGISTER, ((Number) row[1]).longValue());
            sink.add((String) row[0], ACTIVE, ((Number) row[2]).longValue());
        }
    }

    /** volunteer_unit_count is kept by the register's own triggers: a write to it is a write to {@code volunteer}. */
    @Override
    public Set<String> tables() {
        return Set.of("org_unit", "volunteer");
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Subtree subtree) {
        return subtree.bind(em.createNativeQuery(sql.formatted(subtree.sql("org_path", 1))), 1).getResultList();
    }
}
