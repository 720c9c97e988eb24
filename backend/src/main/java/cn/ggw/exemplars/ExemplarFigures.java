package cn.ggw.exemplars;

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
 * 抓典型's figures, all flows within the period (China's calendar days): nominated, approved (by category: the four
 * of the report each, every other one — 其他 and the categories districts add — under {@code exemplars.others}),
 * presented at exchange meetings held in the period, meetings held, submitted to the city and adopted by it.
 * Each exemplar counts at its own unit; meetings at the unit that held them.
 */
@ApplicationScoped
public class ExemplarFigures implements FigureSource {

    static final String NOMINATED = "exemplars.nominated";
    static final String APPROVED = "exemplars.approved";
    static final String FOUR_SELF = "exemplars.fourSelfGroups";
    static final String EXECUTIVE = "exemplars.executiveViceDirectors";
    static final String COMMUNITY = "exemplars.communityCommittees";
    static final String FIVE_ELDERS = "exemplars.fiveElders";
    static final String OTHERS = "exemplars.others";
    static final String PRESENTED = "exemplars.presented";
    static final String MEETINGS = "exemplars.meetings";
    static final String SUBMITTED = "exemplars.submitted";
    static final String ADOPTED = "exemplars.adopted";
    static final String ADOPTED_SHARE = "exemplars.adoptedShare";

    private static final List<FigureDef> DEFINITIONS = List.of(
            FigureDef.count(NOMINATED, WorkLine.EXEMPLARS, Temporal.FLOW, false),
            FigureDef.count(APPROVED, WorkLine.EXEMPLARS, Temporal.FLOW, false),
            FigureDef.count(FOUR_SELF, WorkLine.EXEMPLARS, Temporal.FLOW, false),
            FigureDef.count(EXECUTIVE, WorkLine.EXEMPLARS, Temporal.FLOW, true),
            FigureDef.count(COMMUNITY, WorkLine.EXEMPLARS, Temporal.FLOW, false),
            FigureDef.count(FIVE_ELDERS, WorkLine.EXEMPLARS, Temporal.FLOW, true),
            FigureDef.count(OTHERS, WorkLine.EXEMPLARS, Temporal.FLOW, false),
            FigureDef.count(PRESENTED, WorkLine.EXEMPLARS, Temporal.FLOW, false),
            FigureDef.count(MEETINGS, WorkLine.EXEMPLARS, Temporal.FLOW, false),
            FigureDef.count(SUBMITTED, WorkLine.EXEMPLARS, Temporal.FLOW, false),
            FigureDef.count(ADOPTED, WorkLine.EXEMPLARS, Temporal.FLOW, false),
            FigureDef.ratio(ADOPTED_SHARE, WorkLine.EXEMPLARS, ADOPTED, SUBMITTED));

    @Inject
    EntityManager em;

    @Override
    public WorkLine line() {
        return WorkLine.EXEMPLARS;
    }

    @Override
    public List<FigureDef> definitions() {
        return DEFINITIONS;
    }

    @Override
    public void collect(Subtree subtree, Period period, FigureSink sink) {
        for (Object[] r : subtree.rows(em, """
                select org_path,
                       count(*) filter (where (nominated_at at time zone 'Asia/Shanghai')::date between ?3 and ?4),
                       count(*) filter (where approved),
                       count(*) filter (where approved and category = 'FOUR_SELF_GROUP'),
                       count(*) filter (where approved and category = 'EXECUTIVE_VICE_DIRECTOR'),
                       count(*) filter (where approved and category = 'COMMUNITY_COMMITTEE'),
                       count(*) filter (where approved and category = 'FIVE_ELDERS'),
                       count(*) filter (where approved and category not in
                                        ('FOUR_SELF_GROUP', 'EXECUTIVE_VICE_DIRECTOR', 'COMMUNITY_COMMITTEE', 'FIVE_ELDERS')),
                       count(*) filter (where submitted_to_city_on between ?3 and ?4),
                       count(*) filter (where city_adopted and city_decided_on between ?3 and ?4)
                  from (select e.*, status = 'APPROVED' and (approved_at at time zone 'Asia/Shanghai')::date between ?3 and ?4 as approved
                          from exemplar e where %s) x
                 group by org_path""", "e.org_path", period.from(), period.to())) {
            String path = (String) r[0];
            String[] keys = {NOMINATED, APPROVED, FOUR_SELF, EXECUTIVE, COMMUNITY, FIVE_ELDERS, OTHERS, SUBMITTED, ADOPTED};
            for (int i = 0; i < keys.length; i++) {
                sink.add(path, keys[i], ((Number) r[i + 1]).longValue());
            }
        }
        for (Object[] r : subtree.rows(em, """
                select e.org_path, count(distinct e.id) from exemplar e
                  join exchange_meeting_exemplar x on x.exemplar_id = e.id
                  join exchange_meeting m on m.id = x.meeting_id
                 where %s and m.held_on between ?3 and ?4
                 group by e.org_path""", "e.org_path", period.from(), period.to())) {
            sink.add((String) r[0], PRESENTED, ((Number) r[1]).longValue());
        }
        for (Object[] r : subtree.rows(em, """
                select org_path, count(*) from exchange_meeting where %s and held_on between ?3 and ?4 group by org_path""",
                "org_path", period.from(), period.to())) {
            sink.add((String) r[0], MEETINGS, ((Number) r[1]).longValue());
        }
    }
}
