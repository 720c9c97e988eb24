package cn.ggw.exemplars;

import cn.ggw.audit.AuditLog;
import cn.ggw.common.Cursors;
import cn.ggw.common.Page;
import cn.ggw.common.ProblemException;
import cn.ggw.exemplars.ExemplarDtos.MeetingRequest;
import cn.ggw.exemplars.ExemplarDtos.MeetingView;
import cn.ggw.security.CallerScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** 交流会: held by the district or a township, where approved exemplars of its subtree were presented in order. */
@ApplicationScoped
public class MeetingService {

    private static final String ENTITY = "ExchangeMeeting";

    @Inject
    EntityManager em;

    @Inject
    CallerScope caller;

    @Inject
    ExemplarService exemplars;

    @Inject
    ExemplarUnits units;

    @Inject
    AuditLog audit;

    @Transactional
    public MeetingView create(MeetingRequest request) {
        CallerScope.ScopeRoot root = caller.requireRoot();
        checkDate(request.heldOn());
        List<Exemplar> presented = exemplars.approvedForUse(request.exemplarIds(), "exemplarIds", root.path());
        ExchangeMeeting m = new ExchangeMeeting();
        m.orgUnitId = root.unitId();
        m.orgPath = root.path();
        apply(m, request);
        m.createdAt = Instant.now();
        m.createdBy = caller.username();
        m.updatedAt = m.createdAt;
        m.updatedBy = m.createdBy;
        em.persist(m);
        em.flush();
        writeExemplars(m, presented, Set.of());
        audit.record("CREATE", ENTITY, m.id, m.orgPath, null, auditState(m, request.exemplarIds()));
        return view(m);
    }

    @Transactional
    public MeetingView update(long id, MeetingRequest request) {
        caller.requireRoot();
        ExchangeMeeting m = visible(id);
        if (request.version() == null || request.version() != m.version) {
            throw ProblemException.conflict("version", "exemplar.stale");
        }
        checkDate(request.heldOn());
        List<Exemplar> presented = exemplars.approvedForUse(request.exemplarIds(), "exemplarIds", m.orgPath);
        List<Long> old = exemplarIds(m.id);
        Map<String, Object> before = auditState(m, old);
        apply(m, request);
        m.updatedAt = Instant.now();
        m.updatedBy = caller.username();
        em.createNativeQuery("delete from exchange_meeting_exemplar where meeting_id = ?1").setParameter(1, m.id).executeUpdate();
        writeExemplars(m, presented, new HashSet<>(old));
        em.flush();
        audit.record("UPDATE", ENTITY, m.id, m.orgPath, before, auditState(m, request.exemplarIds()));
        return view(m);
    }

    public MeetingView get(long id) {
        return view(visible(id));
    }

    public Page<MeetingView> list(Integer year, int limit, String cursor) {
        Long before = Cursors.decodeLong(cursor);
        var query = em.createQuery("from ExchangeMeeting m where (:year is null or year(m.heldOn) = :year)"
                        + " and (:before is null or m.id < :before) order by m.id desc", ExchangeMeeting.class)
                .setParameter("year", year).setParameter("before", before);
        List<ExchangeMeeting> rows = query.setMaxResults(limit + 1).getResultList();
        boolean more = rows.size() > limit;
        List<MeetingView> items = rows.stream().limit(limit).map(this::view).toList();
        return new Page<>(items, more ? Cursors.encode(String.valueOf(items.get(items.size() - 1).id())) : null);
    }

    private void apply(ExchangeMeeting m, MeetingRequest request) {
        m.title = request.title().trim();
        m.heldOn = request.heldOn();
        m.place = request.place().trim();
        m.leaders = ExemplarService.blankToNull(request.leaders());
        m.minutes = ExemplarService.blankToNull(request.minutes());
    }

    private static void checkDate(LocalDate heldOn) {
        if (heldOn.getYear() < 1990 || heldOn.isAfter(ExemplarService.today().plusYears(1))) {
            throw ProblemException.invalid("heldOn", "exemplar.meeting.date");
        }
    }

    private void writeExemplars(ExchangeMeeting m, List<Exemplar> presented, Set<Long> already) {
        for (int i = 0; i < presented.size(); i++) {
            Exemplar e = presented.get(i);
            em.createNativeQuery("insert into exchange_meeting_exemplar (meeting_id, exemplar_id, position) values (?1, ?2, ?3)")
                    .setParameter(1, m.id).setParameter(2, e.id).setParameter(3, i).executeUpdate();
            if (!already.contains(e.id)) {
                exemplars.step(e, "PRESENT", null, e.status, e.status, m.title + "（" + m.heldOn + "）");
            }
        }
    }

    private List<Long> exemplarIds(long meetingId) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select exemplar_id from exchange_meeting_exemplar where meeting_id = ?1 order by position")
                .setParameter(1, meetingId).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    private ExchangeMeeting visible(long id) {
        ExchangeMeeting m = em.find(ExchangeMeeting.class, id);
        if (m == null) { // the scope filter answers null for a meeting outside the caller's subtree
            throw ProblemException.notFound("exemplar.meeting.not-found");
        }
        return m;
    }

    private MeetingView view(ExchangeMeeting m) {
        List<Long> ids = exemplarIds(m.id);
        // Only the presented exemplars the caller may see (a township sees its own at a district meeting):
        // the scope filter drops the others from the one query; the meeting's order is kept.
        Map<Long, Exemplar> found = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("from Exemplar e where e.id in :ids", Exemplar.class).setParameter("ids", ids).getResultList()
                    .forEach(e -> found.put(e.id, e));
        }
        List<Exemplar> shown = ids.stream().map(found::get).filter(Objects::nonNull).toList();
        return new MeetingView(m.id, units.refs(List.of(m.orgUnitId)).get(m.orgUnitId), m.title, m.heldOn, m.place, m.leaders, m.minutes,
                exemplars.summaries(shown), m.createdAt, m.createdBy, m.version);
    }

    private static Map<String, Object> auditState(ExchangeMeeting m, List<Long> exemplarIds) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("title", m.title);
        state.put("heldOn", m.heldOn.toString());
        state.put("place", m.place);
        state.put("exemplarIds", exemplarIds);
        return state;
    }
}
