package cn.ggw.common;

import jakarta.ws.rs.core.HttpHeaders;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Texts for people, in zh-CN (default) or English, from i18n/messages*.properties and one bundle per
 * feature ({@link #BUNDLES}: i18n/rules*.properties …), so that features do not all edit one file.
 * A key is looked up in each bundle in turn.
 */
public final class Messages {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;

    private Messages() {
    }

    /** zh-CN unless the caller prefers English over Chinese. */
    public static Locale localeOf(HttpHeaders headers) {
        List<Locale> wanted = headers == null ? List.of() : headers.getAcceptableLanguages();
        for (Locale locale : wanted) {
            if ("zh".equals(locale.getLanguage())) {
                return CHINESE;
            }
            if ("en".equals(locale.getLanguage())) {
                return ENGLISH;
            }
        }
        return CHINESE;
    }

    /** The message bundles under i18n/, in lookup order; a missing one is skipped. */
    static final List<String> BUNDLES = List.of("messages", "files", "documents", "figures", "rules", "trainings", "exemplars",
            "dashboard", "cityapi", "fleet", "hardening");

    public static String text(Locale locale, String key, Object... args) {
        String pattern = pattern(locale, key);
        if (pattern == null) {
            return key;
        }
        if (args == null || args.length == 0) {
            return pattern;
        }
        Object[] resolved = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            resolved[i] = resolve(locale, args[i]);
        }
        return new MessageFormat(pattern, locale).format(resolved);
    }

    /** The text with this key in the locale's bundles; null when no bundle has it. */
    static String pattern(Locale locale, String key) {
        Locale bundleLocale = ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.ROOT : CHINESE;
        for (String name : BUNDLES) {
            ResourceBundle bundle;
            try {
                bundle = ResourceBundle.getBundle("i18n." + name, bundleLocale,
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            } catch (MissingResourceException e) {
                continue;
            }
            if (bundle.containsKey(key)) {
                return bundle.getString(key);
            }
        }
        return null;
    }

    private static Object resolve(Locale locale, Object arg) {
        if (arg instanceof Localized.Text t) {
            return text(locale, t.key(), t.args());
        }
        if (arg instanceof Localized.Names n) {
            return ENGLISH.getLanguage().equals(locale.getLanguage()) ? n.en() : n.zh();
        }
        if (arg instanceof Localized.ListOf l) {
            String separator = ENGLISH.getLanguage().equals(locale.getLanguage()) ? ", " : "、";
            return String.join(separator, l.keys().stream().map(k -> text(locale, k)).toList());
        }
        if (arg instanceof Number n) {
            return String.valueOf(n);
        }
        return arg;
    }
}
