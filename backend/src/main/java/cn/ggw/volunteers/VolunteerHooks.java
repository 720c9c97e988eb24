package cn.ggw.volunteers;

import cn.ggw.security.Subtree;
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
            Subtree.of(oldPath).bind(em.createNativeQuery("update " + table + " set org_path = ?3 || substr(org_path, length(?1) + 1)"
                            + " where " + Subtree.of(oldPath).sql("org_path", 1)), 1)
                    .setParameter(3, newPath)
                    .executeUpdate();
        }
    }
}
