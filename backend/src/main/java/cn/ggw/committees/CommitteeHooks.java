package cn.ggw.committees;

import cn.ggw.security.Subtree;
import cn.ggw.hierarchy.OrgUnitDependents;
import cn.ggw.hierarchy.SubtreeMoveListener;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.Optional;

/** Keeps teams consistent with the hierarchy: seats held block deactivation; teams and their records follow moves. */
@ApplicationScoped
public class CommitteeHooks implements OrgUnitDependents, SubtreeMoveListener {

    @Inject
    EntityManager em;

    @Inject
    CommitteeSettingRows settingRows;

    @Override
    public Optional<Dependents> activeDependents(long unitId) {
        Long count = em.createQuery("select count(*) from Appointment where orgUnitId = :unit and endedOn is null", Long.class)
                .setParameter("unit", unitId)
                .getSingleResult();
        return count == 0 ? Optional.empty() : Optional.of(new Dependents("dependents.appointments", count));
    }

    /** Native: rows of a moved subtree, already checked to be in the caller's scope. */
    @Override
    public void subtreeMoved(String oldPath, String newPath) {
        settingRows.changing(); // settings of the moved units follow them; this replica reads them anew at once
        for (String table : new String[] {"committee", "appointment", "assessment", "adjustment", "committee_setting"}) {
            Subtree.of(oldPath).bind(em.createNativeQuery("update " + table + " set org_path = ?3 || substr(org_path, length(?1) + 1)"
                            + " where " + Subtree.of(oldPath).sql("org_path", 1)), 1)
                    .setParameter(3, newPath)
                    .executeUpdate();
        }
    }
}
