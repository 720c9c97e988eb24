package cn.ggw.trainings;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
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

    /**
     * Adds the rows of a rule's audience to a session (source RULE, required, EXPECTED) in one statement, like
     * {@link TrainingService#newTrainee} does one at a time. Returns the number of rows written.
     */
    public int insertRequired(long sessionId, List<AudienceQuery.Row> rows, String addedBy) {
        if (rows.isEmpty()) {
            return 0;
        }
        int n = rows.size();
        Object[] volunteers = new Object[n];
        Object[] names = new Object[n];
        Object[] units = new Object[n];
        Object[] paths = new Object[n];
        Object[] roles = new Object[n];
        for (int i = 0; i < n; i++) {
            AudienceQuery.Row r = rows.get(i);
            volunteers[i] = r.volunteerId();
            names[i] = r.name();
            units[i] = r.unitId();
            paths[i] = r.orgPath();
            roles[i] = r.role() == null ? null : r.role().name();
        }
        int[] written = new int[1];
        getEntityManager().unwrap(Session.class).doWork(c -> {
            try (PreparedStatement st = c.prepareStatement("""
                    insert into training_trainee (session_id, volunteer_id, volunteer_name, org_unit_id, org_path, seat_role,
                                                  source, required, status, added_at, added_by)
                    select ?, v, nm, u, p, r, 'RULE', true, 'EXPECTED', ?, ?
                      from unnest(?::bigint[], ?::text[], ?::bigint[], ?::text[], ?::text[]) as t(v, nm, u, p, r)""")) {
                st.setLong(1, sessionId);
                st.setTimestamp(2, Timestamp.from(Instant.now()));
                st.setString(3, addedBy);
                st.setArray(4, c.createArrayOf("bigint", volunteers));
                st.setArray(5, c.createArrayOf("text", names));
                st.setArray(6, c.createArrayOf("bigint", units));
                st.setArray(7, c.createArrayOf("text", paths));
                st.setArray(8, c.createArrayOf("text", roles));
                written[0] = st.executeUpdate();
            }
        });
        return written[0];
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
