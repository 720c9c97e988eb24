package cn.ggw.volunteers;

import cn.ggw.hierarchy.OrgUnitDependents;
import cn.ggw.hierarchy.SubtreeMoveListener;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.Optional;

/** Keeps the registry consistent with the hierarchy: people on the register block deactivation and follow moves. */
@ApplicationScoped
public class VolunteerHooks implements OrgUnitDependents, SubtreeMoveListener {

    @Inject
    EntityManager em;

    @Override
    public Optional<Dependents> activeDependents(long unitId) {
        Long count = em.createQuery("select count(*) from Volunteer where orgUnitId = :unit and status in :onRegister", Long.class)
                .setParameter("unit", unitId)
                .setParameter("onRegister", VolunteerStatus.ON_REGISTER)
                .getSingleResult();
        return count == 0 ? Optional.empty() : Optional.of(new Dependents("dependents.volunteers", count));
    }

    /** Native: rows of a moved subtree, already checked to be in the caller's scope. */
    @Override
    public void subtreeMoved(String oldPath, String newPath) {
        for (String table : new String[] {"volunteer", "volunteer_status_change"}) {
            em.createNativeQuery("update " + table + " set org_path = ?2 || substr(org_path, length(?1) + 1)"
                            + " where org_path = ?1 or org_path like ?1 || '.%'")
                    .setParameter(1, oldPath)
                    .setParameter(2, newPath)
                    .executeUpdate();
        }
    }
}
