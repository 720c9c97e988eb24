package cn.ggw.volunteers;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A mainland phone number: a mobile (13x–19x, 11 digits) or a landline with its area code. */
public final class Phone {

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern COUNTRY_CODE = Pattern.compile("(?:\\+86|0086|86)(\\d{9,12})");
    private static final Pattern LANDLINE = Pattern.compile("(0\\d{2,3})-?(\\d{7,8})");

    private Phone() {
    }

    public static boolean isValid(String raw) {
        return normalize(raw) != null;
    }

    /**
     * The number as stored: a mobile as 11 digits, a landline as "area-number"; null when it is
     * neither. Without a hyphen, area codes 010 and 02x have three digits, all others four.
     */
    public static String normalize(String raw) {
        if (raw == null) {
            return null;
        }
        // Full-width digits, "+86 138 0436 1234", "138-0436-1234", "(0436)1234567": one stored form.
        String value = Typed.halfWidth(raw).strip().replaceAll("[\\s\u00A0]", "");
        String compact = value.replaceAll("[-().]", "");
        Matcher international = COUNTRY_CODE.matcher(compact);
        if (international.matches()) {
            String national = international.group(1);
            if (MOBILE.matcher(national).matches()) {
                return national;
            }
            String rest = value.replaceFirst("^(\\+86|0086|86)[-.]?", "").replaceFirst("^\\((\\d+)\\)", "$1-");
            value = rest.startsWith("0") ? rest : "0" + rest;
        }
        if (MOBILE.matcher(compact).matches()) {
            return compact;
        }
        value = value.replaceFirst("^\\((0\\d{2,3})\\)-?", "$1-");
        Matcher m = LANDLINE.matcher(value);
        if (!m.matches()) {
            return null;
        }
        if (value.contains("-")) {
            return value;
        }
        int areaLength = value.startsWith("01") || value.startsWith("02") ? 3 : 4;
        String number = value.substring(areaLength);
        if (number.length() < 7 || number.length() > 8) {
            return null;
        }
        return value.substring(0, areaLength) + "-" + number;
    }

    /** {@link #MOBILE} without a matcher: every row of a list masks its phone. */
    private static boolean isMobile(String stored) {
        if (stored.length() != 11 || stored.charAt(0) != '1' || stored.charAt(1) < '3' || stored.charAt(1) > '9') {
            return false;
        }
        for (int i = 2; i < 11; i++) {
            if (stored.charAt(i) < '0' || stored.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** 138****5678 for a mobile; the area code and the last four for a landline (0436-***1234). */
    public static String mask(String stored) {
        if (stored == null) {
            return null;
        }
        if (isMobile(stored)) {
            return stored.substring(0, 3) + "****" + stored.substring(7);
        }
        int hyphen = stored.indexOf('-');
        if (hyphen > 0 && stored.length() - hyphen - 1 > 4) {
            String number = stored.substring(hyphen + 1);
            return stored.substring(0, hyphen + 1) + "*".repeat(number.length() - 4) + number.substring(number.length() - 4);
        }
        return stored.length() <= 4 ? "*".repeat(stored.length()) : "*".repeat(stored.length() - 4) + stored.substring(stored.length() - 4);
    }
}
