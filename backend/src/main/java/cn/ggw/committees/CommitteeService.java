package cn.ggw.committees;

import cn.ggw.audit.AuditLog;
import cn.ggw.common.Localized;
import cn.ggw.common.ProblemException;
import cn.ggw.committees.CommitteeDtos.AppointmentView;
import cn.ggw.committees.CommitteeDtos.CandidateView;
import cn.ggw.committees.CommitteeDtos.CommitteeSettingsView;
import cn.ggw.committees.CommitteeDtos.CommitteeView;
import cn.ggw.committees.CommitteeDtos.CreateAppointmentRequest;
import cn.ggw.committees.CommitteeDtos.EndAppointmentRequest;
import cn.ggw.committees.CommitteeDtos.FillVacancyRequest;
import cn.ggw.committees.CommitteeDtos.SeatView;
import cn.ggw.committees.CommitteeDtos.SetCommitteeTermRequest;
import cn.ggw.committees.CommitteeDtos.VacancyView;
import cn.ggw.hierarchy.HierarchyService;
import cn.ggw.hierarchy.HierarchyService.VisibleUnit;
import cn.ggw.hierarchy.OrgUnitDtos.OrgUnitRef;
import cn.ggw.hierarchy.OrgUnitKind;
import cn.ggw.security.CallerScope;
import cn.ggw.security.ScopeFilter;
import cn.ggw.volunteers.VolunteerService;
import cn.ggw.volunteers.VolunteerService.PersonFacts;
import cn.ggw.volunteers.VolunteerStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Teams (班子) and their seats: reading a team with its history and vacancies, appointing, ending,
 * filling a vacancy, suggesting candidates, the term and the district's vacancy threshold.
 * <p>
 * Every change of a team's seats first locks the team's row (SELECT … FOR UPDATE), then checks the
 * rules against what is committed: of two requests filling one vacancy at once, the second sees the
 * first's holder and gets 409. The same person twice in one team at one time is refused by the
 * database as well (an exclusion constraint).
 * <p>
 * Who may sit on a team: a person of the registry the caller can see, on the register (not withdrawn
 * or deceased), whose home is in the team's unit or below it — or, for a village or community team,
 * anywhere in its township or street (the "township above").
 */
@ApplicationScoped
public class CommitteeService {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final String APPOINTMENT = "Appointment";
    static final String COMMITTEE = "Committee";
    /** How far ahead an appointment may be recorded. */
    static final int MAX_DAYS_AHEAD = 30;
    static final LocalDate EARLIEST = LocalDate.of(1980, 1, 1);
    static final Set<VolunteerStatus> APPOINTABLE = Set.of(VolunteerStatus.REGISTERED, VolunteerStatus.CONTACTED,
            VolunteerStatus.ACTIVE, VolunteerStatus.INACTIVE);

    @Inject
    CommitteeRepository committees;

    @Inject
    SeatTemplates templates;

    @Inject
    HierarchyService hierarchy;

    @Inject
    VolunteerService volunteers;

    @Inject
    CallerScope caller;

    @Inject
    AuditLog audit;

    static LocalDate today() {
        return LocalDate.now(CHINA);
    }

    // ---- reading -------------------------------------------------------------------------

    public CommitteeView team(long unitId) {
        VisibleUnit unit = visibleUnit(unitId);
        return viewOf(unit, committees.ofUnit(unitId).orElse(null));
    }

    /** The whole history of a team: every appointment, ended or not, by role and start. */
    public List<AppointmentView> history(long unitId) {
        VisibleUnit unit = visibleUnit(unitId);
        return committees.ofUnit(unitId)
                .map(team -> views(unit.ref(), committees.teamAppointments(team.id)))
                .orElse(List.of());
    }

    public AppointmentView appointment(long id) {
        Appointment a = visibleAppointment(id);
        return viewOf(a, hierarchy.refs(List.of(a.orgUnitId)).get(a.orgUnitId), committees.successorOf(a.id).orElse(null));
    }

    /**
     * People who could fill a seat of this team: those of the team's own unit first, then (for a
     * village or community) the rest of its township; on the register as ACTIVE, then CONTACTED;
     * within the seat's age limit; not seated in the team now. Masked: no ID number, no phone.
     */
    public List<CandidateView> candidates(long unitId, SeatRole role, int limit) {
        VisibleUnit unit = visibleUnit(unitId);
        SeatRule rule = rule(unit, role);
        LocalDate today = today();
        LocalDate bornOnOrAfter = rule.maxAge() == null ? null : today.minusYears(rule.maxAge() + 1L).plusDays(1);
        Set<Long> seated = committees.ofUnit(unitId)
                .map(team -> committees.teamAppointments(team.id).stream().filter(a -> a.endedOn == null)
                        .map(a -> a.volunteerId).collect(Collectors.toSet()))
                .orElse(Set.of());
        List<VolunteerStatus> wanted = List.of(VolunteerStatus.ACTIVE, VolunteerStatus.CONTACTED);
        Map<Long, PersonFacts> found = new LinkedHashMap<>();
        for (PersonFacts p : volunteers.facts(null, unit.orgPath(), wanted, bornOnOrAfter, 500)) {
            found.put(p.id(), p);
        }
        String pool = poolPath(unit);
        if (!pool.equals(unit.orgPath())) {
            for (PersonFacts p : volunteers.facts(null, pool, wanted, bornOnOrAfter, 500)) {
                found.putIfAbsent(p.id(), p);
            }
        }
        List<PersonFacts> people = found.values().stream().filter(p -> !seated.contains(p.id()))
                .sorted(Comparator.comparing((PersonFacts p) -> !ScopeFilter.covers(unit.orgPath(), p.orgPath()))
                        .thenComparing(p -> p.status() != VolunteerStatus.ACTIVE)
                        .thenComparing(PersonFacts::birthDate, Comparator.reverseOrder())
                        .thenComparing(PersonFacts::id))
                .limit(limit)
                .toList();
        Map<Long, OrgUnitRef> homes = hierarchy.refs(people.stream().map(PersonFacts::unitId).collect(Collectors.toSet()));
        return people.stream().map(p -> new CandidateView(p.id(), p.name(), p.gender(), Period.between(p.birthDate(), today).getYears(),
                p.categories(), homes.get(p.unitId()), p.status(), ScopeFilter.covers(unit.orgPath(), p.orgPath()))).toList();
    }

    // ---- changing ------------------------------------------------------------------------

    @Transactional
    public AppointmentView appoint(CreateAppointmentRequest request) {
        VisibleUnit unit = writableUnit(request.unitId());
        AppointmentKind kind = Boolean.TRUE.equals(request.atElection()) ? AppointmentKind.ELECTION : null;
        Appointment created = appoint(unit, request.role(), request.volunteerId(), request.startedOn(),
                request.replacesAppointmentId(), kind, false);
        return viewOf(created, unit.ref(), null);
    }

    /** Fills a vacancy: refused with 409 when the role has no vacancy left (someone was quicker). */
    @Transactional
    public AppointmentView fill(long unitId, SeatRole role, FillVacancyRequest request) {
        VisibleUnit unit = writableUnit(unitId);
        Appointment created = appoint(unit, role, request.volunteerId(), request.startedOn(), request.replacesAppointmentId(),
                AppointmentKind.FILL, true);
        return viewOf(created, unit.ref(), null);
    }

    /**
     * The one way onto a seat (plain appointment, fill, adjustment). The caller has checked the unit;
     * {@code kind} null lets the rules decide between FILL and ADDITIONAL.
     */
    Appointment appoint(VisibleUnit unit, SeatRole role, long volunteerId, LocalDate startedOn, Long replacesId,
                        AppointmentKind kind, boolean vacancyRequired) {
        SeatRule rule = rule(unit, role);
        LocalDate today = today();
        if (startedOn.isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
            throw ProblemException.invalid("startedOn", "committee.start.too-late", MAX_DAYS_AHEAD);
        }
        if (startedOn.isBefore(EARLIEST)) {
            throw ProblemException.invalid("startedOn", "committee.start.too-early", EARLIEST.toString());
        }
        PersonFacts person = appointable(unit, volunteerId, "volunteerId");
        if (rule.maxAge() != null && Period.between(person.birthDate(), startedOn).getYears() > rule.maxAge()) {
            throw ProblemException.invalid("volunteerId", "committee.volunteer.too-old", person.name(), rule.maxAge(),
                    new Localized.Text("committee.role." + role));
        }

        Committee team = committees.lockedTeam(unit.ref().id(), unit.orgPath(), caller.username());
        List<Appointment> all = committees.teamAppointments(team.id);
        for (Appointment other : all) {
            if (other.volunteerId == volunteerId && overlaps(other, startedOn, null)) {
                throw ProblemException.conflict("volunteerId", "committee.volunteer.already-seated", person.name(),
                        new Localized.Text("committee.role." + other.role), other.startedOn.toString());
            }
        }
        List<Appointment> sameRole = all.stream().filter(a -> a.role == role).toList();
        long heldToday = sameRole.stream().filter(a -> a.heldOn(today)).count();
        // A seat someone is booked to take within the next days is not a vacancy to fill twice.
        long heldOrBooked = sameRole.stream().filter(a -> a.endedOn == null).count();
        if (vacancyRequired && heldOrBooked >= rule.minCount()) {
            throw ProblemException.conflict("role", "committee.vacancy.gone", new Localized.Text("committee.role." + role));
        }
        if (rule.maxCount() != null) {
            List<Appointment> overlapping = sameRole.stream().filter(a -> overlaps(a, startedOn, null)).toList();
            if (overlapping.size() >= rule.maxCount()) {
                Appointment holder = overlapping.get(overlapping.size() - 1);
                throw ProblemException.conflict("role", "committee.seat.held", new Localized.Text("committee.role." + role),
                        holder.volunteerName, holder.startedOn.toString(), rule.maxCount());
            }
        }
        if (replacesId != null) {
            Appointment replaced = all.stream().filter(a -> a.id.equals(replacesId)).findFirst()
                    .orElseThrow(() -> ProblemException.invalid("replacesAppointmentId", "committee.replaces.not-in-team"));
            if (replaced.endedOn == null) {
                throw ProblemException.conflict("replacesAppointmentId", "committee.replaces.still-open", replaced.volunteerName);
            }
        }
        Appointment a = new Appointment();
        a.committeeId = team.id;
        a.orgUnitId = unit.ref().id();
        a.orgPath = unit.orgPath();
        a.role = role;
        a.volunteerId = volunteerId;
        a.volunteerName = person.name();
        a.kind = kind != null ? kind : heldToday < rule.minCount() ? AppointmentKind.FILL : AppointmentKind.ADDITIONAL;
        a.startedOn = startedOn;
        a.replacesId = replacesId;
        a.createdAt = Instant.now();
        a.createdBy = caller.username();
        committees.getEntityManager().persist(a);
        committees.flush();
        audit.record("CREATE", APPOINTMENT, a.id, a.orgPath, null, viewOf(a, unit.ref(), null));
        return a;
    }

    @Transactional
    public AppointmentView end(long id, EndAppointmentRequest request) {
        Appointment a = visibleAppointment(id);
        VisibleUnit unit = writableUnit(a.orgUnitId);
        if (request.reason() == EndReason.ADJUSTMENT) {
            throw ProblemException.invalid("reason", "committee.end.adjustment-only-by-flow");
        }
        String note = request.note() == null || request.note().isBlank() ? null : request.note().trim();
        if (request.reason() == EndReason.OTHER && note == null) {
            throw ProblemException.invalid("note", "committee.end.note-required");
        }
        committees.lockedTeam(a.orgUnitId, unit.orgPath(), caller.username());
        committees.getEntityManager().refresh(a);
        long open = committees.getEntityManager().createQuery("select count(j) from Adjustment j where j.appointmentId = :id and j.status in :open", Long.class)
                .setParameter("id", a.id).setParameter("open", AdjustmentStatus.OPEN).getSingleResult();
        if (open > 0) {
            throw ProblemException.conflict(null, "committee.end.open-adjustment");
        }
        return viewOf(endNow(a, unit, request.endedOn(), request.reason(), note), unit.ref(), null);
    }

    /** Ends an appointment (the team is locked by the caller). */
    Appointment endNow(Appointment a, VisibleUnit unit, LocalDate endedOn, EndReason reason, String note) {
        if (a.endedOn != null) {
            throw ProblemException.conflict(null, "committee.end.already", a.volunteerName, a.endedOn.toString());
        }
        if (endedOn.isBefore(a.startedOn)) {
            throw ProblemException.invalid("endedOn", "committee.end.before-start", a.startedOn.toString());
        }
        if (endedOn.isAfter(today())) {
            throw ProblemException.invalid("endedOn", "committee.end.future");
        }
        AppointmentView before = viewOf(a, unit.ref(), null);
        a.endedOn = endedOn;
        a.endReason = reason;
        a.endNote = note;
        a.endedAt = Instant.now();
        a.endedBy = caller.username();
        committees.flush();
        audit.record("END", APPOINTMENT, a.id, a.orgPath, before, viewOf(a, unit.ref(), null));
        return a;
    }

    @Transactional
    public CommitteeView setTerm(long unitId, SetCommitteeTermRequest request) {
        VisibleUnit unit = writableUnit(unitId);
        if (!request.nextElectionDue().isAfter(request.termStart())) {
            throw ProblemException.invalid("nextElectionDue", "committee.term.order");
        }
        Committee team = committees.lockedTeam(unitId, unit.orgPath(), caller.username());
        if (request.version() != null && request.version() != team.version) {
            throw new jakarta.persistence.OptimisticLockException();
        }
        Map<String, Object> before = new HashMap<>();
        before.put("termStart", team.termStart);
        before.put("nextElectionDue", team.nextElectionDue);
        team.termStart = request.termStart();
        team.nextElectionDue = request.nextElectionDue();
        team.updatedAt = Instant.now();
        team.updatedBy = caller.username();
        committees.flush();
        audit.record("TERM", COMMITTEE, team.id, team.orgPath, before,
                Map.of("termStart", team.termStart, "nextElectionDue", team.nextElectionDue));
        return viewOf(unit, team);
    }

    // ---- settings ------------------------------------------------------------------------

    @Inject
    CommitteeSettingRows settingRows;

    public CommitteeSettingsView settings() {
        return settingsFor(caller.requireRoot().path());
    }

    /** The nearest setting at or above a unit, else the default. */
    CommitteeSettingsView settingsFor(String path) {
        Object[] best = null;
        for (Object[] row : settingRows.get()) {
            String at = (String) row[1];
            if (ScopeFilter.covers(at, path) && (best == null || at.length() > ((String) best[1]).length())) {
                best = row;
            }
        }
        if (best == null) {
            return new CommitteeSettingsView(CommitteeSetting.DEFAULT_VACANCY_OVERDUE_DAYS, null, null, null);
        }
        long unitId = ((Number) best[0]).longValue();
        OrgUnitRef setBy = hierarchy.refs(List.of(unitId)).get(unitId);
        Instant at = best[3] instanceof java.sql.Timestamp t ? t.toInstant()
                : best[3] instanceof java.time.OffsetDateTime o ? o.toInstant() : (Instant) best[3];
        return new CommitteeSettingsView(((Number) best[2]).intValue(), setBy, at, (String) best[4]);
    }

    /** Thresholds for many units at once: path → days. */
    Map<String, Integer> thresholds(List<String> paths) {
        List<Object[]> rows = settingRows.get();
        Map<String, Integer> result = new HashMap<>();
        for (String path : paths) {
            int days = CommitteeSetting.DEFAULT_VACANCY_OVERDUE_DAYS;
            int bestLength = -1;
            for (Object[] row : rows) {
                String at = (String) row[1];
                if (ScopeFilter.covers(at, path) && at.length() > bestLength) {
                    bestLength = at.length();
                    days = ((Number) row[2]).intValue();
                }
            }
            result.put(path, days);
        }
        return result;
    }

    @Transactional
    public CommitteeSettingsView updateSettings(int days) {
        CallerScope.ScopeRoot root = caller.requireRoot();
        settingRows.changing();
        CommitteeSettingsView before = settingsFor(root.path());
        CommitteeSetting setting = committees.getEntityManager().find(CommitteeSetting.class, root.unitId());
        boolean isNew = setting == null;
        if (isNew) {
            setting = new CommitteeSetting();
            setting.orgUnitId = root.unitId();
            setting.orgPath = root.path();
        }
        setting.vacancyOverdueDays = days;
        setting.updatedAt = Instant.now();
        setting.updatedBy = caller.username();
        if (isNew) {
            committees.getEntityManager().persist(setting);
        }
        committees.flush();
        CommitteeSettingsView after = settingsFor(root.path());
        audit.record("UPDATE", "CommitteeSetting", root.unitId(), root.path(), before, after);
        return after;
    }

    // ---- helpers -------------------------------------------------------------------------

    VisibleUnit visibleUnit(long unitId) {
        return hierarchy.findVisible(unitId).orElseThrow(() -> ProblemException.notFound("committee.not-found"));
    }

    /** A unit whose team the caller may change: visible (404 otherwise), in scope and active (409). */
    VisibleUnit writableUnit(long unitId) {
        caller.requireRoot();
        VisibleUnit unit = visibleUnit(unitId);
        caller.requireCovers(unit.orgPath(), "committee.not-found");
        if (!unit.active()) {
            throw ProblemException.conflict(null, "committee.unit.inactive");
        }
        return unit;
    }

    Appointment visibleAppointment(long id) {
        return committees.appointment(id).orElseThrow(() -> ProblemException.notFound("committee.appointment.not-found"));
    }

    SeatRule rule(VisibleUnit unit, SeatRole role) {
        return templates.of(unit.ref().kind()).stream().filter(r -> r.role() == role).findFirst()
                .orElseThrow(() -> ProblemException.invalid("role", "committee.role.not-in-template",
                        new Localized.Text("committee.role." + role), new Localized.Text("kind." + unit.ref().kind())));
    }

    /** Where a team's people may come from: the unit's subtree; for a village or community, its township's. */
    static String poolPath(VisibleUnit unit) {
        OrgUnitKind kind = unit.ref().kind();
        String path = unit.orgPath();
        int dot = path.lastIndexOf('.');
        if ((kind == OrgUnitKind.VILLAGE || kind == OrgUnitKind.COMMUNITY) && dot > 0) {
            return path.substring(0, dot);
        }
        return path;
    }

    /** A person who may take a seat of this unit's team, or 400/409 naming the field. */
    PersonFacts appointable(VisibleUnit unit, long volunteerId, String field) {
        PersonFacts person = volunteers.facts(List.of(volunteerId), null, null, null, 1).stream().findFirst()
                .orElseThrow(() -> ProblemException.invalid(field, "committee.volunteer.not-found"));
        if (!APPOINTABLE.contains(person.status())) {
            throw ProblemException.conflict(field, "committee.volunteer.not-appointable", person.name(),
                    new Localized.Text("volunteer.status." + person.status()));
        }
        if (!ScopeFilter.covers(poolPath(unit), person.orgPath())) {
            throw ProblemException.invalid(field, "committee.volunteer.outside-unit", person.name(), unit.ref().name());
        }
        return person;
    }

    /** Whether an appointment's half-open period meets [from, to) (to null: open-ended). */
    static boolean overlaps(Appointment a, LocalDate from, LocalDate to) {
        boolean startsBeforeEnd = to == null || a.startedOn.isBefore(to);
        boolean endsAfterStart = a.endedOn == null || a.endedOn.isAfter(from);
        boolean zeroLength = a.endedOn != null && !a.endedOn.isAfter(a.startedOn);
        return startsBeforeEnd && endsAfterStart && !zeroLength;
    }

    CommitteeView viewOf(VisibleUnit unit, Committee team) {
        LocalDate today = today();
        List<SeatRule> rules = templates.of(unit.ref().kind());
        List<Appointment> all = team == null ? List.of() : committees.teamAppointments(team.id);
        LocalDate formedOn = team != null ? team.formedOn : committees.unitCreatedOn(unit.ref().id());
        List<SeatHistory.Period> periods = all.stream().map(CommitteeService::period).toList();
        int threshold = thresholds(List.of(unit.orgPath())).get(unit.orgPath());
        Map<SeatRole, List<VacancyView>> open = new EnumMap<>(SeatRole.class);
        for (SeatHistory.OpenSeat seat : SeatHistory.vacancies(rules, periods, formedOn, today)) {
            open.computeIfAbsent(seat.role(), r -> new ArrayList<>()).add(vacancyView(unit.ref(), seat, today, threshold));
        }
        Map<Long, Long> successors = successors(all);
        Map<SeatRole, Integer> holders = new EnumMap<>(SeatRole.class);
        all.stream().filter(a -> a.heldOn(today)).forEach(a -> holders.merge(a.role, 1, Integer::sum));
        List<SeatView> seats = new ArrayList<>();
        for (SeatRule rule : rules) {
            List<AppointmentView> current = all.stream().filter(a -> a.role == rule.role() && a.heldOn(today))
                    .map(a -> viewOf(a, unit.ref(), successors.get(a.id))).toList();
            seats.add(new SeatView(rule.role(), rule.minCount(), rule.maxCount(), rule.maxAge(), current,
                    open.getOrDefault(rule.role(), List.of())));
        }
        TeamState state = TeamState.of(rules, holders);
        boolean overdue = team != null && team.nextElectionDue != null && team.nextElectionDue.isBefore(today);
        return new CommitteeView(unit.ref(), state.status(), state.requiredSeats(), state.filledSeats(),
                team == null ? null : team.termStart, team == null ? null : team.nextElectionDue, overdue,
                team == null ? null : team.formedOn, threshold, seats, team == null ? null : team.version);
    }

    static VacancyView vacancyView(OrgUnitRef unit, SeatHistory.OpenSeat seat, LocalDate today, int threshold) {
        long days = Math.max(0, ChronoUnit.DAYS.between(seat.since(), today));
        return new VacancyView(unit, seat.role(), seat.slot(), seat.since(), days, days > threshold,
                seat.previousAppointmentId(), seat.previousHolderName());
    }

    static SeatHistory.Period period(Appointment a) {
        return new SeatHistory.Period(a.id, a.volunteerName, a.role, a.startedOn, a.endedOn);
    }

    private List<AppointmentView> views(OrgUnitRef unit, List<Appointment> all) {
        Map<Long, Long> successors = successors(all);
        return all.stream().map(a -> viewOf(a, unit, successors.get(a.id))).toList();
    }

    private static Map<Long, Long> successors(List<Appointment> all) {
        Map<Long, Long> successors = new HashMap<>();
        all.stream().filter(a -> a.replacesId != null).forEach(a -> successors.putIfAbsent(a.replacesId, a.id));
        return successors;
    }

    static AppointmentView viewOf(Appointment a, OrgUnitRef unit, Long replacedBy) {
        return new AppointmentView(a.id, unit, a.role, a.volunteerId, a.volunteerName, a.kind, a.startedOn, a.endedOn,
                a.endReason, a.endNote, a.replacesId, replacedBy, a.heldOn(today()), a.createdAt, a.createdBy, a.endedAt, a.endedBy);
    }

    Optional<Committee> teamOf(long unitId) {
        return committees.ofUnit(unitId);
    }
}
