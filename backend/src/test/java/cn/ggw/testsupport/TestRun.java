package cn.ggw.testsupport;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

import java.util.Random;

/**
 * The one source of the random parts of test data (the RUN offsets that keep ID numbers unique across runs on one
 * database): all derive from one seed, printed when a test fails, so that the failing data can be made again with
 * {@code -Dggw.test.seed=<seed>}. Test classes that use it add {@code @ExtendWith(TestRun.class)}.
 */
public final class TestRun implements TestWatcher {

    /** This run's seed: -Dggw.test.seed, else the clock. */
    public static final long SEED = Long.getLong("ggw.test.seed", System.currentTimeMillis());

    /** A number in [0, bound) for one user of it (a class name), the same for the same seed. */
    public static int offset(String user, int bound) {
        return new Random(SEED * 31 + user.hashCode()).nextInt(bound);
    }

    /** A generator for one user, seeded from the run's seed. */
    public static Random random(String user) {
        return new Random(SEED * 31 + user.hashCode());
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        System.err.println("[ggw] " + context.getDisplayName() + " failed; test data seed " + SEED
                + " (rerun with -Dggw.test.seed=" + SEED + ")");
    }
}
