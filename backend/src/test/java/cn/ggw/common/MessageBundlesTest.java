package cn.ggw.common;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MessageBundlesTest {

    @Test
    @DisplayName("Every message bundle that exists has the same keys in Chinese and English, and no key is defined in two bundles")
    void sameKeysInBothLanguages() throws IOException {
        Set<String> seen = new TreeSet<>();
        int bundles = 0;
        for (String name : Messages.BUNDLES) {
            Properties english = load("i18n/" + name + ".properties");
            Properties chinese = load("i18n/" + name + "_zh.properties");
            if (english == null && chinese == null) {
                continue;
            }
            bundles++;
            assertTrue(english != null && chinese != null, "i18n/" + name + " exists in one language only");
            assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(chinese.stringPropertyNames()),
                    "i18n/" + name + ": keys differ between English and Chinese");
            for (String key : english.stringPropertyNames()) {
                assertTrue(seen.add(key), "the key " + key + " is defined in more than one bundle (" + name + ")");
            }
        }
        assertTrue(bundles >= 2, "messages and figures at least");
        assertEquals("在册五老", Messages.text(Messages.CHINESE, "figure.volunteers.onRegister"), "a feature bundle is read");
    }

    private static Properties load(String resource) throws IOException {
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }
}
