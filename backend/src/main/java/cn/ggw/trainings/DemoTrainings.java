package cn.ggw.trainings;

import cn.ggw.demo.DemoDistrict;
import cn.ggw.demo.DemoLine;
import cn.ggw.security.Subtree;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The demo's trainings, after the seed report (demo data, deterministic):
 * <ul>
 *   <li>the May 2010 business-training round (业务培训, 下管一级): each of the 11 townships trains the 常务副主任
 *       of its villages over five months with the three-item 辅导提纲 — 147 required, 144 attended (98%);
 *       two villages had no team yet in 2010, so the person preparing it was added to the audience by hand;</li>
 *   <li>the district's yearly 一会一班 (政治培训) for the directors and 常务副主任 of the townships and streets,
 *       from 2010 to this year (2010: 11 + 1 = the target of 12 sessions);</li>
 *   <li>this year's 48 newcomers (a first seat ever; new 委员 are appointed to reach the number), of whom the
 *       first on-boarding round (岗位培训) trained some, and a 平台镇 round running this week with a check-in code.</li>
 * </ul>
 */
@ApplicationScoped
public class DemoTrainings implements DemoLine {

    private static final Logger LOG = Logger.getLogger(DemoTrainings.class);
    static final int NEWCOMERS = 48;
    static final int FIRST_ROUND = 20;
    private static final String BY = "demo-data";
    private static final String SYLLABUS = """
            [{"title":"关工委工作的重要意义","notes":"为什么要做好关心下一代工作"},
             {"title":"关工委的性质、任务和工作对象","notes":null},
             {"title":"村关工委常务副主任的职责","notes":null}]""";
    private static final String EVD_OF_VILLAGES = """
            {"roles":["EXECUTIVE_VICE_DIRECTOR"],"unitKinds":["VILLAGE"],"appointedSince":null,"withoutOnboarding":false,"includeOrganiser":false}""";
    private static final String LEADERS_OF_TOWNSHIPS = """
            {"roles":["DIRECTOR","EXECUTIVE_VICE_DIRECTOR"],"unitKinds":["TOWNSHIP","STREET"],"appointedSince":null,"withoutOnboarding":false,"includeOrganiser":false}""";
    private static final String[] LEAVE_REASONS = {"住院治疗", "外出务工未归"};

    @Inject
    EntityManager em;

    @Inject
    AudienceQuery audience;

    private final Random random = new Random(2010);

    @Override
    public int order() {
        return 50;
    }

    @Override
    public String describe() {
        return "demo trainings (2010 business round 144/147, yearly 一会一班, this year's 48 newcomers and their on-boarding)";
    }

    @Override
    @Transactional
    public int load() {
        long existing = ((Number) em.createNativeQuery("select count(*) from training_session").getSingleResult()).longValue();
        if (existing > 0) {
            return 0;
        }
        String root = DemoDistrict.districtPath(em).orElse(null);
        return root == null ? 0 : loadInto(root);
    }

    private record Unit(long id, String path, String name, String code) {
    }

    /** Writes the trainings for one district (tests use their own); returns the records written. */
    @Transactional
    public int loadInto(String rootPath) {
        List<Unit> all = units(rootPath, "DISTRICT");
        if (all.isEmpty()) {
            return 0;
        }
        Unit district = all.get(0);
        int written = 0;
        LocalDate today = TrainingService.today();

        // 1. The 2010 business round: one session per township, May to September.
        List<Unit> townships = units(rootPath, "TOWNSHIP");
        int required = 0;
        List<Long> round = new ArrayList<>();
        for (int i = 0; i < townships.size(); i++) {
            Unit t = townships.get(i);
            LocalDate day = LocalDate.of(2010, 5, 10).plusDays(Math.round(i * 140.0 / Math.max(1, townships.size() - 1)));
            long id = session(t, "BUSINESS", "2010年" + t.name() + "村关工委常务副主任业务培训", day, day, t.name() + "政府会议室",
                    List.of("区关工委常务副主任"), SYLLABUS, EVD_OF_VILLAGES, null);
            round.add(id);
            written++;
            Set<Long> seen = new HashSet<>();
            for (AudienceQuery.Row r : audience.evaluate(t.path(), t.id(), rule(EVD_OF_VILLAGES), day, id)) {
                seen.add(r.unitId());
                trainee(id, r.volunteerId(), r.name(), r.unitId(), r.orgPath(), r.role().name(), "RULE", "ATTENDED", day, null);
                required++;
                written++;
            }
            // villages without a team in 2010: the person who later became their 常务副主任 was trained in advance
            for (Object[] v : rows("""
                    select u.id, u.org_path, a.volunteer_id, a.volunteer_name from org_unit u
                      join lateral (select volunteer_id, volunteer_name from appointment
                                     where org_unit_id = u.id and role = 'EXECUTIVE_VICE_DIRECTOR' order by started_on, id limit 1) a on true
                     where u.parent_id = ?1 and u.kind = 'VILLAGE' and u.active order by u.code""", t.id())) {
                long unitId = ((Number) v[0]).longValue();
                if (!seen.contains(unitId)) {
                    trainee(id, ((Number) v[2]).longValue(), (String) v[3], unitId, (String) v[1], "EXECUTIVE_VICE_DIRECTOR", "MANUAL",
                            "ATTENDED", day, null);
                    required++;
                    written++;
                }
            }
        }
        // three of the round did not come: two on leave, one absent (the report's 144 of 147)
        @SuppressWarnings("unchecked")
        List<Object> roundTrainees = em.createNativeQuery("select id from training_trainee where session_id in (select id from training_session"
                        + " where type_code = 'BUSINESS' and org_path like ?1 and starts_on < date '2011-01-01') order by id") // subtree-ok: strictly below the district
                .setParameter(1, Subtree.of(rootPath).descendantsPattern()).getResultList();
        List<Long> ids = new ArrayList<>(roundTrainees.stream().map(r -> ((Number) r).longValue()).toList());
        Collections.shuffle(ids, random);
        for (int i = 0; i < Math.min(3, ids.size()); i++) {
            typed("update training_trainee set status = ?1, reason = ?2, attended_on = null where id = ?3")
                    .setParameter(1, i < 2 ? "LEAVE" : "ABSENT").setParameter(2, i < 2 ? LEAVE_REASONS[i] : null, String.class)
                    .setParameter(3, ids.get(i))
                    .executeUpdate();
        }
        LOG.infof("demo trainings: the 2010 business round has %d required, %d trained", required, required - Math.min(3, ids.size()));

        // 2. 一会一班 every year at the district.
        for (int year = 2010; year <= today.getYear(); year++) {
            LocalDate day = LocalDate.of(year, 3, 18);
            if (day.isAfter(today)) {
                break;
            }
            long id = session(district, "POLITICAL", year + "年全区关工委“一会一班”", day, day.plusDays(1), "区委党校",
                    List.of("区委宣传部", "区关工委主任"), "[]", LEADERS_OF_TOWNSHIPS, null);
            written++;
            List<AudienceQuery.Row> rows = audience.evaluate(district.path(), district.id(), rule(LEADERS_OF_TOWNSHIPS), day, id);
            int absent = random.nextInt(3);
            for (int i = 0; i < rows.size(); i++) {
                AudienceQuery.Row r = rows.get(i);
                boolean came = i >= absent;
                trainee(id, r.volunteerId(), r.name(), r.unitId(), r.orgPath(), r.role().name(), "RULE", came ? "ATTENDED" : "LEAVE",
                        came ? day : null, came ? null : "身体不适");
                written++;
            }
        }

        // 3. This year's newcomers: 48 people in a first seat ever.
        LocalDate first = LocalDate.of(today.getYear(), 1, 1);
        written += newcomers(rootPath, first, today);
        List<Object[]> fresh = rows("""
                select a.volunteer_id, a.volunteer_name, a.org_unit_id, a.org_path, a.role, a.started_on from appointment a
                 where %s and a.started_on >= ?3
                   and not exists (select 1 from appointment p where p.volunteer_id = a.volunteer_id
                                    and (p.started_on < a.started_on or (p.started_on = a.started_on and p.id < a.id)))
                 order by a.started_on, a.id""".formatted(Subtree.of(rootPath).sql("a.org_path", 1)),
                Subtree.of(rootPath).path(), Subtree.of(rootPath).end(), first);
        // the first on-boarding round, a week after the 20th newcomer started
        if (fresh.size() >= FIRST_ROUND) {
            LocalDate day = toDate(fresh.get(FIRST_ROUND - 1)[5]).plusDays(7);
            if (day.isAfter(today.minusDays(2))) {
                day = today.minusDays(2);
            }
            String rule = "{\"roles\":[],\"unitKinds\":[],\"appointedSince\":\"" + first + "\",\"withoutOnboarding\":true,\"includeOrganiser\":false}";
            long id = session(district, "ONBOARDING", today.getYear() + "年新任职人员岗位培训（第一期）", day, day, "区关工委会议室",
                    List.of("区关工委常务副主任"), SYLLABUS, rule, null);
            written++;
            for (int i = 0; i < FIRST_ROUND; i++) {
                Object[] r = fresh.get(i);
                boolean came = i != 7;
                trainee(id, ((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).longValue(), (String) r[3], (String) r[4], "RULE",
                        came ? "ATTENDED" : "LEAVE", came ? day : null, came ? null : "外出探亲");
                written++;
            }
        }
        // 平台镇 on-boards its own newcomers this week: a check-in code for the phone demo
        List<Unit> pingtai = townships.isEmpty() ? List.of() : List.of(townships.get(0));
        for (Unit t : pingtai) {
            String rule = "{\"roles\":[],\"unitKinds\":[],\"appointedSince\":\"" + first + "\",\"withoutOnboarding\":true,\"includeOrganiser\":false}";
            // not before 1 January: the rule counts this year's newcomers only (else early in January it finds nobody)
            LocalDate start = runningStart(first, today);
            long id = session(t, "ONBOARDING", today.getYear() + "年" + t.name() + "新任村关工委委员岗位培训", start, today.plusDays(6),
                    t.name() + "党群服务中心", List.of(t.name() + "关工委主任"), SYLLABUS, rule, code());
            written++;
            for (AudienceQuery.Row r : audience.evaluate(t.path(), t.id(), rule(rule), start, id)) {
                trainee(id, r.volunteerId(), r.name(), r.unitId(), r.orgPath(), r.role().name(), "RULE", "EXPECTED", null, null);
                written++;
            }
        }
        return written;
    }

    /** The first day of the on-boarding running this week: yesterday, but not before 1 January. */
    static LocalDate runningStart(LocalDate first, LocalDate today) {
        LocalDate yesterday = today.minusDays(1);
        return yesterday.isBefore(first) ? first : yesterday;
    }

    /** Appoints new 委员 (a first seat ever) until the year has {@value #NEWCOMERS} newcomers; the first village of the first township first. */
    private int newcomers(String rootPath, LocalDate first, LocalDate today) {
        long have = ((Number) em.createNativeQuery("""
                select count(*) from appointment a where %s and a.started_on >= ?3
                   and not exists (select 1 from appointment p where p.volunteer_id = a.volunteer_id
                                    and (p.started_on < a.started_on or (p.started_on = a.started_on and p.id < a.id)))"""
                .formatted(Subtree.of(rootPath).sql("a.org_path", 1)))
                .setParameter(1, rootPath).setParameter(2, Subtree.of(rootPath).end()).setParameter(3, first)
                .getSingleResult()).longValue();
        int missing = (int) Math.max(0, NEWCOMERS - have);
        if (missing == 0) {
            return 0;
        }
        // people of villages who never sat on a team, the first township's first village first
        List<Object[]> candidates = rows("""
                select v.id, v.name, u.id, u.org_path, c.id from volunteer v
                  join org_unit u on u.id = v.org_unit_id and u.kind = 'VILLAGE'
                  join committee c on c.org_unit_id = u.id
                 where %s and v.status = 'ACTIVE'
                   and not exists (select 1 from appointment a where a.volunteer_id = v.id)
                 order by u.code, v.id""".formatted(Subtree.of(rootPath).sql("v.org_path", 1)),
                rootPath, Subtree.of(rootPath).end());
        // spread over the district's villages; the first village's newcomer is the latest (on-boarded this week)
        Map<Long, List<Object[]>> byUnit = new LinkedHashMap<>();
        for (Object[] c : candidates) {
            byUnit.computeIfAbsent(((Number) c[2]).longValue(), k -> new ArrayList<>()).add(c);
        }
        List<List<Object[]>> lists = new ArrayList<>(byUnit.values());
        int step = Math.max(1, lists.size() / missing);
        List<Object[]> chosen = new ArrayList<>();
        for (int round = 0; round < 5 && chosen.size() < missing; round++) {
            for (int k = 0; k < lists.size() && chosen.size() < missing; k += step) {
                if (lists.get(k).size() > round) {
                    chosen.add(lists.get(k).get(round));
                }
            }
        }
        long days = Math.max(1, java.time.temporal.ChronoUnit.DAYS.between(first, today.minusDays(7)));
        for (int i = 0; i < chosen.size(); i++) {
            Object[] c = chosen.get(i);
            LocalDate on = first.plusDays(9 + (days - 9 > 0 ? ((chosen.size() - 1 - i) * (days - 9)) / Math.max(1, chosen.size()) : 0));
            // seated before the running on-boarding starts, so its audience (evaluated on that day) holds them all; early in
            // January the spread would otherwise put them on today, after the session's first day, and the villages' staff
            // would find nobody of theirs invited
            LocalDate latest = runningStart(first, today);
            if (on.isAfter(latest)) {
                on = latest;
            }
            em.createNativeQuery("""
                    insert into appointment (committee_id, org_unit_id, org_path, role, volunteer_id, volunteer_name, kind, started_on, created_by)
                    values (?1, ?2, ?3, 'MEMBER', ?4, ?5, 'ADDITIONAL', ?6, ?7)""")
                    .setParameter(1, ((Number) c[4]).longValue()).setParameter(2, ((Number) c[2]).longValue()).setParameter(3, c[3])
                    .setParameter(4, ((Number) c[0]).longValue()).setParameter(5, c[1]).setParameter(6, on).setParameter(7, BY)
                    .executeUpdate();
        }
        return chosen.size();
    }

    private long session(Unit organiser, String type, String title, LocalDate starts, LocalDate ends, String place, List<String> teachers,
                         String syllabus, String rule, String code) {
        String teachersJson = "[" + String.join(",", teachers.stream().map(t -> "\"" + t + "\"").toList()) + "]";
        return ((Number) typed("""
                insert into training_session (org_unit_id, org_path, type_code, title, starts_on, ends_on, place, mode, areas, teachers,
                                              syllabus, audience_rule, audience_as_of, status, check_in_code, published_at, published_by,
                                              created_by, updated_by)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'CENTRAL', '[]', cast(?8 as jsonb), cast(?9 as jsonb), cast(?10 as jsonb), ?5,
                        'PUBLISHED', ?11, now(), ?12, ?12, ?12) returning id""")
                .setParameter(1, organiser.id()).setParameter(2, organiser.path()).setParameter(3, type).setParameter(4, title)
                .setParameter(5, starts, LocalDate.class).setParameter(6, ends, LocalDate.class).setParameter(7, place, String.class)
                .setParameter(8, teachersJson).setParameter(9, syllabus).setParameter(10, rule).setParameter(11, code, String.class)
                .setParameter(12, BY)
                .getSingleResult()).longValue();
    }

    private void trainee(long sessionId, long volunteerId, String name, long unitId, String path, String role, String source, String status,
                         LocalDate attendedOn, String reason) {
        boolean expected = "EXPECTED".equals(status);
        typed("""
                insert into training_trainee (session_id, volunteer_id, volunteer_name, org_unit_id, org_path, seat_role, source, required,
                                              status, method, reason, attended_on, recorded_at, recorded_by, added_by)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, true, ?8, ?9, ?10, ?11, ?12, ?13, ?14)""")
                .setParameter(1, sessionId).setParameter(2, volunteerId).setParameter(3, name).setParameter(4, unitId)
                .setParameter(5, path).setParameter(6, role, String.class).setParameter(7, source).setParameter(8, status)
                .setParameter(9, expected ? null : "STAFF", String.class).setParameter(10, reason, String.class)
                .setParameter(11, attendedOn, LocalDate.class)
                .setParameter(12, expected ? null : java.time.OffsetDateTime.now(), java.time.OffsetDateTime.class)
                .setParameter(13, expected ? null : BY, String.class).setParameter(14, BY)
                .executeUpdate();
    }

    private String code() {
        for (int i = 0; i < 20; i++) {
            String code = String.format("%06d", random.nextInt(1_000_000));
            long taken = ((Number) em.createNativeQuery("select count(*) from training_session where check_in_code = ?1")
                    .setParameter(1, code).getSingleResult()).longValue();
            if (taken == 0) {
                return code;
            }
        }
        return null;
    }

    private TrainingDtos.AudienceRule rule(String json) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().findAndRegisterModules().readValue(json, TrainingDtos.AudienceRule.class);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Unit> units(String rootPath, String kind) {
        Subtree subtree = Subtree.of(rootPath);
        return rows("select id, org_path, name, code from org_unit where " + subtree.sql("org_path", 1) + " and kind = ?3 and active order by code",
                subtree.path(), subtree.end(), kind).stream()
                .map(r -> new Unit(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3])).toList();
    }

    /** A native statement whose nulls are bound with their types (PostgreSQL will not guess them). */
    private org.hibernate.query.NativeQuery<?> typed(String sql) {
        return em.createNativeQuery(sql).unwrap(org.hibernate.query.NativeQuery.class);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.getResultList();
    }

    private static LocalDate toDate(Object value) {
        return AudienceQuery.toDate(value);
    }
}
