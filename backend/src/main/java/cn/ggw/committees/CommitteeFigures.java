package cn.ggw.committees;

import cn.ggw.committees.CommitteeRepository.UnitRow;
import cn.ggw.figures.FigureDef;
import cn.ggw.figures.FigureDef.Temporal;
import cn.ggw.figures.FigureSink;
import cn.ggw.figures.FigureSource;
import cn.ggw.figures.Period;
import cn.ggw.figures.WorkLine;
import cn.ggw.hierarchy.OrgUnitKind;
import cn.ggw.security.Subtree;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 抓班子's figures. The state of the teams (complete, open seats) is taken on the period's last day
 * from the appointments' periods — [started_on, ended_on), so a seat ended on a day is empty that day —
 * against today's seat templates; the report's flows (filled, adjusted) are counted within the period.
 */
@ApplicationScoped
public class CommitteeFigures implements FigureSource {

    static final String TEAMS = "committees.teams";
    static final String COMPLETE = "committees.teamsComplete";
    static final String COMPLETE_SHARE = "committees.completeShare";
    static final String EMPTY = "committees.teamsEmpty";
    static final String OPEN_SEATS = "committees.openSeats";
    static final String ELECTION_OVERDUE = "committees.electionOverdue";
    static final String FILLED = "committees.seatsFilled";
    static final String ADJUSTED = "committees.executiveViceDirectorsAdjusted";
    static final String APPOINTED = "committees.appointmentsStarted";
    static final String ENDED = "committees.appointmentsEnded";

    private static final List<FigureDef> DEFINITIONS = List.of(
            FigureDef.count(TEAMS, WorkLine.COMMITTEES, Temporal.STOCK, false),
            FigureDef.count(COMPLETE, WorkLine.COMMITTEES, Temporal.STOCK, false),
            FigureDef.ratio(COMPLETE_SHARE, WorkLine.COMMITTEES, COMPLETE, TEAMS),
            FigureDef.count(EMPTY, WorkLine.COMMITTEES, Temporal.STOCK, false),
            FigureDef.count(OPEN_SEATS, WorkLine.COMMITTEES, Temporal.STOCK, false),
            FigureDef.count(ELECTION_OVERDUE, WorkLine.COMMITTEES, Temporal.STOCK, false),
            FigureDef.count(FILLED, WorkLine.COMMITTEES, Temporal.FLOW, true),
            FigureDef.count(ADJUSTED, WorkLine.COMMITTEES, Temporal.FLOW, true),
            FigureDef.count(APPOINTED, WorkLine.COMMITTEES, Temporal.FLOW, true),
            FigureDef.count(ENDED, WorkLine.COMMITTEES, Temporal.FLOW, true));

    @Inject
    EntityManager em;

    @Inject
    CommitteeRepository committees;

    @Inject
    SeatTemplates templates;

    @Override
    public WorkLine line() {
        return WorkLine.COMMITTEES;
    }

    @Override
    public List<FigureDef> definitions() {
        return DEFINITIONS;
    }

    @Override
    public void collect(Subtree subtree, Period period, FigureSink sink) {
        Map<OrgUnitKind, List<SeatRule>> rules = templates.all();
        Map<Long, Map<SeatRole, Integer>> holders = new HashMap<>();
        for (Object[] row : subtree.rows(em, """
                select org_unit_id, role, count(*) from appointment
                 where %s and started_on <= ?3 and (ended_on is null or ended_on > ?3)
                 group by org_unit_id, role""", "org_path", period.to())) {
            holders.computeIfAbsent(((Number) row[0]).longValue(), k -> new EnumMap<>(SeatRole.class))
                    .put(SeatRole.valueOf((String) row[1]), ((Number) row[2]).intValue());
        }
        Map<Long, Boolean> overdue = new HashMap<>();
        for (Object[] row : subtree.rows(em, """
                select org_unit_id, next_election_due < ?3 from committee
                 where %s and next_election_due is not null and formed_on <= ?3""", "org_path", period.to())) {
            overdue.put(((Number) row[0]).longValue(), (Boolean) row[1]);
        }
        for (UnitRow u : committees.units(subtree.path())) {
            if (u.createdOn().isAfter(period.to())) {
                continue; // the unit did not exist yet
            }
            TeamState state = TeamState.of(rules.get(u.kind()), holders.getOrDefault(u.id(), Map.of()));
            if (state.status() == TeamStatus.NO_TEMPLATE) {
                continue;
            }
            sink.add(u.path(), TEAMS, 1);
            sink.add(u.path(), COMPLETE, state.status() == TeamStatus.COMPLETE ? 1 : 0);
            sink.add(u.path(), EMPTY, state.status() == TeamStatus.EMPTY ? 1 : 0);
            sink.add(u.path(), OPEN_SEATS, state.openSeats());
            sink.add(u.path(), ELECTION_OVERDUE, Boolean.TRUE.equals(overdue.get(u.id())) ? 1 : 0);
        }
        for (Object[] row : subtree.rows(em, """
                select org_path,
                       count(*) filter (where kind = 'FILL' and started_on between ?3 and ?4),
                       count(*) filter (where role = 'EXECUTIVE_VICE_DIRECTOR' and end_reason = 'ADJUSTMENT' and ended_on between ?3 and ?4),
                       count(*) filter (where started_on between ?3 and ?4),
                       count(*) filter (where ended_on between ?3 and ?4)
                  from appointment where %s and (started_on <= ?4 and (ended_on is null or ended_on >= ?3))
                 group by org_path""", "org_path", period.from(), period.to())) {
            String path = (String) row[0];
            sink.add(path, FILLED, ((Number) row[1]).longValue());
            sink.add(path, ADJUSTED, ((Number) row[2]).longValue());
            sink.add(path, APPOINTED, ((Number) row[3]).longValue());
            sink.add(path, ENDED, ((Number) row[4]).longValue());
        }
    }
}
