package cn.ggw.fleet;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * Messages between the replicas through PostgreSQL's LISTEN/NOTIFY: no server besides the database.
 * One dedicated connection per replica listens on {@value #CACHE_CHANNEL}; a notification names a
 * {@link ClusterCache}, which drops its entries. NOTIFY is transactional: it is delivered when (and
 * only if) the writing transaction commits, to every listening replica including the writer's.
 * After a lost connection every cache is dropped (notifications may have been missed), and while
 * the listener is not connected {@link #listening()} is false so that caches are bypassed.
 */
@ApplicationScoped
public class ClusterEvents {

    public static final String CACHE_CHANNEL = "ggw_cache";
    private static final Logger LOG = Logger.getLogger(ClusterEvents.class);
    private static final int POLL_MILLIS = 500;
    private static final long PING_NANOS = 15_000_000_000L;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> username;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    @Inject
    Instance<ClusterCache> caches;

    @Inject
    EntityManager em;

    @Inject
    Replica replica;

    private volatile boolean running;
    private volatile boolean listening;
    private Thread thread;

    void start(@Observes StartupEvent event) {
        running = true;
        thread = new Thread(this::listen, "ggw-cluster-events");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    /** True while this replica hears the others: only then may a {@link ClusterCache} answer from memory. */
    public boolean listening() {
        return listening;
    }

    /**
     * Tells every replica (this one included) that the named cache is stale, when the current
     * transaction commits. For tables without a trigger that calls ggw_cache_changed.
     */
    public void cacheChanged(String cacheName) {
        em.createNativeQuery("select pg_notify(?1, ?2)").setParameter(1, CACHE_CHANNEL).setParameter(2, cacheName).getSingleResult();
    }

    private void listen() {
        long backoff = 200;
        while (running) {
            try (Connection c = connect()) {
                try (Statement st = c.createStatement()) {
                    st.execute("listen " + CACHE_CHANNEL);
                }
                // Anything said while we were not listening is lost: start from empty caches.
                invalidateAll();
                listening = true;
                backoff = 200;
                LOG.debugf("replica %s listens for cache notifications", replica.instance());
                PGConnection pg = c.unwrap(PGConnection.class);
                long lastPing = System.nanoTime();
                while (running) {
                    PGNotification[] notes = pg.getNotifications(POLL_MILLIS);
                    if (notes != null) {
                        for (PGNotification note : notes) {
                            dispatch(note.getParameter());
                        }
                    }
                    if (System.nanoTime() - lastPing > PING_NANOS) {
                        // A connection that died without a word (cable, firewall) is found within a ping.
                        try (Statement st = c.createStatement()) {
                            st.execute("select 1");
                        }
                        lastPing = System.nanoTime();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (listening) {
                    LOG.warnf("cache notifications interrupted (%s); caches are bypassed until the listener reconnects",
                            e.getClass().getSimpleName());
                }
            } finally {
                listening = false;
            }
            if (running) {
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                backoff = Math.min(backoff * 2, 5_000);
            }
        }
    }

    private Connection connect() throws SQLException {
        Properties props = new Properties();
        username.ifPresent(u -> props.setProperty("user", u));
        password.ifPresent(p -> props.setProperty("password", p));
        props.setProperty("ApplicationName", "ggw cluster events " + replica.name());
        props.setProperty("connectTimeout", "5");
        props.setProperty("socketTimeout", "30");
        props.setProperty("tcpKeepAlive", "true");
        Connection c = new org.postgresql.Driver().connect(url, props);
        if (c == null) {
            throw new SQLException("not a PostgreSQL URL: the cluster events need PostgreSQL", "08001");
        }
        c.setAutoCommit(true);
        return c;
    }

    private void dispatch(String cacheName) {
        for (ClusterCache cache : caches) {
            if (cache.cacheName().equals(cacheName)) {
                cache.invalidate();
            }
        }
    }

    private void invalidateAll() {
        List<ClusterCache> all = caches.stream().toList();
        all.forEach(ClusterCache::invalidate);
    }
}
