package cn.ggw.common;

import cn.ggw.fleet.DatabaseOutage;
import cn.ggw.fleet.RequestIds;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** The one place where every failure becomes an application/problem+json answer. */
public class ProblemMapper {

    public static final String PROBLEM_JSON = "application/problem+json";
    static final String TYPE_PREFIX = "urn:ggw:problem:";
    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    private final ObjectMapper json;

    public ProblemMapper(ObjectMapper json) {
        this.json = json;
    }

    @ServerExceptionMapper
    public Response domain(ProblemException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Messages.localeOf(headers);
        List<Problem.FieldError> errors = e.fieldViolations().stream()
                .map(v -> new Problem.FieldError(v.field(), Messages.text(locale, v.messageKey(), v.args())))
                .toList();
        Response response = problem(e.status(), e.type(), locale, uri, Messages.text(locale, e.messageKey(), e.args()), errors);
        if (e.retryAfter() > 0) {
            return Response.fromResponse(response).header("Retry-After", String.valueOf(e.retryAfter())).build();
        }
        return e.status() == 503 ? Response.fromResponse(response).header("Retry-After", "30").build() : response;
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Messages.localeOf(headers);
        List<Problem.FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            errors.add(new Problem.FieldError(fieldName(violation.getPropertyPath()), violation.getMessage()));
        }
        errors.sort(Comparator.comparing(Problem.FieldError::field));
        return problem(400, "validation", locale, uri, Messages.text(locale, "problem.validation.detail"), errors);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Messages.localeOf(headers);
        if (e instanceof UnrecognizedPropertyException unknown) {
            String field = path(unknown);
            return problem(400, "validation", locale, uri, Messages.text(locale, "problem.validation.detail"),
                    List.of(new Problem.FieldError(field, Messages.text(locale, "json.field.unknown", unknown.getPropertyName()))));
        }
        if (e instanceof InvalidFormatException invalid && invalid.getValue() instanceof String text && StrictJson.hasControlCharacter(text)) {
            return problem(400, "validation", locale, uri, Messages.text(locale, "problem.validation.detail"),
                    List.of(new Problem.FieldError(path(invalid), Messages.text(locale, "input.control-character"))));
        }
        if (e instanceof InvalidFormatException invalid && invalid.getValue() instanceof String text && StrictJson.hasDirectionControl(text)) {
            return problem(400, "validation", locale, uri, Messages.text(locale, "problem.validation.detail"),
                    List.of(new Problem.FieldError(path(invalid), Messages.text(locale, "input.direction-control"))));
        }
        if (e instanceof InvalidFormatException || (e instanceof MismatchedInputException && !(e instanceof JsonParseException))) {
            String field = path((JsonMappingException) e);
            if (!field.isEmpty()) {
                return problem(400, "validation", locale, uri, Messages.text(locale, "problem.validation.detail"),
                        List.of(new Problem.FieldError(field, Messages.text(locale, "json.field.type"))));
            }
        }
        return problem(400, "malformed-json", locale, uri, Messages.text(locale, "json.malformed"), List.of());
    }

    /** More specific than Quarkus' own mapper for this type, which would answer plain JSON. */
    @ServerExceptionMapper
    public Response jsonMismatch(MismatchedInputException e, HttpHeaders headers, UriInfo uri) {
        return json(e, headers, uri);
    }

    @ServerExceptionMapper
    public Response unauthorized(AuthenticationFailedException e, HttpHeaders headers, UriInfo uri) {
        return unauthenticated(headers, uri);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, HttpHeaders headers, UriInfo uri) {
        return unauthenticated(headers, uri);
    }

    /** Keycloak cannot be reached to verify tokens: say so, instead of an anonymous 500. */
    @ServerExceptionMapper
    public Response identityProviderDown(io.quarkus.oidc.OIDCException e, HttpHeaders headers, UriInfo uri) {
        LOG.warnf("Identity provider unavailable: %s", e.getMessage());
        Locale locale = Messages.localeOf(headers);
        return Response.fromResponse(problem(503, "identity-provider-unavailable", locale, uri, Messages.text(locale, "auth.idp-down"), List.of()))
                .header("Retry-After", "30").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Messages.localeOf(headers);
        return problem(403, "forbidden", locale, uri, Messages.text(locale, "auth.forbidden"), List.of());
    }

    @ServerExceptionMapper
    public Response stale(OptimisticLockException e, HttpHeaders headers, UriInfo uri) {
        return staleVersion(headers, uri);
    }

    @ServerExceptionMapper
    public Response stale(StaleStateException e, HttpHeaders headers, UriInfo uri) {
        return staleVersion(headers, uri);
    }

    @ServerExceptionMapper
    public Response database(org.hibernate.exception.ConstraintViolationException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Messages.localeOf(headers);
        SQLException sql = e.getSQLException();
        // 23505 unique, 23P01 exclusion (e.g. one person in two seats of a team at once).
        if (sql != null && ("23505".equals(sql.getSQLState()) || "23P01".equals(sql.getSQLState()))) {
            return problem(409, "conflict", locale, uri, Messages.text(locale, "db.duplicate"), List.of());
        }
        return unexpected(e, headers, uri);
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Messages.localeOf(headers);
        // JAX-RS answers 404 when a query parameter cannot be converted (limit=abc, limit=2147483648, limit=1.5):
        // that is bad input on a named parameter, not a missing page.
        String parameter = e.getCause() == null ? null : unconvertibleQueryParameter(uri, e.getCause());
        if (parameter != null) {
            return problem(400, "validation", locale, uri, Messages.text(locale, "problem.validation.detail"),
                    List.of(new Problem.FieldError(parameter, Messages.text(locale, "query.value.type"))));
        }
        return problem(404, "not-found", locale, uri, Messages.text(locale, "http.not-found"), List.of());
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Messages.localeOf(headers);
        return problem(405, "method-not-allowed", locale, uri, Messages.text(locale, "http.method-not-allowed"), List.of());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException jsonProblem) {
            return json(jsonProblem, headers, uri);
        }
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, headers, uri);
        }
        Locale locale = Messages.localeOf(headers);
        return problem(status, "http-" + status, locale, uri, Messages.text(locale, "http.bad-request"), List.of());
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, HttpHeaders headers, UriInfo uri) {
        if (DatabaseOutage.isCause(e)) {
            return databaseUnavailable(e, headers, uri);
        }
        String state = sqlState(e);
        if (state != null && state.startsWith("22")) {
            // Data exceptions (a date out of range, NUL in text, a number too large): the request's values, not our fault.
            // The transaction is rolled back; nothing was written.
            LOG.infof("Refused a value the database cannot store (SQLState %s)", state);
            Locale locale = Messages.localeOf(headers);
            return problem(400, "validation", locale, uri, Messages.text(locale, "input.data-invalid"), List.of());
        }
        String incident = RequestIds.current() != null ? RequestIds.current() : UUID.randomUUID().toString();
        LOG.errorf(SafeLog.redacted(e), "Unexpected failure, incident %s", incident);
        Locale locale = Messages.localeOf(headers);
        return problem(500, "internal", locale, uri, Messages.text(locale, "internal.error", incident), List.of());
    }

    /** The database is down, restarting or out of connections: nothing was written; try again shortly. */
    private Response databaseUnavailable(Exception e, HttpHeaders headers, UriInfo uri) {
        LOG.warnf("Database unavailable: %s", SafeLog.redacted(e).getMessage());
        Locale locale = Messages.localeOf(headers);
        return Response.fromResponse(problem(503, "database-unavailable", locale, uri, Messages.text(locale, "db.unavailable"), List.of()))
                .header("Retry-After", "5").build();
    }

    private Response unauthenticated(HttpHeaders headers, UriInfo uri) {
        Locale locale = Messages.localeOf(headers);
        Response response = problem(401, "unauthenticated", locale, uri, Messages.text(locale, "auth.unauthenticated"), List.of());
        return Response.fromResponse(response).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    private Response staleVersion(HttpHeaders headers, UriInfo uri) {
        Locale locale = Messages.localeOf(headers);
        return problem(409, "stale-version", locale, uri, Messages.text(locale, "version.stale"),
                List.of(new Problem.FieldError("version", Messages.text(locale, "version.stale"))));
    }

    private Response problem(int status, String type, Locale locale, UriInfo uri, String detail, List<Problem.FieldError> errors) {
        // instance names this occurrence: the request id, which every log line of the request carries too.
        String requestId = RequestIds.current();
        Problem body = new Problem(TYPE_PREFIX + type, Messages.text(locale, "problem.title." + status), status, detail,
                requestId != null ? RequestIds.INSTANCE_PREFIX + requestId : uri == null ? null : uri.getPath(),
                errors.isEmpty() ? null : errors);
        try {
            return Response.status(status)
                    .type(PROBLEM_JSON)
                    .header(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag())
                    .entity(json.writeValueAsString(body))
                    .build();
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /**
     * The query parameter JAX-RS failed to convert: the one the conversion's message quotes, else the first
     * whose value is no int; null when none (a path segment failed: that stays a 404, no such address).
     */
    private static String unconvertibleQueryParameter(UriInfo uri, Throwable cause) {
        if (uri == null) {
            return null;
        }
        String message = cause.getMessage() == null ? "" : cause.getMessage();
        for (var entry : uri.getQueryParameters().entrySet()) {
            for (String value : entry.getValue()) {
                if (!value.isEmpty() && (message.contains("\"" + value + "\"") || message.endsWith("." + value.trim()))) {
                    return entry.getKey();
                }
            }
        }
        for (var entry : uri.getQueryParameters().entrySet()) {
            for (String value : entry.getValue()) {
                if (!value.matches("-?[0-9]{1,9}") && value.matches("[-+0-9.eE]*") ) {
                    return entry.getKey();
                }
            }
        }
        return null;
    }

    private static String sqlState(Throwable e) {
        for (Throwable t = e; t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    /** "create.request.name" → "name"; "list.limit" → "limit". */
    private static String fieldName(Path path) {
        List<String> properties = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                properties.add(node.getIndex() == null ? node.getName() : node.getName() + "[" + node.getIndex() + "]");
            } else if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            }
        }
        if (!properties.isEmpty()) {
            return String.join(".", properties);
        }
        return parameter == null ? "" : parameter;
    }

    private static String path(JsonMappingException e) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                field.append('[').append(ref.getIndex()).append(']');
            }
        }
        return field.toString();
    }
}
