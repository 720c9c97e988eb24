package cn.ggw.jobs;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A claimed job as its handler sees it.
 *
 * @param subject     what the job is about (e.g. a census import's id), as given to {@link Jobs#enqueue}
 * @param payload     the arguments given to {@link Jobs#enqueue} (an object, never null)
 * @param attempt     1 for the first run, 2 when a replica died during the first, …
 * @param maxAttempts after this many the job is failed instead of resumed
 */
public record Job(long id, String kind, String subject, JsonNode payload, int attempt, int maxAttempts) {

    /** The subject as a number (most jobs are about one row). */
    public long subjectId() {
        return Long.parseLong(subject);
    }

    /** A text argument of the payload, or null. */
    public String text(String field) {
        JsonNode node = payload.get(field);
        return node == null || node.isNull() ? null : node.asText();
    }
}
