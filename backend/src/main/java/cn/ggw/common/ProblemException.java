package cn.ggw.common;

import java.util.List;

/**
 * A domain rule said no. Carries message keys, not text: the text is chosen by the
 * caller's language when the problem is written.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String type;
    private final String messageKey;
    private final Object[] args;
    private final List<FieldViolation> fieldViolations;

    public ProblemException(int status, String type, String messageKey, List<FieldViolation> fieldViolations, Object... args) {
        super(messageKey);
        this.status = status;
        this.type = type;
        this.messageKey = messageKey;
        this.args = args;
        this.fieldViolations = List.copyOf(fieldViolations);
    }

    /** 400: the request breaks a rule, optionally naming the field. */
    public static ProblemException invalid(String field, String messageKey, Object... args) {
        List<FieldViolation> fields = field == null ? List.of() : List.of(new FieldViolation(field, messageKey, args));
        return new ProblemException(400, "validation", messageKey, fields, args);
    }

    /** 404: unknown, or outside the caller's scope (indistinguishable on purpose). */
    public static ProblemException notFound(String messageKey, Object... args) {
        return new ProblemException(404, "not-found", messageKey, List.of(), args);
    }

    /** 409: the request conflicts with the current state. */
    public static ProblemException conflict(String field, String messageKey, Object... args) {
        List<FieldViolation> fields = field == null ? List.of() : List.of(new FieldViolation(field, messageKey, args));
        return new ProblemException(409, "conflict", messageKey, fields, args);
    }

    /** 403: authenticated, but this role may not do this. */
    public static ProblemException forbidden(String messageKey, Object... args) {
        return new ProblemException(403, "forbidden", messageKey, List.of(), args);
    }

    /** 502: a system we depend on (Keycloak) refused or failed. */
    public static ProblemException upstream(String messageKey, Object... args) {
        return new ProblemException(502, "upstream", messageKey, List.of(), args);
    }

    /** 503: a system we depend on cannot be reached right now (answered with Retry-After). */
    public static ProblemException unavailable(String type, String messageKey, Object... args) {
        return new ProblemException(503, type, messageKey, List.of(), args);
    }

    /** 429: this account asked too often; retryAfterSeconds goes into Retry-After (the message is not given it). */
    public static ProblemException tooManyRequests(String messageKey, long retryAfterSeconds) {
        ProblemException e = new ProblemException(429, "too-many-requests", messageKey, List.of());
        e.retryAfter = retryAfterSeconds;
        return e;
    }

    private long retryAfter;

    /** Seconds for Retry-After, 0 when none. */
    public long retryAfter() {
        return retryAfter;
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args;
    }

    public List<FieldViolation> fieldViolations() {
        return fieldViolations;
    }

    public record FieldViolation(String field, String messageKey, Object[] args) {
    }
}
