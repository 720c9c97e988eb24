package cn.ggw.volunteers;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PhoneTest {

    @ParameterizedTest
    @ValueSource(strings = {"13812345678", "19912345678", "15000000000", " 138 1234 5678 "})
    @DisplayName("mainland mobiles 13x–19x with 11 digits are valid")
    void mobiles(String raw) {
        assertTrue(Phone.isValid(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0436-3221234", "04363221234", "010-12345678", "01012345678", "021-1234567", "0436-32212345"})
    @DisplayName("landlines with a 3- or 4-digit area code and a 7- or 8-digit number are valid")
    void landlines(String raw) {
        assertTrue(Phone.isValid(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12812345678", "1381234567", "138123456789", "3221234", "436-3221234", "0436-322123",
            "0436-322123456", "phone", "+8613812345", "+1 2025550123", "1381234567a"})
    @DisplayName("wrong prefixes, lengths, a missing area code and letters are refused")
    void invalid(String raw) {
        assertFalse(Phone.isValid(raw));
        assertNull(Phone.normalize(raw));
    }

    @Test
    @DisplayName("landlines are stored with a hyphen after the area code")
    void normalize() {
        assertEquals("0436-3221234", Phone.normalize("04363221234"));
        assertEquals("010-12345678", Phone.normalize("01012345678"));
        assertEquals("021-1234567", Phone.normalize("0211234567"));
        assertEquals("13812345678", Phone.normalize("138 1234 5678"));
        assertNull(Phone.normalize(null));
    }

    @Test
    @DisplayName("a mobile is masked as 138****5678, a landline keeps its area code and last four")
    void mask() {
        assertEquals("138****5678", Phone.mask("13812345678"));
        assertEquals("0436-***1234", Phone.mask("0436-3221234"));
        assertEquals("010-****5678", Phone.mask("010-12345678"));
        assertNull(Phone.mask(null));
        // Not a mobile (second digit, length, a letter): the last four only.
        assertEquals("*******5678", Phone.mask("12812345678"));
        assertEquals("******5678", Phone.mask("1381235678"));
        assertEquals("*******567x", Phone.mask("1381234567x"));
    }
}
