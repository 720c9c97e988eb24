package cn.ggw.volunteers.census;

import cn.ggw.security.Subtree;
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
        Subtree.of(oldPath).bind(em.createNativeQuery("update volunteer_import set org_path = ?3 || substr(org_path, length(?1) + 1)"
                        + " where " + Subtree.of(oldPath).sql("org_path", 1)), 1)
                .setParameter(3, newPath)
                .executeUpdate();
    }
}
