package cn.ggw.security;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 9, item 17: the subtree condition is written in one place. Every SQL, JDBC or JPQL text in the backend that
 * compares a path with LIKE must come from {@link Subtree} (or {@link ScopeFilter}); a line that cannot (a row compared
 * with another row's path) says why with a {@code subtree-ok:} comment.
 */
@DisplayName("Scope by construction: one helper for the subtree condition")
class SubtreeScanTest {

    private static final Path SOURCES = Path.of("src", "main", "java");

    @Test
    @DisplayName("item 17: no statement in the backend types the subtree condition (org_path like …) by hand")
    void noHandWrittenSubtreeCondition() throws IOException {
        List<String> found = new ArrayList<>();
        int files;
        try (Stream<Path> all = Files.walk(SOURCES)) {
            List<Path> java = all.filter(p -> p.toString().endsWith(".java")).toList();
            files = java.size();
            for (Path file : java) {
                String name = file.getFileName().toString();
                if (name.equals("Subtree.java") || name.equals("ScopeFilter.java")) {
                    continue;
                }
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
                    boolean subtree = line.contains("org_path like") || line.contains("orgpath like") || line.contains("org_path ilike")
                            || line.contains("starts_with(org_path") || line.contains("|| '.%'");
                    if (subtree && !line.contains("subtree-ok:")) {
                        found.add(SOURCES.relativize(file) + ":" + (i + 1) + "  " + lines.get(i).strip());
                    }
                }
            }
        }
        assertTrue(files > 100, "the scan reads the backend's sources (" + files + " files)");
        assertTrue(found.isEmpty(), "write the subtree condition with cn.ggw.security.Subtree:\n" + String.join("\n", found));
    }

    @Test
    @DisplayName("item 17: Subtree checks the path, escapes the pattern and gives the same fragment to SQL, JDBC and JPQL")
    void helper() {
        Subtree t = Subtree.of("1.12");
        assertEquals("(org_path >= ?3 and org_path < ?4)", t.sql("org_path", 3));
        assertEquals("(v.org_path >= ? and v.org_path < ?)", t.jdbc("v.org_path"));
        assertEquals(Subtree.JPQL_v, t.jpql("v.orgPath", "path"));
        assertEquals("1.12/", t.end());
        assertTrue("1.12".compareTo(t.end()) < 0 && "1.12.999".compareTo(t.end()) < 0 && "1.123".compareTo(t.end()) > 0,
                "byte order: the subtree's paths lie below the end, the neighbour 1.123 above");
        assertEquals("1.12.%", t.descendantsPattern());
        assertTrue(t.covers("1.12.7") && t.covers("1.12") && !t.covers("1.123"));
        assertThrows(IllegalArgumentException.class, () -> Subtree.of("1.12' or '1'='1"));
        assertThrows(IllegalArgumentException.class, () -> Subtree.of("1.%"));
    }
}
