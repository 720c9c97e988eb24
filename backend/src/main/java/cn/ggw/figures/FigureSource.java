package cn.ggw.figures;

import cn.ggw.security.Subtree;

import java.util.List;
import java.util.Set;

/**
 * Implemented by every line of work (an {@code @ApplicationScoped} bean in its feature package): its
 * figures, per unit and period. The leaders' dashboard, the work report and the city API all read
 * figures through {@link FiguresService}, never a module's tables — so a module's figures appear on
 * each of them once its source exists.
 */
public interface FigureSource {

    WorkLine line();

    /** The figures this source adds (COUNTs) and derives (RATIOs), in the order they are shown. */
    List<FigureDef> definitions();

    /**
     * Adds this line's counts for every unit in the subtree, each at the unit its rows belong to — not
     * rolled up: the figures service adds each unit's counts to its ancestors. The subtree has already
     * been checked against the caller's scope; scoped entities are filtered as always, and native SQL
     * takes its condition from {@link Subtree}. STOCK figures count the state on {@code period.to()};
     * FLOW figures what happened within the period. Aggregates only: nothing here may carry a name.
     */
    void collect(Subtree subtree, Period period, FigureSink sink);

    /**
     * The tables {@link #collect} reads: its kept counts are recomputed after a committed write to any of them, and
     * only then. The line's tables by default; a source that reads fewer may say so (the register's counts are not
     * recomputed when an activity is recorded), never one that reads more.
     */
    default Set<String> tables() {
        return line().tables();
    }
}
