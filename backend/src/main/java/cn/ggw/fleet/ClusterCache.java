package cn.ggw.fleet;

/**
 * A cache held in each replica's memory whose entries must not outlive a change of the rows behind
 * them on any replica. Implement it on an {@code @ApplicationScoped} bean; {@link ClusterEvents}
 * calls {@link #invalidate()} when a notification names it (a trigger on the table, see V11__fleet.sql,
 * or {@link ClusterEvents#cacheChanged(String)} inside the writing transaction), and whenever it
 * (re)connects. While {@link ClusterEvents#listening()} is false the cache must not be trusted.
 */
public interface ClusterCache {

    /** The name used in notifications, e.g. {@code unit-directory}. */
    String cacheName();

    /** Drops every entry. Called on the listener's thread: be quick and thread-safe. */
    void invalidate();
}
