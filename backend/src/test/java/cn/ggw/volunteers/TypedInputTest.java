package cn.ggw.volunteers;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Issue 9, items 11 and 12: IDs and phones as people type them, everywhere one is typed (form, search, census file). */
@DisplayName("IDs and phones as typed: full-width, +86, spaces and dashes")
class TypedInputTest {

    private static final String ID = withCheck("22080219500101123");

    private static String withCheck(String first17) {
        return first17 + IdNumber.checkChar(first17);
    }

    private static String fullWidth(String ascii) {
        StringBuilder s = new StringBuilder();
        for (char c : ascii.toCharArray()) {
            s.append((char) (c + 0xFEE0));
        }
        return s.toString();
    }

    @Test
    @DisplayName("item 11: full-width digits and the full-width Ｘ make the same ID number")
    void fullWidthIdNumber() {
        assertEquals(ID, IdNumber.parse(fullWidth(ID)).value());
        assertEquals(ID, IdNumber.parse("　" + ID.toLowerCase(java.util.Locale.ROOT) + "　").value());
        // The full-width Ｘ (and ｘ) as the check character.
        String withX = "220802195001011";
        for (int seq = 0; seq < 1000; seq++) {
            String first17 = "22080219500101" + String.format("%03d", seq);
            if (IdNumber.checkChar(first17) == 'X') {
                withX = first17;
                break;
            }
        }
        assertEquals(withX + "X", IdNumber.parse(fullWidth(withX) + "Ｘ").value());
        assertEquals(withX + "X", IdNumber.parse(fullWidth(withX) + "ｘ").value());
    }

    @Test
    @DisplayName("item 12: +86, 0086, spaces, dashes, full-width digits and brackets around the area code give one stored form")
    void phonesAsTyped() {
        for (String typed : new String[] {"+86 138 0436 1234", "+86-138-0436-1234", "0086 13804361234", "8613804361234", "138 0436 1234",
                "138-0436-1234", "１３８０４３６１２３４", "＋８６ １３８ ０４３６ １２３４"}) {
            assertEquals("13804361234", Phone.normalize(typed), typed);
        }
        assertEquals("0436-1234567", Phone.normalize("+86 436 1234567"));
        assertEquals("0436-1234567", Phone.normalize("(0436)1234567"));
        assertEquals("0436-1234567", Phone.normalize("０４３６－１２３４５６７"));
        assertNull(Phone.normalize("+86 12"));
        assertNull(Phone.normalize("+1 202 555 0123"));
    }

    @Test
    @DisplayName("Typed.halfWidth maps the full-width block and the ideographic space, nothing else")
    void halfWidth() {
        assertEquals("AZaz09+-@ 王", Typed.halfWidth("ＡＺａｚ０９＋－＠　王"));
    }
}
