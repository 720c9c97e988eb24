package cn.ggw.trainings;

import cn.ggw.audit.AuditLog;
import cn.ggw.common.ProblemException;
import cn.ggw.hierarchy.OrgUnitDtos.OrgUnitRef;
import cn.ggw.security.CallerScope;
import cn.ggw.security.Subtree;
import cn.ggw.trainings.TrainingDtos.AddTraineeRequest;
import cn.ggw.trainings.TrainingDtos.Invitation;
import cn.ggw.trainings.TrainingDtos.RecordAttendanceRequest;
import cn.ggw.trainings.TrainingDtos.TraineeView;
import cn.ggw.trainings.TrainingDtos.TrainingTypeView;
import cn.ggw.volunteers.VolunteerService;
import cn.ggw.volunteers.VolunteerService.PersonFacts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Attendance (签到): recorded by the organiser, by each trainee's own unit (village staff on a phone), or
 * by checking in with the session's code while the session runs; leave (请假) with a reason; make-up (补训)
 * afterwards; extras who attended without being required are kept apart from the coverage.
 */
@ApplicationScoped
public class AttendanceService {

    @Inject
    TrainingRepository sessions;

    @Inject
    TraineeRepository trainees;

    @Inject
    TrainingService trainings;

    @Inject
    VolunteerService volunteers;

    @Inject
    CallerScope caller;

    @Inject
    AuditLog audit;

    @Inject
    EntityManager em;

    @Transactional
    public TraineeView record(long traineeId, RecordAttendanceRequest request) {
        if (request == null || request.status() == null) {
            throw ProblemException.invalid("status", "training.field.required");
        }
        TrainingTrainee t = trainees.findVisibleForUpdate(traineeId).orElseThrow(() -> ProblemException.notFound("training.trainee.not-found"));
        caller.requireCovers(t.orgPath, "training.trainee.not-found");
        if (request.version() != null && request.version() != t.version) {
            throw ProblemException.conflict("version", "training.stale");
        }
        TrainingRepository.Header s = header(t.sessionId);
        requireOpen(s);
        LocalDate today = TrainingService.today();
        Map<String, Object> before = state(t);
        switch (request.status()) {
            case ATTENDED -> {
                if (t.status == AttendanceStatus.ATTENDED) {
                    throw ProblemException.conflict("status", "training.check-in.twice", t.volunteerName);
                }
                if (today.isBefore(s.startsOn())) {
                    throw ProblemException.conflict("status", "training.attendance.not-started", s.startsOn());
                }
                LocalDate on = request.attendedOn() != null ? request.attendedOn() : (today.isAfter(s.endsOn()) ? s.endsOn() : today);
                if (on.isBefore(s.startsOn()) || on.isAfter(s.endsOn())) {
                    throw ProblemException.invalid("attendedOn", "training.attendance.outside", s.startsOn(), s.endsOn());
                }
                set(t, AttendanceStatus.ATTENDED, AttendanceMethod.STAFF, null, on);
            }
            case LEAVE -> {
                if (t.status.trained()) {
                    throw ProblemException.conflict("status", "training.leave.after-attended", t.volunteerName);
                }
                if (!t.required) {
                    throw ProblemException.conflict("status", "training.leave.extra");
                }
                set(t, AttendanceStatus.LEAVE, AttendanceMethod.STAFF, TrainingService.text("reason", request.reason(), 500, true), null);
            }
            case ABSENT -> {
                if (t.status.trained()) {
                    throw ProblemException.conflict("status", "training.absent.after-attended", t.volunteerName);
                }
                if (today.isBefore(s.startsOn())) {
                    throw ProblemException.conflict("status", "training.attendance.not-started", s.startsOn());
                }
                set(t, AttendanceStatus.ABSENT, AttendanceMethod.STAFF, TrainingService.text("reason", request.reason(), 500, false), null);
            }
            case MADE_UP -> {
                if (t.status.trained()) {
                    throw ProblemException.conflict("status", "training.makeup.already-trained", t.volunteerName);
                }
                if (request.attendedOn() == null) {
                    throw ProblemException.invalid("attendedOn", "training.field.required");
                }
                if (request.attendedOn().isBefore(s.startsOn()) || request.attendedOn().isAfter(today)) {
                    throw ProblemException.invalid("attendedOn", "training.makeup.date", s.startsOn());
                }
                set(t, AttendanceStatus.MADE_UP, AttendanceMethod.STAFF, TrainingService.text("reason", request.reason(), 500, false),
                        request.attendedOn());
            }
            case EXPECTED -> {
                // a correction: only the organiser's side clears what was recorded
                if (!caller.covers(s.orgPath())) {
                    throw ProblemException.forbidden("training.attendance.clear");
                }
                set(t, AttendanceStatus.EXPECTED, null, null, null);
            }
            default -> throw ProblemException.invalid("status", "training.field.required");
        }
        trainees.flush();
        audit.record("training.attendance", TrainingService.TRAINEE, t.id, t.orgPath, before, state(t));
        return trainings.views(List.of(t)).get(0);
    }

    /** Checks someone in with the code shown at the session, while it runs. */
    @Transactional
    public TraineeView checkIn(String code, long volunteerId) {
        String c = code == null ? "" : code.strip();
        if (!c.matches("\\d{6}")) {
            throw ProblemException.invalid("code", "training.check-in.wrong-code");
        }
        TrainingRepository.Header s = sessions.byCheckInCode(c)
                .filter(h -> h.status() == SessionStatus.PUBLISHED)
                .orElseThrow(() -> ProblemException.invalid("code", "training.check-in.wrong-code"));
        LocalDate today = TrainingService.today();
        if (today.isAfter(s.endsOn())) {
            throw ProblemException.conflict("code", "training.check-in.expired", s.title(), s.endsOn());
        }
        if (today.isBefore(s.startsOn())) {
            throw ProblemException.conflict("code", "training.attendance.not-started", s.startsOn());
        }
        TrainingTrainee t = trainees.bySessionAndVolunteer(s.id(), volunteerId)
                .orElseThrow(() -> ProblemException.conflict("volunteerId", "training.check-in.not-in-audience", s.title()));
        if (t.status.trained()) {
            throw ProblemException.conflict("volunteerId", "training.check-in.twice", t.volunteerName);
        }
        Map<String, Object> before = state(t);
        set(t, AttendanceStatus.ATTENDED, AttendanceMethod.CODE, null, today);
        trainees.flush();
        audit.record("training.check-in", TrainingService.TRAINEE, t.id, t.orgPath, before, state(t));
        return trainings.views(List.of(t)).get(0);
    }

    /** Adds someone by hand: to the required audience, or as an extra who attended without being required. */
    @Transactional
    public TraineeView add(long sessionId, AddTraineeRequest request) {
        if (request == null || request.volunteerId() == null) {
            throw ProblemException.invalid("volunteerId", "training.field.required");
        }
        TrainingSession s = trainings.requireWritable(sessionId);
        if (s.status != SessionStatus.PUBLISHED) {
            throw ProblemException.conflict(null, "training.trainee.not-published");
        }
        // only people of the organiser's subtree (下管一级), and only those the caller may see
        List<PersonFacts> found = volunteers.facts(List.of(request.volunteerId()), s.orgPath, null, null, 1);
        if (found.isEmpty()) {
            throw ProblemException.invalid("volunteerId", "training.trainee.unknown-person");
        }
        PersonFacts p = found.get(0);
        if (trainees.bySessionAndVolunteer(s.id, p.id()).isPresent()) {
            throw ProblemException.conflict("volunteerId", "training.trainee.exists", p.name());
        }
        LocalDate today = TrainingService.today();
        TrainingTrainee t = new TrainingTrainee();
        t.sessionId = s.id;
        t.volunteerId = p.id();
        t.volunteerName = p.name().length() > 50 ? p.name().substring(0, 50) : p.name();
        t.orgUnitId = p.unitId();
        t.orgPath = p.orgPath();
        t.required = request.required();
        t.source = request.required() ? TraineeSource.MANUAL : TraineeSource.EXTRA;
        t.status = AttendanceStatus.EXPECTED;
        t.addedAt = Instant.now();
        t.addedBy = caller.username();
        boolean attended = !request.required() && !Boolean.FALSE.equals(request.attended()) && !today.isBefore(s.startsOn);
        if (attended) {
            set(t, AttendanceStatus.ATTENDED, AttendanceMethod.STAFF, null, today.isAfter(s.endsOn) ? s.endsOn : today);
        }
        trainees.persist(t);
        trainees.flush();
        audit.record(request.required() ? "training.trainee.add" : "training.extra.add", TrainingService.TRAINEE, t.id, t.orgPath, null, state(t));
        return trainings.views(List.of(t)).get(0);
    }

    /** The caller's people's sessions (for village staff on a phone): from a day on, nearest first. */
    @SuppressWarnings("unchecked")
    public List<Invitation> invitations(LocalDate from, int limit) {
        LocalDate since = from != null ? from : TrainingService.today().minusDays(30);
        Subtree mine = Subtree.of(caller.requireRoot().path());
        // The caller's own people (their path), in sessions organised at any level above them.
        List<Number> ids = mine.bind(em.createNativeQuery("""
                        select t.id from training_trainee t join training_session s on s.id = t.session_id
                         where %s and s.status = 'PUBLISHED' and s.ends_on >= ?3
                         order by s.starts_on, s.id, t.org_path, t.volunteer_name limit ?4""".formatted(mine.sql("t.org_path", 1))), 1)
                .setParameter(3, since).setParameter(4, limit).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        List<TrainingTrainee> rows = em.createQuery("from TrainingTrainee t where t.id in :ids", TrainingTrainee.class)
                .setParameter("ids", ids.stream().map(Number::longValue).toList()).getResultList();
        return invitationsOf(rows, since);
    }

    private List<Invitation> invitationsOf(List<TrainingTrainee> rows, LocalDate since) {
        // The subquery above runs under the scope filter too, so sessions organised above the caller are read here by id.
        Set<Long> sessionIds = rows.stream().map(t -> t.sessionId).collect(Collectors.toSet());
        Map<Long, TrainingRepository.Header> headers = sessions.headers(sessionIds);
        Map<String, TrainingTypeView> types = trainings.typeMap();
        Set<Long> unitIds = new HashSet<>();
        headers.values().forEach(h -> unitIds.add(h.orgUnitId()));
        rows.forEach(t -> unitIds.add(t.orgUnitId));
        Map<Long, OrgUnitRef> units = sessions.unitRefs(unitIds);
        LocalDate today = TrainingService.today();
        return rows.stream().filter(t -> headers.containsKey(t.sessionId)).map(t -> {
            TrainingRepository.Header h = headers.get(t.sessionId);
            return new Invitation(TrainingService.view(t, units.get(t.orgUnitId)), h.id(), h.title(), types.get(h.typeCode()),
                    units.get(h.orgUnitId()), h.startsOn(), h.endsOn(), h.place(), h.status(), TrainingService.phase(h.startsOn(), h.endsOn(), today));
        }).sorted(java.util.Comparator.comparing(Invitation::startsOn).thenComparing(Invitation::sessionId)).toList();
    }

    private TrainingRepository.Header header(long sessionId) {
        TrainingRepository.Header h = sessions.headers(List.of(sessionId)).get(sessionId);
        if (h == null) {
            throw ProblemException.notFound("training.not-found");
        }
        return h;
    }

    private static void requireOpen(TrainingRepository.Header s) {
        if (s.status() == SessionStatus.CANCELLED) {
            throw ProblemException.conflict(null, "training.cancelled");
        }
        if (s.status() == SessionStatus.DRAFT) {
            throw ProblemException.conflict(null, "training.trainee.not-published");
        }
    }

    private void set(TrainingTrainee t, AttendanceStatus status, AttendanceMethod method, String reason, LocalDate on) {
        t.status = status;
        t.method = method;
        t.reason = reason;
        t.attendedOn = on;
        t.recordedAt = status == AttendanceStatus.EXPECTED ? null : Instant.now();
        t.recordedBy = status == AttendanceStatus.EXPECTED ? null : caller.username();
    }

    private static Map<String, Object> state(TrainingTrainee t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sessionId", t.sessionId);
        m.put("volunteerId", t.volunteerId);
        m.put("required", t.required);
        m.put("status", String.valueOf(t.status));
        m.put("method", t.method == null ? null : t.method.name());
        m.put("reason", t.reason);
        m.put("attendedOn", t.attendedOn == null ? null : t.attendedOn.toString());
        return m;
    }
}
