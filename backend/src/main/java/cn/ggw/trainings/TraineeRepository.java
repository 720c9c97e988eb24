package cn.ggw.trainings;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Trainees, scoped by their own unit's path. */
@ApplicationScoped
public class TraineeRepository implements PanacheRepository<TrainingTrainee> {

    public record Counts(long required, long trained, long extras) {
    }

    public List<TrainingTrainee> ofSession(long sessionId) {
        return list("sessionId = ?1 order by required desc, orgPath, seatRole, volunteerName, id", sessionId);
    }

    public Optional<TrainingTrainee> findVisibleForUpdate(long id) {
        return find("id", id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public Optional<TrainingTrainee> bySessionAndVolunteer(long sessionId, long volunteerId) {
        return find("sessionId = ?1 and volunteerId = ?2", sessionId, volunteerId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public long countRecorded(long sessionId) {
        return getEntityManager().createQuery("select count(*) from TrainingTrainee where sessionId = :s and status <> :expected", Long.class)
                .setParameter("s", sessionId).setParameter("expected", AttendanceStatus.EXPECTED).getSingleResult();
    }

    public Map<Long, Counts> counts(Collection<Long> sessionIds) {
        Map<Long, Counts> out = new HashMap<>();
        if (sessionIds.isEmpty()) {
            return out;
        }
        List<Object[]> rows = getEntityManager().createQuery("""
                        select t.sessionId,
                               sum(case when t.required then 1 else 0 end),
                               sum(case when t.required and t.status in :trained then 1 else 0 end),
                               sum(case when not t.required and t.status in :trained then 1 else 0 end)
                          from TrainingTrainee t where t.sessionId in :ids group by t.sessionId""", Object[].class)
                .setParameter("ids", sessionIds)
                .setParameter("trained", List.of(AttendanceStatus.ATTENDED, AttendanceStatus.MADE_UP))
                .getResultList();
        for (Object[] r : rows) {
            out.put((Long) r[0], new Counts(((Number) r[1]).longValue(), ((Number) r[2]).longValue(), ((Number) r[3]).longValue()));
        }
        return out;
    }
}
