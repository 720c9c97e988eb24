package cn.ggw.volunteers;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A 身份证号 (citizen ID number) by GB 11643-1999: a 6-digit region code, the birth date
 * (yyyyMMdd), a 3-digit sequence whose last digit gives the gender (odd = male), and a check
 * character computed over the first 17 (ISO 7064 MOD 11-2).
 */
public record IdNumber(String value, String regionCode, LocalDate birthDate, Gender gender) {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARS = "10X98765432";
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    /** Parses and verifies; the check character is normalised to upper case. */
    public static IdNumber parse(String raw) {
        return parse(raw, LocalDate.now(CHINA));
    }

    public static IdNumber parse(String raw, LocalDate today) {
        String value = raw == null ? "" : Typed.halfWidth(raw).strip().toUpperCase(java.util.Locale.ROOT);
        if (value.length() != 18) {
            throw new Invalid(Invalid.FORMAT);
        }
        for (int i = 0; i < 17; i++) {
            if (!isDigit(value.charAt(i))) {
                throw new Invalid(Invalid.FORMAT);
            }
        }
        char last = value.charAt(17);
        if (!isDigit(last) && last != 'X') {
            throw new Invalid(Invalid.FORMAT);
        }
        if (checkChar(value.substring(0, 17)) != last) {
            throw new Invalid(Invalid.CHECK);
        }
        LocalDate birth;
        try {
            birth = LocalDate.of(Integer.parseInt(value.substring(6, 10)),
                    Integer.parseInt(value.substring(10, 12)), Integer.parseInt(value.substring(12, 14)));
        } catch (DateTimeException e) {
            throw new Invalid(Invalid.DATE);
        }
        if (birth.isAfter(today)) {
            throw new Invalid(Invalid.FUTURE);
        }
        if (birth.isBefore(EARLIEST)) {
            throw new Invalid(Invalid.TOO_EARLY);
        }
        Gender gender = (value.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
        return new IdNumber(value, value.substring(0, 6), birth, gender);
    }

    /** The check character for the first 17 digits. */
    public static char checkChar(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARS.charAt(sum % 11);
    }

    /** 220802********1234: region code and the last four, never the birth date. */
    public String mask() {
        return mask(value);
    }

    public static String mask(String value) {
        if (value == null) {
            return null;
        }
        if (value.length() != 18) {
            return "*".repeat(value.length());
        }
        return value.substring(0, 6) + "********" + value.substring(14);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Why a number was refused; {@link #reason} is a message key. */
    public static final class Invalid extends IllegalArgumentException {

        public static final String FORMAT = "volunteer.id-number.format";
        public static final String CHECK = "volunteer.id-number.check";
        public static final String DATE = "volunteer.id-number.date";
        public static final String FUTURE = "volunteer.id-number.future";
        public static final String TOO_EARLY = "volunteer.id-number.too-early";

        private final String reason;

        Invalid(String reason) {
            super(reason);
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }
}
