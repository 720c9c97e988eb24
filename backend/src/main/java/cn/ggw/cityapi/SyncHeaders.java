package cn.ggw.cityapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Strong ETags and Cache-Control on the reads a syncing system polls (the city API, figures, figure
 * definitions, org units): the body is serialised here once, its SHA-256 is the ETag, and a request whose
 * If-None-Match names it gets 304 without a body. Everything is {@code private} (answers depend on the token).
 */
public class SyncHeaders {

    static final String[] PATHS = {"/api/v1/city/", "/api/v1/figures", "/api/v1/figure-definitions", "/api/v1/org-unit"};

    static final String VARY = "Authorization, Accept-Language, Accept-Encoding";

    @Inject
    ObjectMapper json;

    @Inject
    VersionStamps stamps;

    static boolean covered(String path) {
        for (String p : PATHS) {
            if (path.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    /** Cache-Control by operation: definitions change only with a release; everything else is revalidated. */
    static String cacheControl(String path) {
        if (path.startsWith("/api/v1/figure-definitions")) {
            return "private, max-age=3600";
        }
        return "private, no-cache";
    }

    @ServerResponseFilter
    public void tag(ContainerRequestContext request, ContainerResponseContext response) throws JsonProcessingException {
        String path = request.getUriInfo().getRequestUri().getRawPath();
        if (!HttpMethod.GET.equals(request.getMethod()) || response.getStatus() != 200 || !response.hasEntity() || !covered(path)) {
            return;
        }
        MediaType type = response.getMediaType();
        if (type != null && !type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            return;
        }
        Object entity = response.getEntity();
        byte[] body = entity instanceof byte[] bytes ? bytes : json.writeValueAsBytes(entity);
        // A body kept serialised (the city's bulk figures) comes with its ETag: the hash is not computed again.
        Object given = entity instanceof byte[] ? response.getHeaders().getFirst(HttpHeaders.ETAG) : null;
        String etag = given instanceof String tag ? tag : etagOf(body);
        response.getHeaders().putSingle(HttpHeaders.ETAG, etag);
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, cacheControl(path));
        response.getHeaders().putSingle(HttpHeaders.VARY, VARY);
        stamps.remember(request, etag);
        if (matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), etag)) {
            response.setStatus(304);
            response.setEntity(null);
            return;
        }
        response.setEntity(body, response.getEntityAnnotations(), MediaType.APPLICATION_JSON_TYPE);
    }

    /** If-None-Match uses the weak comparison (RFC 9110 13.1.2): W/ prefixes are ignored; "*" matches. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.trim();
            if (c.startsWith("W/")) {
                c = c.substring(2);
            }
            if (c.equals("*") || c.equals(etag)) {
                return true;
            }
        }
        return false;
    }

    /** The strong ETag of a body: the first 32 characters of its SHA-256, base64url, quoted. */
    static String etagOf(byte[] body) {
        return "\"" + digest(body) + "\"";
    }

    private static String digest(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
