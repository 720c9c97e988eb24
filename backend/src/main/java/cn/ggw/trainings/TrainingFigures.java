package cn.ggw.trainings;

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
 * 抓培训's figures, for the sessions that start in the period (published, not cancelled): sessions held at
 * the organiser's unit; required and trained people at each trainee's unit (all types, and business training
 * alone — the report's 144 of 147); the period's newcomers (a first seat ever) and how many of them have had
 * their on-boarding (岗位培训) by the period's end; the yearly plans (年度培训计划) whose year falls in the period — their targets,
 * and the sessions each planning unit organised itself of a planned type and has held (started) — at the planning unit.
 */
@ApplicationScoped
public class TrainingFigures implements FigureSource {

    static final String SESSIONS = "trainings.sessionsHeld";
    static final String REQUIRED = "trainings.required";
    static final String TRAINED = "trainings.trained";
    static final String COVERAGE = "trainings.coverage";
    static final String BUSINESS_REQUIRED = "trainings.businessRequired";
    static final String BUSINESS_TRAINED = "trainings.businessTrained";
    static final String BUSINESS_COVERAGE = "trainings.businessCoverage";
    static final String NEWCOMERS = "trainings.newcomers";
    static final String NEWCOMERS_TRAINED = "trainings.newcomersTrained";
    static final String NEWCOMERS_OWED = "trainings.newcomersOwed";
    static final String ONBOARDING_COVERAGE = "trainings.onboardingCoverage";
    static final String PLAN_TARGET = "trainings.planTarget";
    static final String PLAN_HELD = "trainings.planHeld";
    static final String PLAN_PROGRESS = "trainings.planProgress";

    private static final List<FigureDef> DEFINITIONS = List.of(
            FigureDef.count(SESSIONS, WorkLine.TRAININGS, Temporal.FLOW, false),
            FigureDef.count(REQUIRED, WorkLine.TRAININGS, Temporal.FLOW, true),
            FigureDef.count(TRAINED, WorkLine.TRAININGS, Temporal.FLOW, true),
            FigureDef.ratio(COVERAGE, WorkLine.TRAININGS, TRAINED, REQUIRED),
            FigureDef.count(BUSINESS_REQUIRED, WorkLine.TRAININGS, Temporal.FLOW, true),
            FigureDef.count(BUSINESS_TRAINED, WorkLine.TRAININGS, Temporal.FLOW, true),
            FigureDef.ratio(BUSINESS_COVERAGE, WorkLine.TRAININGS, BUSINESS_TRAINED, BUSINESS_REQUIRED),
            FigureDef.count(NEWCOMERS, WorkLine.TRAININGS, Temporal.FLOW, true),
            FigureDef.count(NEWCOMERS_TRAINED, WorkLine.TRAININGS, Temporal.FLOW, true),
            FigureDef.count(NEWCOMERS_OWED, WorkLine.TRAININGS, Temporal.FLOW, true),
            FigureDef.ratio(ONBOARDING_COVERAGE, WorkLine.TRAININGS, NEWCOMERS_TRAINED, NEWCOMERS),
            FigureDef.count(PLAN_TARGET, WorkLine.TRAININGS, Temporal.FLOW, false),
            FigureDef.count(PLAN_HELD, WorkLine.TRAININGS, Temporal.FLOW, false),
            FigureDef.ratio(PLAN_PROGRESS, WorkLine.TRAININGS, PLAN_HELD, PLAN_TARGET));

    @Inject
    EntityManager em;

    @Override
    public WorkLine line() {
        return WorkLine.TRAININGS;
    }

    @Override
    public List<FigureDef> definitions() {
        return DEFINITIONS;
    }

    @Override
    public void collect(Subtree subtree, Period period, FigureSink sink) {
        for (Object[] r : subtree.rows(em, """
                select org_path, count(*) from training_session s
                 where %s and status = 'PUBLISHED' and starts_on between ?3 and ?4 group by org_path""", "s.org_path", period.from(), period.to())) {
            sink.add((String) r[0], SESSIONS, ((Number) r[1]).longValue());
        }
        for (Object[] r : subtree.rows(em, """
                select t.org_path,
                       count(*) filter (where t.required),
                       count(*) filter (where t.required and t.status in ('ATTENDED', 'MADE_UP')),
                       count(*) filter (where t.required and s.type_code = 'BUSINESS'),
                       count(*) filter (where t.required and s.type_code = 'BUSINESS' and t.status in ('ATTENDED', 'MADE_UP'))
                  from training_trainee t join training_session s on s.id = t.session_id
                 where %s and s.status = 'PUBLISHED' and s.starts_on between ?3 and ?4 group by t.org_path""", "t.org_path", period.from(), period.to())) {
            String path = (String) r[0];
            sink.add(path, REQUIRED, ((Number) r[1]).longValue());
            sink.add(path, TRAINED, ((Number) r[2]).longValue());
            sink.add(path, BUSINESS_REQUIRED, ((Number) r[3]).longValue());
            sink.add(path, BUSINESS_TRAINED, ((Number) r[4]).longValue());
        }
        for (Object[] r : subtree.rows(em, """
                select a.org_path, count(*),
                       count(*) filter (where exists (
                           select 1 from training_trainee t join training_session s on s.id = t.session_id
                            where t.volunteer_id = a.volunteer_id and s.type_code = 'ONBOARDING' and s.status = 'PUBLISHED'
                              and t.status in ('ATTENDED', 'MADE_UP')
                              and coalesce(t.attended_on, s.starts_on) >= a.started_on and coalesce(t.attended_on, s.starts_on) <= ?4))
                  from appointment a
                 where %s and a.started_on between ?3 and ?4
                   and not exists (select 1 from appointment p where p.volunteer_id = a.volunteer_id
                                    and (p.started_on < a.started_on or (p.started_on = a.started_on and p.id < a.id)))
                 group by a.org_path""", "a.org_path", period.from(), period.to())) {
            String path = (String) r[0];
            long newcomers = ((Number) r[1]).longValue();
            long trained = ((Number) r[2]).longValue();
            sink.add(path, NEWCOMERS, newcomers);
            sink.add(path, NEWCOMERS_TRAINED, trained);
            sink.add(path, NEWCOMERS_OWED, newcomers - trained);
        }
    
        // Yearly plans: each planning unit's targets for the period's years, and the sessions it organised itself of a type it
        // planned for that year, held (started) in the period; both summed up the tree like every figure.
        int first = period.from().getYear();
        int last = period.to().getYear();
        for (Object[] r : subtree.rows(em, """
                select p.org_path, sum(p.target) from training_plan p
                 where %s and p.year between ?3 and ?4 group by p.org_path""", "p.org_path", first, last)) {
            sink.add((String) r[0], PLAN_TARGET, ((Number) r[1]).longValue());
        }
        for (Object[] r : subtree.rows(em, """
                select s.org_path, count(*) from training_session s
                 where %s and s.status = 'PUBLISHED' and s.starts_on between ?3 and ?4 and s.starts_on <= ?5
                   and exists (select 1 from training_plan p where p.org_unit_id = s.org_unit_id and p.type_code = s.type_code
                                and p.year = extract(year from s.starts_on)::int)
                 group by s.org_path""", "s.org_path", period.from(), period.to(), TrainingService.today())) {
            // started by today in China, not by the database's date (UTC: from 16:00 to midnight it is still yesterday)
            sink.add((String) r[0], PLAN_HELD, ((Number) r[1]).longValue());
        }
    }
}
