package cn.ggw.hierarchy;

import java.util.Optional;

/**
 * Implemented by each feature whose active records hang on a unit (accounts, volunteers, teams …):
 * a unit cannot be deactivated while any of them answers.
 */
public interface OrgUnitDependents {

    /** A message key with a count, e.g. "dependents.accounts" with 3; empty when nothing hangs on the unit. */
    Optional<Dependents> activeDependents(long unitId);

    record Dependents(String messageKey, long count) {
    }
}
