package cn.ggw.testsupport;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 9, item 23: one seeded source for the random parts of test data, its seed printed on failure. */
class TestRunTest {

    @Test
    @DisplayName("item 23: offsets come from the run's seed (the same seed gives the same data) and the seed is printed when a test fails")
    void seeded() {
        assertEquals(TestRun.offset("A", 400), TestRun.offset("A", 400));
        assertEquals(TestRun.random("B").nextLong(), TestRun.random("B").nextLong());
        Set<Integer> offsets = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            offsets.add(TestRun.offset("user" + i, 400));
        }
        assertTrue(offsets.size() > 1, "different users get different offsets");
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            var context = (org.junit.jupiter.api.extension.ExtensionContext) java.lang.reflect.Proxy.newProxyInstance(
                    getClass().getClassLoader(), new Class<?>[] {org.junit.jupiter.api.extension.ExtensionContext.class},
                    (proxy, method, args) -> "getDisplayName".equals(method.getName()) ? "a test" : null);
            new TestRun().testFailed(context, new AssertionError("x"));
        } finally {
            System.setErr(err);
        }
        assertTrue(captured.toString(StandardCharsets.UTF_8).contains("-Dggw.test.seed=" + TestRun.SEED), captured.toString(StandardCharsets.UTF_8));
    }
}
