package cn.ggw.volunteers;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class IdNumberTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    /** The first 17 characters with their correct check character. */
    static String valid(String first17) {
        return first17 + IdNumber.checkChar(first17);
    }

    private static String reason(String raw) {
        return assertThrows(IdNumber.Invalid.class, () -> IdNumber.parse(raw, TODAY)).reason();
    }

    @Test
    @DisplayName("the published GB 11643 example 11010519491231002X is valid: female, born 1949-12-31")
    void publishedExample() {
        IdNumber id = IdNumber.parse("11010519491231002X", TODAY);
        assertEquals("110105", id.regionCode());
        assertEquals(LocalDate.of(1949, 12, 31), id.birthDate());
        assertEquals(Gender.FEMALE, id.gender());
    }

    @Test
    @DisplayName("the check character follows weights 7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2 and the map 10X98765432")
    void checkCharacter() {
        assertEquals('X', IdNumber.checkChar("11010519491231002"));
        // Sum 0 → '1'; every residue maps as the standard says.
        assertEquals('1', IdNumber.checkChar("00000000000000000"));
        // By hand: 4·7+4·9+0·10+5·5+2·8+4·4+1·2+8·1+8·6+0·3+0·7+1·9+0·10+1·5+0·8+0·4+1·2 = 195; 195 mod 11 = 8 → '4'.
        assertEquals('4', IdNumber.checkChar("44052418800101001"));
    }

    @Test
    @DisplayName("an odd 17th digit is male, even is female")
    void gender() {
        assertEquals(Gender.MALE, IdNumber.parse(valid("22080219500101123"), TODAY).gender());
        assertEquals(Gender.FEMALE, IdNumber.parse(valid("22080219500101124"), TODAY).gender());
    }

    @Test
    @DisplayName("a lower-case x is accepted and normalised to upper case; surrounding blanks are trimmed")
    void lowerCaseX() {
        assertEquals("11010519491231002X", IdNumber.parse(" 11010519491231002x ", TODAY).value());
    }

    @Test
    @DisplayName("a wrong check character is refused as such")
    void wrongCheckDigit() {
        assertEquals(IdNumber.Invalid.CHECK, reason("110105194912310021"));
        String good = valid("22080219500101123");
        char wrong = good.charAt(17) == '0' ? '1' : '0';
        assertEquals(IdNumber.Invalid.CHECK, reason(good.substring(0, 17) + wrong));
    }

    @Test
    @DisplayName("an impossible birth date (19990231, 20010229, month 13) is refused as such")
    void impossibleDate() {
        assertEquals(IdNumber.Invalid.DATE, reason(valid("22080219990231123")));
        assertEquals(IdNumber.Invalid.DATE, reason(valid("22080220010229123")));
        assertEquals(IdNumber.Invalid.DATE, reason(valid("22080219991301123")));
        assertEquals(IdNumber.Invalid.DATE, reason(valid("22080219990100123")));
    }

    @Test
    @DisplayName("a leap day is a real date")
    void leapDay() {
        assertEquals(LocalDate.of(2000, 2, 29), IdNumber.parse(valid("22080220000229123"), TODAY).birthDate());
    }

    @Test
    @DisplayName("a birth date after today is refused; today itself is accepted")
    void futureDate() {
        assertEquals(IdNumber.Invalid.FUTURE, reason(valid("22080220261127123")));
        assertEquals(IdNumber.Invalid.FUTURE, reason(valid("22080230000101123")));
        assertEquals(TODAY, IdNumber.parse(valid("22080220261126123"), TODAY).birthDate());
    }

    @Test
    @DisplayName("a birth date before 1900 is refused")
    void beforeNineteenHundred() {
        assertEquals(IdNumber.Invalid.TOO_EARLY, reason(valid("22080218991231123")));
        assertEquals(LocalDate.of(1900, 1, 1), IdNumber.parse(valid("22080219000101123"), TODAY).birthDate());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "22080219500101123", "2208021950010112345", "22080219500101123Y", "2208021950O101123X",
            "X20802195001011234", "22080219500101-234"})
    @DisplayName("17 or 19 characters, letters and a wrong last character are refused as malformed (full-width digits are read: TypedInputTest)")
    void malformed(String raw) {
        assertEquals(IdNumber.Invalid.FORMAT, reason(raw));
    }

    @Test
    @DisplayName("null is refused as malformed")
    void nullValue() {
        assertEquals(IdNumber.Invalid.FORMAT, reason(null));
    }

    @Test
    @DisplayName("mask keeps the region code and the last four: 220802********1234")
    void mask() {
        String id = valid("22080219500101123");
        assertEquals("220802********" + id.substring(14), IdNumber.parse(id, TODAY).mask());
        assertEquals("110105********002X", IdNumber.mask("11010519491231002X"));
        assertEquals(null, IdNumber.mask(null));
        assertEquals("*****", IdNumber.mask("12345"));
    }
}
