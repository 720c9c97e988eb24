package cn.ggw.common;

import jakarta.ws.rs.core.HttpHeaders;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Texts for people, in zh-CN (default) or English, from i18n/messages*.properties. */
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

    public static String text(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages",
                ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.ROOT : CHINESE,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
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

    private static Object resolve(Locale locale, Object arg) {
        if (arg instanceof Localized.Text t) {
            return text(locale, t.key(), t.args());
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
