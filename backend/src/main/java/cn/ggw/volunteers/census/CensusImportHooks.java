package cn.ggw.volunteers.census;

import cn.ggw.hierarchy.SubtreeMoveListener;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** Imports follow their unit when its subtree moves, so that its new owners see them. */
@ApplicationScoped
public class CensusImportHooks implements SubtreeMoveListener {

    @Inject
    EntityManager em;

    @Override
    public void subtreeMoved(String oldPath, String newPath) {
        em.createNativeQuery("update volunteer_import set org_path = ?2 || substr(org_path, length(?1) + 1)"
                        + " where org_path = ?1 or org_path like ?1 || '.%'")
                .setParameter(1, oldPath)
                .setParameter(2, newPath)
                .executeUpdate();
    }
}
