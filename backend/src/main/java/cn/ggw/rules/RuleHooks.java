package cn.ggw.rules;

import cn.ggw.hierarchy.SubtreeMoveListener;
import cn.ggw.security.Subtree;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** Rulebooks, bulletins, receipts, evidence and inspections follow their unit when a subtree moves. */
@ApplicationScoped
public class RuleHooks implements SubtreeMoveListener {

    private static final String[][] PATHS = {
            {"rule", "owner_path"}, {"rule_version", "owner_path"}, {"rule_comment", "org_path"}, {"bulletin", "owner_path"},
            {"bulletin_receipt", "org_path"}, {"rule_evidence", "org_path"}, {"inspection_round", "owner_path"},
            {"inspection_score", "org_path"}};

    @Inject
    EntityManager em;

    /** Native: rows of a moved subtree, already checked to be in the caller's scope. */
    @Override
    public void subtreeMoved(String oldPath, String newPath) {
        Subtree moved = Subtree.of(oldPath);
        for (String[] t : PATHS) {
            moved.bind(em.createNativeQuery("update " + t[0] + " set " + t[1] + " = ?3 || substr(" + t[1] + ", length(?1) + 1) where "
                    + moved.sql(t[1], 1)).setParameter(3, newPath), 1).executeUpdate();
        }
    }
}
