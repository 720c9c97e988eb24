package cn.ggw.committees;

import cn.ggw.security.Subtree;
import cn.ggw.audit.AuditLog;
import cn.ggw.common.Cursors;
import cn.ggw.common.Localized;
import cn.ggw.common.Page;
import cn.ggw.common.ProblemException;
import cn.ggw.committees.CommitteeDtos.AdjustmentView;
import cn.ggw.committees.CommitteeDtos.AssessmentView;
import cn.ggw.committees.CommitteeDtos.CompleteAdjustmentRequest;
import cn.ggw.committees.CommitteeDtos.CompletionView;
import cn.ggw.committees.CommitteeDtos.ConsultationView;
import cn.ggw.committees.CommitteeDtos.CreateAssessmentRequest;
import cn.ggw.committees.CommitteeDtos.DecideAdjustmentRequest;
import cn.ggw.committees.CommitteeDtos.DecisionView;
import cn.ggw.committees.CommitteeDtos.ProposeAdjustmentRequest;
import cn.ggw.committees.CommitteeDtos.RecordConsultationRequest;
import cn.ggw.committees.CommitteeDtos.WithdrawAdjustmentRequest;
import cn.ggw.committees.CommitteeDtos.WithdrawalView;
import cn.ggw.hierarchy.HierarchyService;
import cn.ggw.hierarchy.HierarchyService.VisibleUnit;
import cn.ggw.hierarchy.OrgUnitDtos.OrgUnitRef;
import cn.ggw.security.CallerScope;
import cn.ggw.volunteers.VolunteerService.PersonFacts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * 调整 of an executive vice-director, step by step: a weak yearly assessment → a proposal (village
 * staff may propose for their own team) → the consultation with the township party committee → a
 * decision → completion, which ends the old appointment with reason ADJUSTMENT and appoints the
 * successor in one transaction. A step out of order is refused with 409 naming the missing step;
 * a proposal can be withdrawn until it is decided; one open proposal per appointment.
 */
@ApplicationScoped
public class AdjustmentService {

    private static final String ENTITY = "Adjustment";

    @Inject
    EntityManager em;

    @Inject
    CommitteeService committees;

    @Inject
    CommitteeRepository repository;

    @Inject
    HierarchyService hierarchy;

    @Inject
    CallerScope caller;

    @Inject
    AuditLog audit;

    // ---- assessments ---------------------------------------------------------------------

    @Transactional
    public AssessmentView assess(long appointmentId, CreateAssessmentRequest request) {
        Appointment a = committees.visibleAppointment(appointmentId);
        committees.writableUnit(a.orgUnitId);
        if (request.year() > CommitteeService.today().getYear()) {
            throw ProblemException.invalid("year", "committee.assessment.future-year");
        }
        boolean taken = em.createQuery("select count(s) from Assessment s where s.appointmentId = :id and s.year = :year", Long.class)
                .setParameter("id", a.id).setParameter("year", request.year()).getSingleResult() > 0;
        if (taken) {
            throw ProblemException.conflict("year", "committee.assessment.duplicate", request.year());
        }
        Assessment s = new Assessment();
        s.appointmentId = a.id;
        s.orgPath = a.orgPath;
        s.year = request.year();
        s.rating = request.rating();
        s.notes = blankToNull(request.notes());
        s.assessedAt = Instant.now();
        s.assessedBy = caller.username();
        em.persist(s);
        em.flush();
        AssessmentView view = AssessmentView.of(s);
        audit.record("CREATE", "Assessment", s.id, s.orgPath, null, view);
        return view;
    }

    public List<AssessmentView> assessments(long appointmentId) {
        committees.visibleAppointment(appointmentId);
        return em.createQuery("from Assessment where appointmentId = :id order by year desc", Assessment.class)
                .setParameter("id", appointmentId).getResultStream().map(AssessmentView::of).toList();
    }

    // ---- the flow ------------------------------------------------------------------------

    @Transactional
    public AdjustmentView propose(ProposeAdjustmentRequest request) {
        caller.requireRoot();
        Appointment a = repository.appointment(request.appointmentId())
                .orElseThrow(() -> ProblemException.invalid("appointmentId", "committee.appointment.not-found"));
        VisibleUnit unit = committees.visibleUnit(a.orgUnitId);
        caller.requireCovers(unit.orgPath(), "committee.not-found");
        repository.lockedTeam(a.orgUnitId, unit.orgPath(), caller.username());
        if (a.role != SeatRole.EXECUTIVE_VICE_DIRECTOR) {
            throw ProblemException.invalid("appointmentId", "committee.adjustment.not-executive");
        }
        if (a.endedOn != null) {
            throw ProblemException.conflict("appointmentId", "committee.adjustment.appointment-ended");
        }
        Assessment assessment = request.assessmentId() != null
                ? em.createQuery("from Assessment where id = :id and appointmentId = :a", Assessment.class)
                        .setParameter("id", request.assessmentId()).setParameter("a", a.id).getResultStream().findFirst()
                        .orElseThrow(() -> ProblemException.invalid("assessmentId", "committee.assessment.not-found"))
                : em.createQuery("from Assessment where appointmentId = :a order by year desc, id desc", Assessment.class)
                        .setParameter("a", a.id).setMaxResults(1).getResultStream().findFirst()
                        .orElseThrow(() -> missing("ASSESSMENT"));
        if (!assessment.rating.supportsAdjustment()) {
            throw ProblemException.conflict("assessmentId", "committee.adjustment.assessment-not-weak",
                    new Localized.Text("committee.rating." + assessment.rating));
        }
        boolean open = em.createQuery("select count(j) from Adjustment j where j.appointmentId = :id and j.status in :open", Long.class)
                .setParameter("id", a.id).setParameter("open", AdjustmentStatus.OPEN).getSingleResult() > 0;
        if (open) {
            throw ProblemException.conflict("appointmentId", "committee.adjustment.already-open");
        }
        if (request.proposedSuccessorId() != null) {
            committees.appointable(unit, request.proposedSuccessorId(), "proposedSuccessorId");
        }
        Adjustment j = new Adjustment();
        j.appointmentId = a.id;
        j.committeeId = a.committeeId;
        j.orgUnitId = a.orgUnitId;
        j.orgPath = a.orgPath;
        j.assessmentId = assessment.id;
        j.status = AdjustmentStatus.PROPOSED;
        j.reasons = request.reasons().trim();
        j.proposedSuccessorId = request.proposedSuccessorId();
        j.proposedAt = Instant.now();
        j.proposedBy = caller.username();
        em.persist(j);
        em.flush();
        AdjustmentView view = viewOf(j);
        audit.record("PROPOSE", ENTITY, j.id, j.orgPath, null, view);
        return view;
    }

    @Transactional
    public AdjustmentView consult(long id, RecordConsultationRequest request) {
        Adjustment j = writable(id);
        requireOpen(j);
        if (j.status != AdjustmentStatus.PROPOSED) {
            throw ProblemException.conflict(null, "committee.adjustment.step-done", new Localized.Text("committee.adjustment.step.CONSULTATION"));
        }
        if (request.consultedOn().isAfter(CommitteeService.today())) {
            throw ProblemException.invalid("consultedOn", "committee.date.future");
        }
        AdjustmentView before = viewOf(j);
        j.consultedOn = request.consultedOn();
        j.consultedWith = request.consultedWith().trim();
        j.consultationOutcome = request.outcome();
        j.consultationNotes = blankToNull(request.notes());
        j.consultationAt = Instant.now();
        j.consultationBy = caller.username();
        j.status = AdjustmentStatus.CONSULTED;
        return saved(j, "CONSULT", before);
    }

    @Transactional
    public AdjustmentView decide(long id, DecideAdjustmentRequest request) {
        Adjustment j = writable(id);
        requireOpen(j);
        if (j.status == AdjustmentStatus.PROPOSED) {
            throw missing(AdjustmentStep.CONSULTATION.name());
        }
        if (j.status != AdjustmentStatus.CONSULTED) {
            throw ProblemException.conflict(null, "committee.adjustment.step-done", new Localized.Text("committee.adjustment.step.DECISION"));
        }
        if (request.decision() == AdjustmentDecision.APPROVED && j.consultationOutcome != ConsultationOutcome.AGREED) {
            throw ProblemException.conflict("decision", "committee.adjustment.not-agreed");
        }
        AdjustmentView before = viewOf(j);
        j.decision = request.decision();
        j.decisionNotes = blankToNull(request.notes());
        j.decidedAt = Instant.now();
        j.decidedBy = caller.username();
        j.status = request.decision() == AdjustmentDecision.APPROVED ? AdjustmentStatus.APPROVED : AdjustmentStatus.REJECTED;
        return saved(j, "DECIDE", before);
    }

    /** The handover, atomic: the old appointment ends with ADJUSTMENT, the successor starts the same day. */
    @Transactional
    public AdjustmentView complete(long id, CompleteAdjustmentRequest request) {
        Adjustment j = writable(id);
        requireOpen(j);
        if (j.status == AdjustmentStatus.PROPOSED) {
            throw missing(AdjustmentStep.CONSULTATION.name());
        }
        if (j.status == AdjustmentStatus.CONSULTED) {
            throw missing(AdjustmentStep.DECISION.name());
        }
        VisibleUnit unit = committees.writableUnit(j.orgUnitId);
        repository.lockedTeam(j.orgUnitId, unit.orgPath(), caller.username());
        Appointment old = committees.visibleAppointment(j.appointmentId);
        em.refresh(old);
        if (old.volunteerId == request.successorVolunteerId()) {
            throw ProblemException.invalid("successorVolunteerId", "committee.adjustment.same-person");
        }
        AdjustmentView before = viewOf(j);
        committees.endNow(old, unit, request.effectiveOn(), EndReason.ADJUSTMENT, null);
        Appointment successor = committees.appoint(unit, SeatRole.EXECUTIVE_VICE_DIRECTOR, request.successorVolunteerId(),
                request.effectiveOn(), old.id, AppointmentKind.ADJUSTMENT, false);
        j.successorAppointmentId = successor.id;
        j.completedOn = request.effectiveOn();
        j.completedAt = Instant.now();
        j.completedBy = caller.username();
        j.status = AdjustmentStatus.COMPLETED;
        return saved(j, "COMPLETE", before);
    }

    @Transactional
    public AdjustmentView withdraw(long id, WithdrawAdjustmentRequest request) {
        Adjustment j = visible(id);
        caller.requireRoot();
        caller.requireCovers(j.orgPath, "committee.adjustment.not-found");
        requireOpen(j);
        if (j.status == AdjustmentStatus.APPROVED) {
            throw ProblemException.conflict(null, "committee.adjustment.decided");
        }
        AdjustmentView before = viewOf(j);
        j.withdrawnAt = Instant.now();
        j.withdrawnBy = caller.username();
        j.withdrawalNote = request == null ? null : blankToNull(request.note());
        j.status = AdjustmentStatus.WITHDRAWN;
        return saved(j, "WITHDRAW", before);
    }

    // ---- reading -------------------------------------------------------------------------

    public AdjustmentView get(long id) {
        return viewOf(visible(id));
    }

    public Page<AdjustmentView> list(Long unitId, AdjustmentStatus status, int limit, String cursor) {
        Long before = Cursors.decodeLong(cursor);
        String path = unitId == null ? null : committees.visibleUnit(unitId).orgPath();
        var query = em.createQuery("from Adjustment j where (:path is null or " + Subtree.JPQL_j + ")"
                        + " and (:status is null or j.status = :status) and (:before is null or j.id < :before) order by j.id desc", Adjustment.class)
                .setParameter("path", path)
                .setParameter("pathEnd", path == null ? null : Subtree.of(path).end())
                .setParameter("status", status)
                .setParameter("before", before);
        List<Adjustment> rows = query.setMaxResults(limit + 1).getResultList();
        boolean more = rows.size() > limit;
        List<AdjustmentView> items = rows.stream().limit(limit).map(this::viewOf).toList();
        return new Page<>(items, more ? Cursors.encode(String.valueOf(items.get(items.size() - 1).id())) : null);
    }

    // ---- helpers -------------------------------------------------------------------------

    private Adjustment visible(long id) {
        Adjustment j = em.find(Adjustment.class, id);
        if (j == null) {
            throw ProblemException.notFound("committee.adjustment.not-found");
        }
        return j;
    }

    private Adjustment writable(long id) {
        Adjustment j = visible(id);
        caller.requireRoot();
        caller.requireCovers(j.orgPath, "committee.adjustment.not-found");
        return j;
    }

    private static void requireOpen(Adjustment j) {
        if (!AdjustmentStatus.OPEN.contains(j.status)) {
            throw ProblemException.conflict(null, "committee.adjustment.closed", new Localized.Text("committee.adjustment.status." + j.status));
        }
    }

    private static ProblemException missing(String step) {
        return ProblemException.conflict(null, "committee.adjustment.step-missing", new Localized.Text("committee.adjustment.step." + step));
    }

    private AdjustmentView saved(Adjustment j, String action, AdjustmentView before) {
        em.flush();
        AdjustmentView after = viewOf(j);
        audit.record(action, ENTITY, j.id, j.orgPath, before, after);
        return after;
    }

    private AdjustmentView viewOf(Adjustment j) {
        OrgUnitRef unit = hierarchy.refs(List.of(j.orgUnitId)).get(j.orgUnitId);
        Appointment a = em.find(Appointment.class, j.appointmentId);
        Assessment s = em.find(Assessment.class, j.assessmentId);
        String successorName = null;
        if (j.proposedSuccessorId != null) {
            successorName = committees.volunteers.facts(List.of(j.proposedSuccessorId), null, null, null, 1).stream()
                    .findFirst().map(PersonFacts::name).orElse(null);
        }
        ConsultationView consultation = j.consultedOn == null ? null
                : new ConsultationView(j.consultedOn, j.consultedWith, j.consultationOutcome, j.consultationNotes, j.consultationAt, j.consultationBy);
        DecisionView decision = j.decision == null ? null : new DecisionView(j.decision, j.decisionNotes, j.decidedAt, j.decidedBy);
        CompletionView completion = null;
        if (j.successorAppointmentId != null) {
            Appointment successor = em.find(Appointment.class, j.successorAppointmentId);
            completion = new CompletionView(j.completedOn, CommitteeService.viewOf(successor, unit, null), j.completedAt, j.completedBy);
        }
        WithdrawalView withdrawal = j.withdrawnAt == null ? null : new WithdrawalView(j.withdrawalNote, j.withdrawnAt, j.withdrawnBy);
        AdjustmentStep next = switch (j.status) {
            case PROPOSED -> AdjustmentStep.CONSULTATION;
            case CONSULTED -> AdjustmentStep.DECISION;
            case APPROVED -> AdjustmentStep.COMPLETION;
            default -> null;
        };
        return new AdjustmentView(j.id, j.status, unit, CommitteeService.viewOf(a, unit, j.successorAppointmentId), AssessmentView.of(s),
                j.reasons, j.proposedSuccessorId, successorName, j.proposedAt, j.proposedBy, consultation, decision, completion, withdrawal,
                next, j.version);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    static LocalDate today() {
        return CommitteeService.today();
    }
}
