package cn.ggw.cityapi;

import cn.ggw.common.Messages;
import cn.ggw.security.CallerScope;
import io.agroal.api.AgroalDataSource;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * An unchanged poll answers 304 without computing its body. Every table a synced answer is read from carries the
 * statement trigger {@code data_version} (V17), which draws from the sequence {@code data_version_seq}; one cheap query
 * reads the sequence together with the current snapshot (a change still uncommitted shows in the snapshot, and its
 * commit changes it). That stamp, with the caller (subject, roles, scope), the path and query, the language and today's
 * date (China), is the key of the ETag the same request last produced. A request whose If-None-Match names the ETag
 * remembered for its key gets 304 at once; otherwise the body is computed and {@link SyncHeaders} hashes it as before and
 * remembers the ETag under the key read before the body (so a body is never remembered under a newer stamp than its
 * data). Only requests that carry If-None-Match read the stamp: a plain read pays no statement for it.
 * Unrelated writes anywhere in the database change the snapshot too: then the poll falls back to computing the
 * body and comparing hashes (still 304 when nothing changed, only not free). Per replica, at most {@link #CAPACITY} keys.
 */
@ApplicationScoped
public class VersionStamps {

    static final String KEY = VersionStamps.class.getName() + ".key";
    static final int CAPACITY = 20_000;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    SecurityIdentity identity;

    @Inject
    CallerScope caller;

    private final Map<String, String> etags = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > CAPACITY;
        }
    };

    /** Runs after authentication, the rate limit (900) and the strict query check (5000). */
    @ServerRequestFilter(priority = 6000)
    public Response shortcut(ContainerRequestContext request, HttpHeaders headers) {
        String path = request.getUriInfo().getRequestUri().getRawPath();
        if (!HttpMethod.GET.equals(request.getMethod()) || !SyncHeaders.covered(path) || identity.isAnonymous()) {
            return null;
        }
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch == null) {
            // A first read: nothing to compare, so no stamp either (it costs a statement and a connection on every
            // read). Its ETag is remembered by the first revalidation that computes a body.
            return null;
        }
        String key = key(request, headers, path);
        request.setProperty(KEY, key);
        String etag;
        synchronized (etags) {
            etag = etags.get(key);
        }
        if (etag != null && SyncHeaders.matches(ifNoneMatch, etag)) {
            return Response.notModified()
                    .header(HttpHeaders.ETAG, etag)
                    .header(HttpHeaders.CACHE_CONTROL, SyncHeaders.cacheControl(path))
                    .header(HttpHeaders.VARY, SyncHeaders.VARY)
                    .build();
        }
        return null; // go on: the body is computed
    }

    /** Called by SyncHeaders with the ETag of the body computed for this request. */
    void remember(ContainerRequestContext request, String etag) {
        if (request.getProperty(KEY) instanceof String key) {
            synchronized (etags) {
                etags.put(key, etag);
            }
        }
    }

    private String key(ContainerRequestContext request, HttpHeaders headers, String path) {
        StringBuilder key = new StringBuilder(stamp()).append('\n')
                .append(LocalDate.now(CityResource.CHINA)).append('\n')
                .append(identity.getPrincipal().getName()).append('\n')
                .append(new TreeSet<>(identity.getRoles())).append('\n')
                .append(caller.root().map(CallerScope.ScopeRoot::path).orElse("")).append('\n')
                .append(Messages.localeOf(headers).toLanguageTag()).append('\n')
                .append(path).append('?').append(request.getUriInfo().getRequestUri().getRawQuery());
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.toString().getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The data version and the snapshot, read in one statement (the snapshot is taken before the sequence is read). */
    String stamp() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select last_value, is_called, pg_current_snapshot()::text from data_version_seq")) {
            r.next();
            return r.getLong(1) + ":" + r.getBoolean(2) + ":" + r.getString(3);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the data version", e);
        }
    }
}
