package cn.ggw.volunteers;

import cn.ggw.security.Subtree;
import cn.ggw.hierarchy.SubtreeMoveListener;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Activities and care records follow their subtree when it moves. They do not block deactivating
 * a unit (they are history, not members): the people on the register already do.
 */
@ApplicationScoped
public class ActivityHooks implements SubtreeMoveListener {

    @Inject
    EntityManager em;

    /** Native: rows of a moved subtree, already checked to be in the caller's scope. */
    @Override
    public void subtreeMoved(String oldPath, String newPath) {
        for (String table : new String[] {"volunteer_activity", "volunteer_care_record"}) {
            Subtree.of(oldPath).bind(em.createNativeQuery("update " + table + " set org_path = ?3 || substr(org_path, length(?1) + 1)"
                            + " where " + Subtree.of(oldPath).sql("org_path", 1)), 1)
                    .setParameter(3, newPath)
                    .executeUpdate();
        }
    }
}
