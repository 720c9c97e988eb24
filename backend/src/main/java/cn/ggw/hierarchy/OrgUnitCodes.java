package cn.ggw.hierarchy;

import java.util.regex.Pattern;

/** Administrative codes (区划代码, e.g. 220802): the key of a unit that is stable across platforms. */
public final class OrgUnitCodes {

    public static final int MAX_LENGTH = 32;
    /** What a code in a query or path may look like: letters, digits, '-' and '_', at most 32. */
    public static final String PATTERN = "^[0-9A-Za-z_-]{1,32}$";
    private static final Pattern COMPILED = Pattern.compile(PATTERN);

    private OrgUnitCodes() {
    }

    public static boolean wellFormed(String code) {
        return code != null && COMPILED.matcher(code).matches();
    }
}
