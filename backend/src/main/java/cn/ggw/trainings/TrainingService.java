package cn.ggw.trainings;

import cn.ggw.audit.AuditLog;
import cn.ggw.common.Cursors;
import cn.ggw.common.Page;
import cn.ggw.common.ProblemException;
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
import cn.ggw.trainings.TrainingDtos.AudiencePerson;
import cn.ggw.trainings.TrainingDtos.AudiencePreview;
import cn.ggw.trainings.TrainingDtos.AudienceRefresh;
import cn.ggw.trainings.TrainingDtos.AudienceRule;
import cn.ggw.trainings.TrainingDtos.CreateTrainingTypeRequest;
import cn.ggw.trainings.TrainingDtos.Permissions;
import cn.ggw.trainings.TrainingDtos.Phase;
import cn.ggw.trainings.TrainingDtos.SyllabusItem;
import cn.ggw.trainings.TrainingDtos.TraineeView;
import cn.ggw.trainings.TrainingDtos.TrainingSessionDetail;
import cn.ggw.trainings.TrainingDtos.TrainingSessionInput;
import cn.ggw.trainings.TrainingDtos.TrainingSessionSummary;
import cn.ggw.trainings.TrainingDtos.TrainingTypeView;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Training sessions: planning (type, organiser, dates, place, syllabus, materials, teachers, the audience
 * rule), publication (the required audience is frozen from the committee teams), refreshing the audience
 * while the session is not over, cancelling, and deleting a session nobody attended yet.
 * <p>
 * An organiser is the district, a township/street or a department — never a village: each level trains the
 * level below it (下管一级), so a township plans only for its own subtree, and the audience never leaves it.
 */
@ApplicationScoped
public class TrainingService {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final String SESSION = "TrainingSession";
    static final String TRAINEE = "TrainingTrainee";
    static final int MAX_DAYS = 183;
    static final int PREVIEW_LIMIT = 500;
    static final LocalDate EARLIEST = LocalDate.of(1980, 1, 1);
    private static final Set<OrgUnitKind> ORGANISERS = Set.of(OrgUnitKind.PROVINCE, OrgUnitKind.CITY, OrgUnitKind.DISTRICT,
            OrgUnitKind.TOWNSHIP, OrgUnitKind.STREET, OrgUnitKind.DEPARTMENT);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    TrainingRepository sessions;

    @Inject
    TraineeRepository trainees;

    @Inject
    AudienceQuery audience;

    @Inject
    HierarchyService hierarchy;

    @Inject
    FileService files;

    @Inject
    CallerScope caller;

    @Inject
    AuditLog audit;

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager em;

    static LocalDate today() {
        return LocalDate.now(CHINA);
    }

    // ---- types --------------------------------------------------------------------------------

    public List<TrainingTypeView> types() {
        return em.createQuery("from TrainingType order by sortOrder, code", TrainingType.class).getResultList().stream()
                .map(TrainingTypeView::of).toList();
    }

    @Transactional
    public TrainingTypeView createType(CreateTrainingTypeRequest request) {
        if (request == null) {
            throw ProblemException.invalid(null, "training.body.required");
        }
        String code = request.code() == null ? "" : request.code().trim();
        if (!code.matches("[A-Z][A-Z0-9_]{1,31}")) {
            throw ProblemException.invalid("code", "training.type.code");
        }
        String zh = text("nameZh", request.nameZh(), 50, true);
        String en = text("nameEn", request.nameEn(), 80, true);
        if (em.find(TrainingType.class, code) != null) {
            throw ProblemException.conflict("code", "training.type.exists", code);
        }
        TrainingType t = new TrainingType();
        t.code = code;
        t.nameZh = zh;
        t.nameEn = en;
        t.sortOrder = 100;
        t.createdAt = Instant.now();
        t.createdBy = caller.username();
        em.persist(t);
        audit.record("training-type.create", "TrainingType", code, caller.requireRoot().path(), null, TrainingTypeView.of(t));
        return TrainingTypeView.of(t);
    }

    Map<String, TrainingTypeView> typeMap() {
        return types().stream().collect(Collectors.toMap(TrainingTypeView::code, Function.identity()));
    }

    // ---- reading ------------------------------------------------------------------------------

    public Page<TrainingSessionSummary> list(Long unitId, String typeCode, LocalDate from, LocalDate to, int limit, String cursor) {
        StringBuilder jpql = new StringBuilder("from TrainingSession s where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        Subtree subtree = null;
        if (unitId != null) {
            VisibleUnit unit = hierarchy.findVisible(unitId).orElseThrow(() -> ProblemException.invalid("unitId", "orgunit.not-found"));
            subtree = Subtree.of(unit.orgPath());
            jpql.append(" and ").append(subtree.jpql("s.orgPath", "unit"));
        }
        if (typeCode != null && !typeCode.isBlank()) {
            jpql.append(" and s.typeCode = :type");
            params.put("type", typeCode.trim());
        }
        if (from != null) {
            jpql.append(" and s.endsOn >= :from");
            params.put("from", from);
        }
        if (to != null) {
            jpql.append(" and s.startsOn <= :to");
            params.put("to", to);
        }
        long[] position = Cursors.decodePair(cursor);
        if (position != null) {
            jpql.append(" and (s.startsOn < :afterDay or (s.startsOn = :afterDay and s.id < :afterId))");
            params.put("afterDay", LocalDate.ofEpochDay(position[0]));
            params.put("afterId", position[1]);
        }
        var query = em.createQuery(jpql.append(" order by s.startsOn desc, s.id desc").toString(), TrainingSession.class);
        params.forEach(query::setParameter);
        if (subtree != null) {
            subtree.bind(query, "unit");
        }
        List<TrainingSession> rows = query.setMaxResults(limit + 1).getResultList();
        boolean more = rows.size() > limit;
        List<TrainingSession> page = rows.subList(0, Math.min(limit, rows.size()));
        List<TrainingSessionSummary> items = summaries(page);
        String next = more ? Cursors.encode(page.get(page.size() - 1).startsOn.toEpochDay() + "," + page.get(page.size() - 1).id) : null;
        return new Page<>(items, next);
    }

    List<TrainingSessionSummary> summaries(List<TrainingSession> list) {
        Map<String, TrainingTypeView> types = typeMap();
        Map<Long, TraineeRepository.Counts> counts = trainees.counts(list.stream().map(s -> s.id).toList());
        Map<Long, OrgUnitRef> units = sessions.unitRefs(list.stream().map(s -> s.orgUnitId).collect(Collectors.toSet()));
        return list.stream().map(s -> summary(s, types, counts.getOrDefault(s.id, new TraineeRepository.Counts(0, 0, 0)), units.get(s.orgUnitId)))
                .toList();
    }

    static Phase phase(LocalDate startsOn, LocalDate endsOn, LocalDate today) {
        return today.isBefore(startsOn) ? Phase.UPCOMING : today.isAfter(endsOn) ? Phase.FINISHED : Phase.ONGOING;
    }

    private static TrainingSessionSummary summary(TrainingSession s, Map<String, TrainingTypeView> types, TraineeRepository.Counts c, OrgUnitRef organiser) {
        return new TrainingSessionSummary(s.id, types.get(s.typeCode), s.title, organiser, s.startsOn, s.endsOn, s.place, s.mode, s.status,
                phase(s.startsOn, s.endsOn, today()), c.required(), c.trained(), c.extras());
    }

    public TrainingSessionDetail detail(long id) {
        return detailOf(require(id));
    }

    TrainingSession require(long id) {
        return sessions.findVisible(id).orElseThrow(() -> ProblemException.notFound("training.not-found"));
    }

    TrainingSessionDetail detailOf(TrainingSession s) {
        TrainingSessionSummary summary = summaries(List.of(s)).get(0);
        boolean writer = canWrite();
        boolean showCode = showsCode(s);
        return new TrainingSessionDetail(summary, strings(s.areas), strings(s.teachers), syllabus(s), rule(s), s.audienceAsOf,
                files.ownedBy(owner(s.id)), showCode ? s.checkInCode : null, s.publishedAt, s.publishedBy, s.cancelReason,
                s.createdAt, s.createdBy, s.version, new Permissions(writer && s.status != SessionStatus.CANCELLED, writer || caller.hasRole(Roles.VILLAGE_STAFF)));
    }

    /** The check-in code is shown to planners while the session is published and not over (on screen and on the sign-in sheet). */
    boolean showsCode(TrainingSession s) {
        return canWrite() && s.status == SessionStatus.PUBLISHED && !s.finishedBy(today());
    }

    boolean canWrite() {
        return caller.hasRole(Roles.DISTRICT_ADMIN) || caller.hasRole(Roles.TOWNSHIP_STAFF);
    }

    static FileOwner owner(long sessionId) {
        return new FileOwner("training-session", sessionId);
    }

    public List<TraineeView> audienceOf(long id) {
        TrainingSession s = require(id);
        return views(trainees.ofSession(s.id));
    }

    List<TraineeView> views(List<TrainingTrainee> list) {
        Map<Long, OrgUnitRef> units = sessions.unitRefs(list.stream().map(t -> t.orgUnitId).collect(Collectors.toSet()));
        return list.stream().map(t -> view(t, units.get(t.orgUnitId))).toList();
    }

    static TraineeView view(TrainingTrainee t, OrgUnitRef unit) {
        return new TraineeView(t.id, t.sessionId, t.volunteerId, t.volunteerName, unit,
                t.seatRole == null ? null : cn.ggw.committees.SeatRole.valueOf(t.seatRole), t.source, t.required, t.status, t.method,
                t.reason, t.attendedOn, t.recordedAt, t.recordedBy, t.version);
    }

    // ---- audience -----------------------------------------------------------------------------

    public AudiencePreview preview(long organiserUnitId, AudienceRule rule, LocalDate asOf) {
        VisibleUnit organiser = organiser(organiserUnitId, "organiserUnitId");
        LocalDate day = asOf == null ? today() : checkDay("asOf", asOf);
        List<AudienceQuery.Row> rows = audience.evaluate(organiser.orgPath(), organiser.ref().id(), checked(rule), day, 0);
        Map<Long, OrgUnitRef> units = sessions.unitRefs(rows.stream().limit(PREVIEW_LIMIT).map(AudienceQuery.Row::unitId).collect(Collectors.toSet()));
        List<AudiencePerson> people = rows.stream().limit(PREVIEW_LIMIT)
                .map(r -> new AudiencePerson(r.volunteerId(), r.name(), units.get(r.unitId()), r.role(), r.startedOn())).toList();
        return new AudiencePreview(rows.size(), people, day);
    }

    private AudienceRule checked(AudienceRule rule) {
        if (rule == null) {
            throw ProblemException.invalid("rule", "training.audience.required");
        }
        if (rule.appointedSince() != null) {
            checkDay("rule.appointedSince", rule.appointedSince());
        }
        return rule;
    }

    /** Freezes the audience: one trainee per person the rule selects on the session's audience day. */
    private int freeze(TrainingSession s) {
        Set<Long> present = trainees.ofSession(s.id).stream().map(t -> t.volunteerId).collect(Collectors.toSet());
        List<AudienceQuery.Row> added = new ArrayList<>();
        for (AudienceQuery.Row r : audience.evaluate(s.orgPath, s.orgUnitId, rule(s), s.audienceAsOf, s.id)) {
            if (present.add(r.volunteerId())) {
                added.add(r);
            }
        }
        // One statement for the whole audience: a province's 10,000 rows were 10,000 inserts (and as many
        // statement triggers), about 10 s on the bench machine.
        return trainees.insertRequired(s.id, added, caller.username());
    }

    TrainingTrainee newTrainee(TrainingSession s, AudienceQuery.Row r) {
        TrainingTrainee t = new TrainingTrainee();
        t.sessionId = s.id;
        t.volunteerId = r.volunteerId();
        t.volunteerName = r.name();
        t.orgUnitId = r.unitId();
        t.orgPath = r.orgPath();
        t.seatRole = r.role() == null ? null : r.role().name();
        t.source = TraineeSource.RULE;
        t.required = true;
        t.status = AttendanceStatus.EXPECTED;
        t.addedAt = Instant.now();
        t.addedBy = caller.username();
        return t;
    }

    @Transactional
    public AudienceRefresh refresh(long id) {
        TrainingSession s = requireWritable(id);
        if (s.status != SessionStatus.PUBLISHED) {
            throw ProblemException.conflict(null, "training.refresh.not-published");
        }
        if (s.finishedBy(today())) {
            throw ProblemException.conflict(null, "training.refresh.finished", s.endsOn);
        }
        Map<Long, AudienceQuery.Row> selected = new LinkedHashMap<>();
        for (AudienceQuery.Row r : audience.evaluate(s.orgPath, s.orgUnitId, rule(s), s.audienceAsOf, s.id)) {
            selected.put(r.volunteerId(), r);
        }
        List<TrainingTrainee> current = trainees.ofSession(s.id);
        Set<Long> present = new HashSet<>();
        List<TrainingTrainee> dropped = new ArrayList<>();
        List<TrainingTrainee> kept = new ArrayList<>();
        for (TrainingTrainee t : current) {
            present.add(t.volunteerId);
            if (t.source == TraineeSource.RULE && !selected.containsKey(t.volunteerId)) {
                dropped.add(t);
            }
        }
        List<TrainingTrainee> added = new ArrayList<>();
        for (AudienceQuery.Row r : selected.values()) {
            if (!present.contains(r.volunteerId())) {
                TrainingTrainee t = newTrainee(s, r);
                trainees.persist(t);
                added.add(t);
            } else {
                current.stream().filter(t -> t.volunteerId == r.volunteerId() && t.source == TraineeSource.EXTRA).forEach(t -> {
                    // came as an extra, now required by the rule
                    t.source = TraineeSource.RULE;
                    t.required = true;
                    kept.add(t);
                });
            }
        }
        List<TraineeView> droppedViews = views(dropped);
        for (TrainingTrainee t : dropped) {
            if (t.status.trained()) {
                // attended already: kept apart as an extra, never lost
                t.source = TraineeSource.EXTRA;
                t.required = false;
            } else {
                trainees.delete(t);
            }
        }
        added.addAll(kept);
        trainees.flush();
        long required = trainees.ofSession(s.id).stream().filter(t -> t.required).count();
        AudienceRefresh result = new AudienceRefresh(views(added), droppedViews, (int) required);
        audit.record("training.audience.refresh", SESSION, s.id, s.orgPath, null,
                Map.of("added", added.stream().map(t -> t.volunteerId).toList(), "dropped", dropped.stream().map(t -> t.volunteerId).toList()));
        return result;
    }

    // ---- writing ------------------------------------------------------------------------------

    @Transactional
    public TrainingSessionDetail create(TrainingSessionInput input) {
        caller.requireRoot();
        Checked c = check(input);
        TrainingSession s = new TrainingSession();
        s.orgUnitId = c.organiser.ref().id();
        s.orgPath = c.organiser.orgPath();
        apply(s, c);
        s.status = SessionStatus.DRAFT;
        s.createdAt = Instant.now();
        s.createdBy = caller.username();
        s.updatedAt = s.createdAt;
        s.updatedBy = s.createdBy;
        sessions.persist(s);
        sessions.flush();
        attach(s, input.materialFileIds(), false);
        audit.record("training.create", SESSION, s.id, s.orgPath, null, auditState(s));
        return detailOf(s);
    }

    @Transactional
    public TrainingSessionDetail update(long id, TrainingSessionInput input) {
        TrainingSession s = requireWritable(id);
        if (s.status == SessionStatus.CANCELLED) {
            throw ProblemException.conflict(null, "training.cancelled");
        }
        Checked c = check(input);
        checkVersion(s, input.version());
        if (c.organiser.ref().id() != s.orgUnitId) {
            throw ProblemException.invalid("organiserUnitId", "training.organiser.fixed");
        }
        Object before = auditState(s);
        apply(s, c);
        s.updatedAt = Instant.now();
        s.updatedBy = caller.username();
        attach(s, input.materialFileIds(), true);
        audit.record("training.update", SESSION, s.id, s.orgPath, before, auditState(s));
        sessions.flush();
        return detailOf(s);
    }

    @Transactional
    public TrainingSessionDetail publish(long id, Long version) {
        TrainingSession s = requireWritable(id);
        checkVersion(s, version);
        if (s.status != SessionStatus.DRAFT) {
            throw ProblemException.conflict(null, "training.publish.not-draft");
        }
        s.status = SessionStatus.PUBLISHED;
        s.publishedAt = Instant.now();
        s.publishedBy = caller.username();
        if (!s.finishedBy(today())) {
            s.checkInCode = newCode();
        }
        int frozen = freeze(s);
        audit.record("training.publish", SESSION, s.id, s.orgPath, null, Map.of("required", frozen));
        sessions.flush();
        return detailOf(s);
    }

    @Transactional
    public TrainingSessionDetail cancel(long id, String reason, Long version) {
        TrainingSession s = requireWritable(id);
        checkVersion(s, version);
        if (s.status == SessionStatus.CANCELLED) {
            throw ProblemException.conflict(null, "training.cancelled");
        }
        s.cancelReason = text("reason", reason, 500, true);
        s.status = SessionStatus.CANCELLED;
        s.cancelledAt = Instant.now();
        s.cancelledBy = caller.username();
        s.checkInCode = null;
        audit.record("training.cancel", SESSION, s.id, s.orgPath, null, Map.of("reason", s.cancelReason));
        sessions.flush();
        return detailOf(s);
    }

    @Transactional
    public void delete(long id) {
        TrainingSession s = requireWritable(id);
        if (trainees.countRecorded(s.id) > 0) {
            throw ProblemException.conflict(null, "training.delete.has-attendance");
        }
        Object before = auditState(s);
        trainees.delete("sessionId", s.id);
        files.release(owner(s.id));
        sessions.delete(s);
        audit.record("training.delete", SESSION, id, s.orgPath, before, null);
    }

    TrainingSession requireWritable(long id) {
        TrainingSession s = sessions.findVisibleForUpdate(id).orElseThrow(() -> ProblemException.notFound("training.not-found"));
        caller.requireCovers(s.orgPath, "training.not-found");
        return s;
    }

    private static void checkVersion(TrainingSession s, Long version) {
        if (version != null && version != s.version) {
            throw ProblemException.conflict("version", "training.stale");
        }
    }

    private String newCode() {
        for (int i = 0; i < 20; i++) {
            String code = String.format("%06d", RANDOM.nextInt(1_000_000));
            if (!sessions.codeTaken(code)) {
                return code;
            }
        }
        throw ProblemException.conflict(null, "training.code.exhausted");
    }

    private void attach(TrainingSession s, List<Long> fileIds, boolean replace) {
        if (fileIds == null) {
            return;
        }
        if (replace) {
            files.replaceAttachments(fileIds, owner(s.id), s.orgPath, FileKind.ANY);
        } else if (!fileIds.isEmpty()) {
            files.attach(fileIds, owner(s.id), s.orgPath, FileKind.ANY);
        }
    }

    private record Checked(VisibleUnit organiser, String typeCode, String title, LocalDate startsOn, LocalDate endsOn, String place,
                           TrainingMode mode, List<String> areas, List<String> teachers, List<SyllabusItem> syllabus,
                           AudienceRule rule, LocalDate asOf) {
    }

    private Checked check(TrainingSessionInput in) {
        if (in == null) {
            throw ProblemException.invalid(null, "training.body.required");
        }
        if (in.organiserUnitId() == null) {
            throw ProblemException.invalid("organiserUnitId", "training.field.required");
        }
        VisibleUnit organiser = organiser(in.organiserUnitId(), "organiserUnitId");
        String type = in.typeCode() == null ? "" : in.typeCode().trim();
        if (type.isEmpty()) {
            throw ProblemException.invalid("typeCode", "training.field.required");
        }
        if (em.find(TrainingType.class, type) == null) {
            throw ProblemException.invalid("typeCode", "training.type.unknown", type);
        }
        String title = text("title", in.title(), 200, true);
        if (in.startsOn() == null) {
            throw ProblemException.invalid("startsOn", "training.field.required");
        }
        LocalDate starts = checkDay("startsOn", in.startsOn());
        LocalDate ends = in.endsOn() == null ? starts : checkDay("endsOn", in.endsOn());
        if (ends.isBefore(starts)) {
            throw ProblemException.invalid("endsOn", "training.ends-before-start");
        }
        if (ChronoUnit.DAYS.between(starts, ends) >= MAX_DAYS) {
            throw ProblemException.invalid("endsOn", "training.too-long", MAX_DAYS);
        }
        String place = text("place", in.place(), 200, false);
        TrainingMode mode = in.mode() == null ? TrainingMode.CENTRAL : in.mode();
        List<String> areas = list("areas", in.areas(), 30, 50);
        if (mode == TrainingMode.BY_AREA && areas.isEmpty()) {
            throw ProblemException.invalid("areas", "training.areas.required");
        }
        List<String> teachers = list("teachers", in.teachers(), 20, 50);
        List<SyllabusItem> syllabus = new ArrayList<>();
        List<SyllabusItem> raw = in.syllabus() == null ? List.of() : in.syllabus();
        if (raw.size() > 30) {
            throw ProblemException.invalid("syllabus", "training.list.too-long", 30);
        }
        for (int i = 0; i < raw.size(); i++) {
            SyllabusItem item = raw.get(i);
            if (item == null) {
                throw ProblemException.invalid("syllabus[" + i + "].title", "training.field.required");
            }
            syllabus.add(new SyllabusItem(text("syllabus[" + i + "].title", item.title(), 200, true),
                    text("syllabus[" + i + "].notes", item.notes(), 1000, false)));
        }
        if (in.audience() == null) {
            throw ProblemException.invalid("audience", "training.audience.required");
        }
        AudienceRule rule = in.audience();
        if (rule.appointedSince() != null) {
            checkDay("audience.appointedSince", rule.appointedSince());
        }
        LocalDate asOf = in.audienceAsOf() == null ? starts : checkDay("audienceAsOf", in.audienceAsOf());
        return new Checked(organiser, type, title, starts, ends, place, mode, areas, teachers, syllabus, rule, asOf);
    }

    private void apply(TrainingSession s, Checked c) {
        s.typeCode = c.typeCode;
        s.title = c.title;
        s.startsOn = c.startsOn;
        s.endsOn = c.endsOn;
        s.place = c.place;
        s.mode = c.mode;
        s.areas = json.valueToTree(c.areas);
        s.teachers = json.valueToTree(c.teachers);
        s.syllabus = json.valueToTree(c.syllabus);
        s.audienceRule = json.valueToTree(c.rule);
        s.audienceAsOf = c.asOf;
    }

    /** The organiser: a unit the caller may write for, above the villages (下管一级). */
    VisibleUnit organiser(long unitId, String field) {
        VisibleUnit unit = hierarchy.findVisible(unitId).orElseThrow(() -> ProblemException.invalid(field, "training.organiser.not-found"));
        if (!caller.covers(unit.orgPath())) {
            throw ProblemException.invalid(field, "training.organiser.not-found");
        }
        if (!ORGANISERS.contains(unit.ref().kind())) {
            throw ProblemException.invalid(field, "training.organiser.kind");
        }
        if (!unit.active()) {
            throw ProblemException.conflict(field, "training.organiser.inactive");
        }
        return unit;
    }

    static LocalDate checkDay(String field, LocalDate day) {
        if (day.isBefore(EARLIEST) || day.isAfter(today().plusYears(2))) {
            throw ProblemException.invalid(field, "training.date.range");
        }
        return day;
    }

    static String text(String field, String raw, int max, boolean required) {
        String v = raw == null ? "" : raw.strip();
        if (v.isEmpty()) {
            if (required) {
                throw ProblemException.invalid(field, "training.field.required");
            }
            return null;
        }
        if (v.length() > max) {
            throw ProblemException.invalid(field, "training.field.too-long", max);
        }
        return v;
    }

    private static List<String> list(String field, List<String> raw, int maxItems, int maxLength) {
        if (raw == null) {
            return List.of();
        }
        if (raw.size() > maxItems) {
            throw ProblemException.invalid(field, "training.list.too-long", maxItems);
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            String v = text(field + "[" + i + "]", raw.get(i), maxLength, true);
            out.add(v);
        }
        return out;
    }

    // ---- json columns -------------------------------------------------------------------------

    List<String> strings(com.fasterxml.jackson.databind.JsonNode node) {
        return node == null ? List.of() : json.convertValue(node, new TypeReference<List<String>>() { });
    }

    List<SyllabusItem> syllabus(TrainingSession s) {
        return s.syllabus == null ? List.of() : json.convertValue(s.syllabus, new TypeReference<List<SyllabusItem>>() { });
    }

    AudienceRule rule(TrainingSession s) {
        return json.convertValue(s.audienceRule, AudienceRule.class);
    }

    private Map<String, Object> auditState(TrainingSession s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", s.typeCode);
        m.put("title", s.title);
        m.put("organiserUnitId", s.orgUnitId);
        m.put("startsOn", String.valueOf(s.startsOn));
        m.put("endsOn", String.valueOf(s.endsOn));
        m.put("place", s.place);
        m.put("mode", String.valueOf(s.mode));
        m.put("status", String.valueOf(s.status));
        m.put("audience", s.audienceRule);
        return m;
    }
}
