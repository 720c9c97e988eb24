package cn.ggw.trainings;

import cn.ggw.hierarchy.OrgUnitDtos.OrgUnitRef;
import cn.ggw.hierarchy.OrgUnitKind;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Sessions (scoped by the organiser's path) and the few reads that must look past the scope, each saying why. */
@ApplicationScoped
public class TrainingRepository implements PanacheRepository<TrainingSession> {

    /** A session's header, read for a trainee the caller may see (village staff see their people's sessions, not the organiser's records). */
    public record Header(long id, long orgUnitId, String orgPath, String typeCode, String title, LocalDate startsOn, LocalDate endsOn,
                         String place, SessionStatus status, String checkInCode) {
    }

    public Optional<TrainingSession> findVisible(long id) {
        return find("id", id).firstResultOptional();
    }

    public Optional<TrainingSession> findVisibleForUpdate(long id) {
        return find("id", id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    @SuppressWarnings("unchecked")
    public Map<Long, Header> headers(Collection<Long> ids) {
        Map<Long, Header> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                        select id, org_unit_id, org_path, type_code, title, starts_on, ends_on, place, status, check_in_code
                          from training_session where id in (?1)""")
                .setParameter(1, List.copyOf(ids)).getResultList();
        for (Object[] r : rows) {
            Header h = header(r);
            out.put(h.id(), h);
        }
        return out;
    }

    /** The session a check-in code opens, whoever organised it: the code itself is the proof of presence. */
    @SuppressWarnings("unchecked")
    public Optional<Header> byCheckInCode(String code) {
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                        select id, org_unit_id, org_path, type_code, title, starts_on, ends_on, place, status, check_in_code
                          from training_session where check_in_code = ?1""")
                .setParameter(1, code).getResultList();
        return rows.stream().findFirst().map(TrainingRepository::header);
    }

    public boolean codeTaken(String code) {
        return ((Number) getEntityManager().createNativeQuery("select count(*) from training_session where check_in_code = ?1")
                .setParameter(1, code).getSingleResult()).longValue() > 0;
    }

    /** Names of units for display (an organiser above the caller is named on an invitation; nothing else of it is read). */
    @SuppressWarnings("unchecked")
    public Map<Long, OrgUnitRef> unitRefs(Collection<Long> ids) {
        Map<Long, OrgUnitRef> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        List<Object[]> rows = getEntityManager().createNativeQuery("select id, code, name, kind from org_unit where id in (?1)")
                .setParameter(1, List.copyOf(ids)).getResultList();
        for (Object[] r : rows) {
            long id = ((Number) r[0]).longValue();
            out.put(id, new OrgUnitRef(id, (String) r[1], (String) r[2], OrgUnitKind.valueOf((String) r[3])));
        }
        return out;
    }

    private static Header header(Object[] r) {
        return new Header(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2], (String) r[3], (String) r[4],
                AudienceQuery.toDate(r[5]), AudienceQuery.toDate(r[6]), (String) r[7], SessionStatus.valueOf((String) r[8]), (String) r[9]);
    }
}
