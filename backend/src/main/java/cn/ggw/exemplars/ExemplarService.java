package cn.ggw.exemplars;

import cn.ggw.audit.AuditLog;
import cn.ggw.committees.SeatRole;
import cn.ggw.common.Cursors;
import cn.ggw.common.Localized;
import cn.ggw.common.Page;
import cn.ggw.common.ProblemException;
import cn.ggw.documents.RichText;
import cn.ggw.exemplars.ExemplarDtos.ExemplarSummary;
import cn.ggw.exemplars.ExemplarDtos.ExemplarView;
import cn.ggw.exemplars.ExemplarDtos.MeetingRef;
import cn.ggw.exemplars.ExemplarDtos.NominateExemplarRequest;
import cn.ggw.exemplars.ExemplarDtos.ResubmitRequest;
import cn.ggw.exemplars.ExemplarDtos.ReviewRequest;
import cn.ggw.exemplars.ExemplarDtos.StepView;
import cn.ggw.exemplars.ExemplarDtos.UpdateExemplarRequest;
import cn.ggw.exemplars.ExemplarDtos.CityView;
import cn.ggw.files.FileKind;
import cn.ggw.files.FileOwner;
import cn.ggw.files.FileService;
import cn.ggw.hierarchy.HierarchyService;
import cn.ggw.hierarchy.HierarchyService.VisibleUnit;
import cn.ggw.hierarchy.OrgUnitDtos.OrgUnitRef;
import cn.ggw.hierarchy.OrgUnitKind;
import cn.ggw.security.CallerScope;
import cn.ggw.security.Roles;
import cn.ggw.security.Subtree;
import cn.ggw.volunteers.VolunteerService;
import cn.ggw.volunteers.VolunteerService.PersonFacts;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 抓典型's workflow: a village, township or the district nominates an exemplar with its write-up → the township
 * reviews it (forwards to the district or returns it with comments) → the district approves, returns or rejects →
 * approved exemplars are presented at exchange meetings, compiled into booklets and submitted to the city, which
 * records whether it took them into its book. Levels cannot be skipped; every step is kept with who, when and why.
 */
@ApplicationScoped
public class ExemplarService {

    static final String ENTITY = "Exemplar";
    static final String FILE_OWNER = "exemplar";
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Inject
    EntityManager em;

    @Inject
    CallerScope caller;

    @Inject
    HierarchyService hierarchy;

    @Inject
    VolunteerService volunteers;

    @Inject
    FileService files;

    @Inject
    AuditLog audit;

    @Inject
    ExemplarUnits units;

    @Inject
    ObjectMapper json;

    @Inject
    QuotaService quotas;

    @Inject
    CategoryService categories;

    static LocalDate today() {
        return LocalDate.now(CHINA);
    }

    // ---- nominating and editing -------------------------------------------------------------

    @Transactional
    public ExemplarView nominate(NominateExemplarRequest request) {
        CallerScope.ScopeRoot root = caller.requireRoot();
        VisibleUnit unit = hierarchy.requireHomeUnit(request.unitId());
        RichText body = request.body().check("body");
        if (request.year() > today().getYear()) {
            throw ProblemException.invalid("year", "exemplar.year.future");
        }
        CategoryService.Category category = categories.requireActive(unit.orgPath(), request.category(), "category");
        if (BuiltInCategory.COMMUNITY_COMMITTEE.is(category.code()) && unit.ref().kind() != OrgUnitKind.COMMUNITY) {
            throw ProblemException.invalid("unitId", "exemplar.community.unit", unit.ref().name());
        }
        checkPerson(category, request.volunteerId(), unit.orgPath());
        quotas.checkRoom(unit.orgPath(), request.year(), category);
        Exemplar e = new Exemplar();
        e.orgUnitId = unit.ref().id();
        e.orgPath = unit.orgPath();
        e.nominatingUnitId = root.unitId();
        e.category = category.code();
        e.year = request.year();
        e.title = request.title().trim();
        e.subjectName = request.subjectName().trim();
        e.volunteerId = request.volunteerId();
        e.body = json.valueToTree(body);
        e.townshipReview = units.underTownship(unit.orgPath());
        e.status = e.townshipReview ? ExemplarStatus.SUBMITTED : ExemplarStatus.FORWARDED;
        e.nominatedAt = Instant.now();
        e.nominatedBy = caller.username();
        e.updatedAt = e.nominatedAt;
        e.updatedBy = e.nominatedBy;
        em.persist(e);
        em.flush();
        files.attach(body.fileIds(), owner(e), e.orgPath, FileKind.IMAGES);
        step(e, "NOMINATE", null, null, e.status, null);
        audit.record("NOMINATE", ENTITY, e.id, e.orgPath, null, auditState(e));
        return view(e);
    }

    @Transactional
    public ExemplarView update(long id, UpdateExemplarRequest request) {
        Exemplar e = writable(id);
        if (!ExemplarStatus.EDITABLE.contains(e.status)) {
            throw ProblemException.conflict(null, "exemplar.not-editable", new Localized.Text("exemplar.status." + e.status));
        }
        requireVersion(e, request.version());
        RichText body = request.body().check("body");
        checkPerson(categories.find(e.orgPath, e.category).orElseThrow(), request.volunteerId(), e.orgPath);
        Map<String, Object> before = auditState(e);
        e.title = request.title().trim();
        e.subjectName = request.subjectName().trim();
        e.volunteerId = request.volunteerId();
        e.body = json.valueToTree(body);
        touch(e);
        files.replaceAttachments(body.fileIds(), owner(e), e.orgPath, FileKind.IMAGES);
        step(e, "EDIT", null, e.status, e.status, null);
        em.flush();
        audit.record("EDIT", ENTITY, e.id, e.orgPath, before, auditState(e));
        return view(e);
    }

    @Transactional
    public ExemplarView resubmit(long id, ResubmitRequest request) {
        Exemplar e = writable(id);
        if (e.status != ExemplarStatus.RETURNED) {
            throw ProblemException.conflict(null, "exemplar.resubmit.not-returned", new Localized.Text("exemplar.status." + e.status));
        }
        Map<String, Object> before = auditState(e);
        ExemplarStatus from = e.status;
        e.status = e.townshipReview ? ExemplarStatus.SUBMITTED : ExemplarStatus.FORWARDED;
        touch(e);
        step(e, "RESUBMIT", null, from, e.status, request == null ? null : blankToNull(request.comment()));
        em.flush();
        audit.record("RESUBMIT", ENTITY, e.id, e.orgPath, before, auditState(e));
        return view(e);
    }

    // ---- review by level --------------------------------------------------------------------

    /**
     * The township reviews SUBMITTED exemplars (FORWARD or RETURN); the district reviews FORWARDED ones (APPROVE,
     * RETURN or REJECT) and may RETURN an approved one that has not gone to the city, so that it can be corrected.
     * Acting on another level's turn is 409 naming whose turn it is; another township's exemplar is 404.
     */
    @Transactional
    public ExemplarView review(long id, ReviewRequest request) {
        Exemplar e = writable(id);
        lock(e);
        ReviewLevel level = switch (e.status) {
            case SUBMITTED -> ReviewLevel.TOWNSHIP;
            case FORWARDED -> ReviewLevel.DISTRICT;
            case APPROVED -> {
                if (request.decision() != ReviewDecision.RETURN) {
                    throw ProblemException.conflict("decision", "exemplar.review.decided");
                }
                if (e.submittedToCityOn != null) {
                    throw ProblemException.conflict("decision", "exemplar.review.at-city");
                }
                yield ReviewLevel.DISTRICT;
            }
            default -> throw ProblemException.conflict(null, "exemplar.review.nothing", new Localized.Text("exemplar.status." + e.status));
        };
        boolean district = caller.hasRole(Roles.DISTRICT_ADMIN);
        if (level == ReviewLevel.TOWNSHIP && district) {
            throw ProblemException.conflict(null, "exemplar.review.township-first");
        }
        if (level == ReviewLevel.DISTRICT && !district) {
            throw ProblemException.conflict(null, "exemplar.review.with-district");
        }
        Set<ReviewDecision> allowed = level == ReviewLevel.TOWNSHIP
                ? Set.of(ReviewDecision.FORWARD, ReviewDecision.RETURN)
                : Set.of(ReviewDecision.APPROVE, ReviewDecision.RETURN, ReviewDecision.REJECT);
        if (!allowed.contains(request.decision())) {
            throw ProblemException.invalid("decision", "exemplar.review.decision." + level);
        }
        String comment = blankToNull(request.comment());
        if (comment == null && (request.decision() == ReviewDecision.RETURN || request.decision() == ReviewDecision.REJECT)) {
            throw ProblemException.invalid("comment", "exemplar.review.comment-required");
        }
        Map<String, Object> before = auditState(e);
        ExemplarStatus from = e.status;
        e.status = switch (request.decision()) {
            case FORWARD -> ExemplarStatus.FORWARDED;
            case APPROVE -> ExemplarStatus.APPROVED;
            case RETURN -> ExemplarStatus.RETURNED;
            case REJECT -> ExemplarStatus.REJECTED;
        };
        e.approvedAt = e.status == ExemplarStatus.APPROVED ? Instant.now() : null;
        touch(e);
        step(e, request.decision().name(), level, from, e.status, comment);
        em.flush();
        audit.record(request.decision().name(), ENTITY, e.id, e.orgPath, before, auditState(e));
        return view(e);
    }

    // ---- the city ---------------------------------------------------------------------------

    @Transactional
    public ExemplarView submitToCity(long id) {
        Exemplar e = writable(id);
        lock(e);
        if (e.status != ExemplarStatus.APPROVED) {
            throw ProblemException.conflict(null, "exemplar.city.not-approved", new Localized.Text("exemplar.status." + e.status));
        }
        if (e.submittedToCityOn != null) {
            throw ProblemException.conflict(null, "exemplar.city.already-submitted", e.submittedToCityOn.toString());
        }
        Map<String, Object> before = auditState(e);
        e.submittedToCityOn = today();
        e.submittedToCityBy = caller.username();
        touch(e);
        step(e, "SUBMIT_TO_CITY", null, e.status, e.status, null);
        em.flush();
        audit.record("SUBMIT_TO_CITY", ENTITY, e.id, e.orgPath, before, auditState(e));
        return view(e);
    }

    /** The city system records whether it took the write-up into its book; 409 for one never submitted. */
    @Transactional
    public Exemplar recordAdoption(long id, boolean adopted, LocalDate decidedOn, String book, String note) {
        Exemplar e = visible(id);
        lock(e);
        if (e.submittedToCityOn == null) {
            throw ProblemException.conflict(null, "exemplar.city.not-submitted");
        }
        LocalDate on = decidedOn == null ? today() : decidedOn;
        if (on.isBefore(e.submittedToCityOn) || on.isAfter(today())) {
            throw ProblemException.invalid("decidedOn", "exemplar.city.decided-on", e.submittedToCityOn.toString());
        }
        Map<String, Object> before = auditState(e);
        e.cityAdopted = adopted;
        e.cityDecidedOn = on;
        e.cityBook = blankToNull(book);
        e.cityNote = blankToNull(note);
        touch(e);
        step(e, adopted ? "CITY_ADOPTED" : "CITY_NOT_ADOPTED", null, e.status, e.status, e.cityBook);
        em.flush();
        audit.record(adopted ? "CITY_ADOPTED" : "CITY_NOT_ADOPTED", ENTITY, e.id, e.orgPath, before, auditState(e));
        return e;
    }

    // ---- reading ----------------------------------------------------------------------------

    public ExemplarView get(long id) {
        return view(visible(id));
    }

    public record ListFilter(Long unitId, String category, Integer year, ExemplarStatus status, ReviewLevel awaiting,
                             Boolean submittedToCity) {
    }

    public Page<ExemplarSummary> list(ListFilter filter, int limit, String cursor) {
        Long before = Cursors.decodeLong(cursor);
        // A projection: a list (the review queues above all) never loads write-ups (jsonb) into managed entities.
        StringBuilder jpql = new StringBuilder("select e.id, e.orgUnitId, e.category, e.year, e.title, e.subjectName,"
                + " e.status, e.nominatedAt, e.submittedToCityOn, e.cityAdopted, e.cityDecidedOn, e.cityBook, e.cityNote, e.version"
                + " from Exemplar e where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (filter.unitId() != null) {
            Subtree t = Subtree.of(hierarchy.findVisible(filter.unitId())
                    .orElseThrow(() -> ProblemException.invalid("unitId", "orgunit.not-found")).orgPath());
            jpql.append(" and ").append(t.jpql("e.orgPath", "unit"));
            params.put("unit", t.path());
            params.put("unitEnd", t.end());
        }
        if (filter.category() != null) {
            jpql.append(" and e.category = :category");
            params.put("category", filter.category());
        }
        if (filter.year() != null) {
            jpql.append(" and e.year = :year");
            params.put("year", filter.year());
        }
        ExemplarStatus status = filter.status();
        if (filter.awaiting() != null) {
            ExemplarStatus waiting = filter.awaiting() == ReviewLevel.TOWNSHIP ? ExemplarStatus.SUBMITTED : ExemplarStatus.FORWARDED;
            if (status != null && status != waiting) {
                return new Page<>(List.of(), null);
            }
            status = waiting;
        }
        if (status != null) {
            jpql.append(" and e.status = :status");
            params.put("status", status);
        }
        if (filter.submittedToCity() != null) {
            jpql.append(filter.submittedToCity() ? " and e.submittedToCityOn is not null" : " and e.submittedToCityOn is null");
        }
        if (before != null) {
            jpql.append(" and e.id < :before");
            params.put("before", before);
        }
        var query = em.createQuery(jpql.append(" order by e.id desc").toString(), SummaryRow.class);
        params.forEach(query::setParameter);
        List<SummaryRow> rows = query.setMaxResults(limit + 1).getResultList();
        boolean more = rows.size() > limit;
        List<SummaryRow> page = rows.subList(0, Math.min(limit, rows.size()));
        List<ExemplarSummary> items = summarise(page);
        return new Page<>(items, more ? Cursors.encode(String.valueOf(page.get(page.size() - 1).id())) : null);
    }

    public List<StepView> history(long id) {
        visible(id);
        return em.createQuery("from ExemplarStep where exemplarId = :id order by id", ExemplarStep.class)
                .setParameter("id", id).getResultStream().map(StepView::of).toList();
    }

    // ---- for meetings, booklets and the city ------------------------------------------------

    /** Exemplars by id the caller may see, in the order asked; 400 naming {@code field[i]} for unknown or not approved ones. */
    List<Exemplar> approvedForUse(List<Long> ids, String field, String scopePath) {
        List<Exemplar> found = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            Long id = ids.get(i);
            String at = field + "[" + i + "]";
            if (id == null) {
                throw ProblemException.invalid(at, "exemplar.use.unknown", "");
            }
            if (!seen.add(id)) {
                throw ProblemException.invalid(at, "exemplar.use.twice", id);
            }
            Exemplar e = em.find(Exemplar.class, id);
            if (e == null || !caller.covers(e.orgPath) || !Subtree.of(scopePath).covers(e.orgPath)) {
                throw ProblemException.invalid(at, "exemplar.use.unknown", id);
            }
            if (e.status != ExemplarStatus.APPROVED) {
                throw ProblemException.invalid(at, "exemplar.use.not-approved", e.title, new Localized.Text("exemplar.status." + e.status));
            }
            found.add(e);
        }
        return found;
    }

    void step(Exemplar e, String action, ReviewLevel level, ExemplarStatus from, ExemplarStatus to, String comment) {
        ExemplarStep s = new ExemplarStep();
        s.exemplarId = e.id;
        s.orgPath = e.orgPath;
        s.action = action;
        s.level = level;
        s.fromStatus = from;
        s.toStatus = to;
        s.comment = comment;
        s.actedAt = Instant.now();
        s.actedBy = caller.username();
        s.actedByName = truncate(caller.displayName(), 100);
        em.persist(s);
    }

    RichText body(Exemplar e) {
        try {
            return json.treeToValue(e.body, RichText.class);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("exemplar " + e.id + " has a body that is not RichText", ex);
        }
    }

    static FileOwner owner(Exemplar e) {
        return new FileOwner(FILE_OWNER, e.id);
    }

    /** What a list shows of an exemplar: its columns without the write-up. */
    record SummaryRow(long id, long orgUnitId, String category, int year, String title, String subjectName, ExemplarStatus status,
                      Instant nominatedAt, LocalDate submittedToCityOn, Boolean cityAdopted, LocalDate cityDecidedOn, String cityBook,
                      String cityNote, long version) {

        static SummaryRow of(Exemplar e) {
            return new SummaryRow(e.id, e.orgUnitId, e.category, e.year, e.title, e.subjectName, e.status, e.nominatedAt,
                    e.submittedToCityOn, e.cityAdopted, e.cityDecidedOn, e.cityBook, e.cityNote, e.version);
        }
    }

    List<ExemplarSummary> summaries(List<Exemplar> rows) {
        return summarise(rows.stream().map(SummaryRow::of).toList());
    }

    /** Two more statements for a whole page, whatever its size: the units' names and which were presented. */
    private List<ExemplarSummary> summarise(List<SummaryRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, OrgUnitRef> refs = units.refs(rows.stream().map(SummaryRow::orgUnitId).toList());
        Set<Long> presented = new HashSet<>();
        @SuppressWarnings("unchecked")
        List<Number> shown = em.createNativeQuery("select distinct exemplar_id from exchange_meeting_exemplar where exemplar_id in (:ids)")
                .setParameter("ids", rows.stream().map(SummaryRow::id).toList()).getResultList();
        shown.forEach(n -> presented.add(n.longValue()));
        return rows.stream().map(e -> new ExemplarSummary(e.id(), refs.get(e.orgUnitId()), e.category(), e.year(), e.title(),
                e.subjectName(), e.status(), awaiting(e.status()), e.nominatedAt(), presented.contains(e.id()),
                new CityView(e.submittedToCityOn(), e.cityAdopted(), e.cityDecidedOn(), e.cityBook(), e.cityNote()), e.version())).toList();
    }

    static CityView city(Exemplar e) {
        return new CityView(e.submittedToCityOn, e.cityAdopted, e.cityDecidedOn, e.cityBook, e.cityNote);
    }

    // ---- helpers ----------------------------------------------------------------------------

    Exemplar visible(long id) {
        Exemplar e = em.find(Exemplar.class, id);
        if (e == null || !caller.covers(e.orgPath)) {
            throw ProblemException.notFound("exemplar.not-found");
        }
        return e;
    }

    private Exemplar writable(long id) {
        caller.requireRoot();
        return visible(id);
    }

    private void lock(Exemplar e) {
        em.lock(e, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(e);
    }

    private static void requireVersion(Exemplar e, Long version) {
        if (version == null || version != e.version) {
            throw ProblemException.conflict("version", "exemplar.stale");
        }
    }

    private void touch(Exemplar e) {
        e.updatedAt = Instant.now();
        e.updatedBy = caller.username();
    }

    /**
     * A category about a person only (五老, executive vice-directors) names a person of the registry, in the
     * exemplar's unit or below it; a category not about persons names none.
     */
    private void checkPerson(CategoryService.Category category, Long volunteerId, String unitPath) {
        if (volunteerId == null) {
            if (category.personOnly()) {
                throw ProblemException.invalid("volunteerId", "exemplar.person.required", category.names());
            }
            return;
        }
        if (!category.kinds().contains(SubjectKind.PERSON)) {
            throw ProblemException.invalid("volunteerId", "exemplar.person.not-allowed", category.names());
        }
        List<PersonFacts> facts = volunteers.facts(List.of(volunteerId), unitPath, null, null, 1);
        if (facts.isEmpty()) {
            throw ProblemException.invalid("volunteerId", "exemplar.person.unknown");
        }
        if (BuiltInCategory.EXECUTIVE_VICE_DIRECTOR.is(category.code())) {
            long seats = em.createQuery("select count(a) from Appointment a where a.volunteerId = :v and a.role = :role", Long.class)
                    .setParameter("v", volunteerId).setParameter("role", SeatRole.EXECUTIVE_VICE_DIRECTOR).getSingleResult();
            if (seats == 0) {
                throw ProblemException.invalid("volunteerId", "exemplar.person.not-executive", facts.get(0).name());
            }
        }
    }

    private ExemplarView view(Exemplar e) {
        Map<Long, OrgUnitRef> refs = units.refs(List.of(e.orgUnitId, e.nominatingUnitId));
        // The meetings where the exemplar was presented, though the meeting may be the district's, above the caller.
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select m.id, m.title, m.held_on from exchange_meeting m join exchange_meeting_exemplar x on x.meeting_id = m.id
                         where x.exemplar_id = ?1 order by m.held_on, m.id""")
                .setParameter(1, e.id).getResultList();
        List<MeetingRef> meetings = rows.stream().map(r -> new MeetingRef(((Number) r[0]).longValue(), (String) r[1],
                localDate(r[2]))).toList();
        List<StepView> history = em.createQuery("from ExemplarStep where exemplarId = :id order by id", ExemplarStep.class)
                .setParameter("id", e.id).getResultStream().map(StepView::of).toList();
        return new ExemplarView(e.id, refs.get(e.orgUnitId), refs.get(e.nominatingUnitId), e.category, e.year, e.title, e.subjectName,
                e.volunteerId, body(e), files.ownedBy(owner(e)), e.status, awaiting(e.status), e.townshipReview, e.nominatedAt,
                e.nominatedBy, e.approvedAt, meetings, city(e), history, e.version);
    }

    static ReviewLevel awaiting(ExemplarStatus status) {
        return switch (status) {
            case SUBMITTED -> ReviewLevel.TOWNSHIP;
            case FORWARDED -> ReviewLevel.DISTRICT;
            default -> null;
        };
    }

    private static Map<String, Object> auditState(Exemplar e) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("category", e.category);
        state.put("year", e.year);
        state.put("title", e.title);
        state.put("subjectName", e.subjectName);
        state.put("status", e.status);
        if (e.submittedToCityOn != null) {
            state.put("submittedToCityOn", e.submittedToCityOn.toString());
        }
        if (e.cityAdopted != null) {
            state.put("cityAdopted", e.cityAdopted);
        }
        return state;
    }

    static LocalDate localDate(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String truncate(String s, int max) {
        return s == null ? "" : s.length() <= max ? s : s.substring(0, max);
    }
}
