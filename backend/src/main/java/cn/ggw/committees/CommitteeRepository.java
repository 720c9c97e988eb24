package cn.ggw.committees;

import cn.ggw.security.Subtree;
import cn.ggw.hierarchy.OrgUnitKind;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.hibernate.jpa.HibernateHints;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Queries of teams and appointments. Every JPQL query and load by id here is limited to the caller's
 * subtree by the scope filter; the native statements say in their comment why they are safe.
 */
@ApplicationScoped
public class CommitteeRepository implements PanacheRepository<Committee> {

    /** A unit of a subtree, as coverage needs it. */
    public record UnitRow(long id, Long parentId, OrgUnitKind kind, String path, String code, String name, int sortOrder,
                          LocalDate createdOn) {
    }

    public Optional<Committee> ofUnit(long unitId) {
        return find("orgUnitId", unitId).firstResultOptional();
    }

    /**
     * The team of a unit, created if missing, locked until the transaction ends: every change of a
     * team's seats takes this lock first, so checks and writes of two requests never interleave.
     * Native insert: the unit was checked to be in the caller's scope; the lock is taken through the filter.
     */
    public Committee lockedTeam(long unitId, String unitPath, String by) {
        // The team's record begins when the unit was created: a seat never filled is vacant since then.
        getEntityManager().createNativeQuery("insert into committee (org_unit_id, org_path, formed_on, created_by, updated_by)"
                        + " select id, ?2, (created_at at time zone 'Asia/Shanghai')::date, ?3, ?3 from org_unit where id = ?1"
                        + " on conflict (org_unit_id) do nothing")
                .setParameter(1, unitId)
                .setParameter(2, unitPath)
                .setParameter(3, by)
                .executeUpdate();
        return getEntityManager().createQuery("from Committee where orgUnitId = :unit", Committee.class)
                .setParameter("unit", unitId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getSingleResult();
    }

    /** Active units of a subtree, the root included. Read through the (filtered) hierarchy entity. */
    public List<UnitRow> units(String path) {
        return getEntityManager().createQuery("select u.id, u.parentId, u.kind, u.orgPath, u.code, u.name, u.sortOrder, u.createdAt"
                        + " from OrgUnit u where " + Subtree.JPQL_u + " and u.active = true", Object[].class)
                .setParameter("path", path)
                .setParameter("pathEnd", Subtree.of(path).end())
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultList().stream()
                .map(r -> new UnitRow((Long) r[0], (Long) r[1], (OrgUnitKind) r[2], (String) r[3], (String) r[4], (String) r[5],
                        (Integer) r[6], ((java.time.Instant) r[7]).atZone(CommitteeService.CHINA).toLocalDate()))
                .toList();
    }

    public LocalDate unitCreatedOn(long unitId) {
        java.time.Instant created = getEntityManager().createQuery("select u.createdAt from OrgUnit u where u.id = :id", java.time.Instant.class)
                .setParameter("id", unitId).getSingleResult();
        return created.atZone(CommitteeService.CHINA).toLocalDate();
    }

    /** Current holders per unit and role in a subtree: rows of (unitId, role, count). */
    public List<Object[]> holderCounts(String path, LocalDate today) {
        return getEntityManager().createQuery("select a.orgUnitId, a.role, count(a) from Appointment a"
                        + " where " + Subtree.JPQL_a + " and a.endedOn is null and a.startedOn <= :today"
                        + " group by a.orgUnitId, a.role", Object[].class)
                .setParameter("path", path)
                .setParameter("pathEnd", Subtree.of(path).end())
                .setParameter("today", today)
                .getResultList();
    }

    /** What coverage needs of a team. */
    public record TeamRow(long unitId, LocalDate formedOn, LocalDate nextElectionDue) {
    }

    /** The teams of a subtree (columns only: coverage reads thousands of them). */
    public List<TeamRow> teams(String path) {
        return getEntityManager().createQuery("select c.orgUnitId, c.formedOn, c.nextElectionDue from Committee c"
                        + " where " + Subtree.JPQL_c + "", Object[].class)
                .setParameter("path", path)
                .setParameter("pathEnd", Subtree.of(path).end())
                .getResultList().stream()
                .map(r -> new TeamRow((Long) r[0], (LocalDate) r[1], (LocalDate) r[2]))
                .toList();
    }

    public List<Committee> teamsOf(Collection<Long> unitIds) {
        return unitIds.isEmpty() ? List.of() : list("orgUnitId in ?1", unitIds);
    }

    /** Every appointment, ended or not, of these units' teams. */
    public List<Appointment> appointmentsOf(Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createQuery("from Appointment where orgUnitId in :units order by startedOn, id", Appointment.class)
                .setParameter("units", unitIds)
                .getResultList();
    }

    /** Every appointment of a subtree as (unit id, period), for the period figures (columns only). */
    public List<Map.Entry<Long, SeatHistory.Period>> periodsIn(String path) {
        return getEntityManager().createQuery("select a.orgUnitId, a.id, a.role, a.startedOn, a.endedOn from Appointment a"
                        + " where " + Subtree.JPQL_a + "", Object[].class)
                .setParameter("path", path)
                .setParameter("pathEnd", Subtree.of(path).end())
                .getResultList().stream()
                .map(r -> Map.entry((Long) r[0], new SeatHistory.Period((Long) r[1], null, (SeatRole) r[2], (LocalDate) r[3], (LocalDate) r[4])))
                .toList();
    }

    public List<Appointment> teamAppointments(long committeeId) {
        return getEntityManager().createQuery("from Appointment where committeeId = :team order by role, startedOn, id", Appointment.class)
                .setParameter("team", committeeId)
                .getResultList();
    }

    public Optional<Appointment> appointment(long id) {
        return Optional.ofNullable(getEntityManager().find(Appointment.class, id));
    }

    public Optional<Long> successorOf(long appointmentId) {
        return getEntityManager().createQuery("select id from Appointment where replacesId = :id order by id", Long.class)
                .setParameter("id", appointmentId)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    /**
     * The period figures' counts within a subtree in one pass over its appointments: seats filled, 常务副主任 seats
     * ended by adjustment, and seats ended, each within [from, to].
     */
    public PeriodCounts periodCounts(String path, LocalDate from, LocalDate to) {
        Object[] row = getEntityManager().createQuery("select"
                        + " sum(case when a.kind = cn.ggw.committees.AppointmentKind.FILL and a.startedOn between :from and :to then 1 else 0 end),"
                        + " sum(case when a.role = cn.ggw.committees.SeatRole.EXECUTIVE_VICE_DIRECTOR"
                        + " and a.endReason = cn.ggw.committees.EndReason.ADJUSTMENT and a.endedOn between :from and :to then 1 else 0 end),"
                        + " sum(case when a.endedOn between :from and :to then 1 else 0 end)"
                        + " from Appointment a where " + Subtree.JPQL_a, Object[].class)
                .setParameter("path", path)
                .setParameter("pathEnd", Subtree.of(path).end())
                .setParameter("from", from)
                .setParameter("to", to)
                .getSingleResult();
        return new PeriodCounts(orZero(row[0]), orZero(row[1]), orZero(row[2]));
    }

    /** Seats filled, 常务副主任 seats ended by adjustment, seats ended. */
    public record PeriodCounts(long filled, long adjusted, long ended) {
    }

    private static long orZero(Object sum) {
        return sum == null ? 0 : ((Number) sum).longValue(); // a sum over no rows is null
    }

    /**
     * Every settings row: (unit id, path, days). Native and unscoped on purpose: a township must know
     * its district's threshold; only the number and the setting unit's id are used.
     */
    @SuppressWarnings("unchecked")
    public List<Object[]> settings() {
        return getEntityManager().createNativeQuery("select org_unit_id, org_path, vacancy_overdue_days, updated_at, updated_by"
                + " from committee_setting").getResultList();
    }
}
