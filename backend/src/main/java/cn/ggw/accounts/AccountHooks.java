package cn.ggw.accounts;

import cn.ggw.security.Subtree;
import cn.ggw.hierarchy.OrgUnitDependents;
import cn.ggw.hierarchy.SubtreeMoveListener;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.Optional;

/** Keeps accounts consistent with the hierarchy: they block deactivation and follow moves. */
@ApplicationScoped
public class AccountHooks implements OrgUnitDependents, SubtreeMoveListener {

    @Inject
    EntityManager em;

    @Override
    public Optional<Dependents> activeDependents(long unitId) {
        Long count = em.createQuery("select count(*) from StaffAccount where orgUnitId = :unit and enabled = true", Long.class)
                .setParameter("unit", unitId)
                .getSingleResult();
        return count == 0 ? Optional.empty() : Optional.of(new Dependents("dependents.accounts", count));
    }

    /** Native: rows of a moved subtree, already checked to be in the caller's scope. */
    @Override
    public void subtreeMoved(String oldPath, String newPath) {
        Subtree.of(oldPath).bind(em.createNativeQuery("""
                        update staff_account set org_path = ?3 || substr(org_path, length(?1) + 1)
                         where """ + Subtree.of(oldPath).sql("org_path", 1)), 1)
                .setParameter(3, newPath)
                .executeUpdate();
    }
}
