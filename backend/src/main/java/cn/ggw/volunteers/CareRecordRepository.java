package cn.ggw.volunteers;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;

/** Queries of the care log; limited to the caller's subtree by the scope filter. */
@ApplicationScoped
public class CareRecordRepository implements PanacheRepository<CareRecord> {

    /** One person's records, newest first, after (date, id) when given. */
    public List<CareRecord> forVolunteer(long volunteerId, LocalDate afterDate, Long afterId, int limit) {
        String keyset = afterDate == null ? "" : " and (date < :afterDate or (date = :afterDate and id < :afterId))";
        var query = getEntityManager().createQuery("from CareRecord where volunteerId = :volunteer" + keyset
                        + " order by date desc, id desc", CareRecord.class)
                .setParameter("volunteer", volunteerId);
        if (afterDate != null) {
            query.setParameter("afterDate", afterDate).setParameter("afterId", afterId);
        }
        return query.setMaxResults(limit).getResultList();
    }

    /** Moves a person's care records to their new home path (the person was checked to be in scope). */
    public void followVolunteer(long volunteerId, String newPath) {
        getEntityManager().createQuery("update CareRecord set orgPath = :path where volunteerId = :id")
                .setParameter("path", newPath)
                .setParameter("id", volunteerId)
                .executeUpdate();
    }
}
