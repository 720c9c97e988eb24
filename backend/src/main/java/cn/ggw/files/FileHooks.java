package cn.ggw.files;

import cn.ggw.hierarchy.SubtreeMoveListener;
import cn.ggw.security.Subtree;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** Files follow their unit when a subtree moves (the move itself was checked to be in the caller's scope). */
@ApplicationScoped
public class FileHooks implements SubtreeMoveListener {

    @Inject
    EntityManager em;

    @Override
    public void subtreeMoved(String oldPath, String newPath) {
        Subtree moved = Subtree.of(oldPath);
        moved.bind(em.createNativeQuery("update stored_file set org_path = ?3 || substr(org_path, length(?1) + 1) where "
                        + moved.sql("org_path", 1))
                .setParameter(3, newPath), 1)
                .executeUpdate();
    }
}
