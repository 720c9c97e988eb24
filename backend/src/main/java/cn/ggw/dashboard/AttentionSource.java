package cn.ggw.dashboard;

import cn.ggw.figures.WorkLine;
import cn.ggw.security.Subtree;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Implemented by a line of work (an {@code @ApplicationScoped} bean, beside its {@link cn.ggw.figures.FigureSource}):
 * what in a subtree needs a leader's attention today — the oldest vacancies, overdue elections, units
 * without meetings, bulletins not acknowledged, on-boarding owed, exemplars waiting for review. The
 * dashboard and the work report show every source's items; a line's items appear once its source exists.
 */
public interface AttentionSource {

    WorkLine line();

    /**
     * At most {@code query.limit()} items of the subtree, most urgent first. The subtree has been checked
     * against the caller's scope; native SQL takes its condition from {@link Subtree}. Texts in
     * {@code query.locale()}; no personal data beyond what the caller's role may read on the list behind it.
     */
    List<AttentionItem> items(Query query);

    /** The tables {@link #items} reads (see {@link cn.ggw.figures.FigureSource#tables()}): the line's by default. */
    default Set<String> tables() {
        return line().tables();
    }

    /** What a source is asked: the unit whose subtree is looked at, today's date in China, the language, a limit. */
    record Query(long unitId, Subtree subtree, LocalDate today, Locale locale, int limit) {
    }
}
