package cn.ggw.security;

import cn.ggw.common.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How often one account may look at personal data: reveals and searches on ID numbers and phones, together,
 * at most {@code ggw.personal-data.max-per-minute} in any minute (per replica), else 429 with Retry-After.
 * Recovering a number a digit at a time takes many searches; a clerk's work does not.
 */
@ApplicationScoped
public class PersonalDataLimit {

    private static final long WINDOW_NANOS = 60_000_000_000L;

    @ConfigProperty(name = "ggw.personal-data.max-per-minute", defaultValue = "30")
    int maxPerMinute;

    @Inject
    CallerScope caller;

    private final Map<String, Deque<Long>> recent = new ConcurrentHashMap<>();

    /** Counts one look-up by the caller; 429 when the account is over its limit (the refused one is not counted). */
    public void take() {
        String account = caller.username();
        long now = System.nanoTime();
        Deque<Long> times = recent.computeIfAbsent(account == null ? "" : account, k -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && now - times.peekFirst() > WINDOW_NANOS) {
                times.pollFirst();
            }
            if (times.size() >= maxPerMinute) {
                long retry = Math.max(1, (WINDOW_NANOS - (now - times.peekFirst())) / 1_000_000_000L + 1);
                throw ProblemException.tooManyRequests("personal.rate-limit", retry);
            }
            times.addLast(now);
        }
        if (recent.size() > 10_000) {
            recent.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    return e.getValue().isEmpty() || now - e.getValue().peekLast() > WINDOW_NANOS;
                }
            });
        }
    }
}
