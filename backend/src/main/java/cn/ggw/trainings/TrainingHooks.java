package cn.ggw.trainings;

import cn.ggw.hierarchy.SubtreeMoveListener;
import cn.ggw.security.Subtree;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** Sessions, their trainees and the yearly plans follow their unit when its subtree moves. */
@ApplicationScoped
public class TrainingHooks implements SubtreeMoveListener {

    @Inject
    EntityManager em;

    /** Native: rows of a moved subtree, already checked to be in the caller's scope. */
    @Override
    public void subtreeMoved(String oldPath, String newPath) {
        for (String table : new String[] {"training_session", "training_trainee", "training_plan"}) {
            Subtree.of(oldPath).bind(em.createNativeQuery("update " + table + " set org_path = ?3 || substr(org_path, length(?1) + 1)"
                            + " where " + Subtree.of(oldPath).sql("org_path", 1)), 1)
                    .setParameter(3, newPath)
                    .executeUpdate();
        }
    }
}
