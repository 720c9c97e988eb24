package cn.ggw.volunteers.census;

import cn.ggw.volunteers.IdNumber;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FirstRowsTest {

    private static String id(long n) {
        String first17 = "2208021950" + String.format("%07d", n);
        return first17 + IdNumber.checkChar(first17);
    }

    @Test
    @DisplayName("Each of 200,000 ID numbers is new once, and a repeat names the row it first appeared in")
    void repeats() {
        FirstRows seen = new FirstRows();
        for (int n = 0; n < 200_000; n++) {
            assertEquals(0, seen.putIfAbsent(id(n), n + 2));
        }
        for (int n = 0; n < 200_000; n += 997) {
            assertEquals(n + 2, seen.putIfAbsent(id(n), 999_999));
        }
        assertEquals(0, seen.putIfAbsent(id(200_000), 7));
        assertEquals(7, seen.putIfAbsent(id(200_000), 8));
    }

    @Test
    @DisplayName("An ID number ending in X and its neighbour of the same first 17 digits cannot both be valid, so 17 digits are the key")
    void checkCharacter() {
        FirstRows seen = new FirstRows();
        String withX = "11010519491231002X";
        assertEquals('X', IdNumber.checkChar(withX.substring(0, 17)));
        assertEquals(0, seen.putIfAbsent(withX, 3));
        assertEquals(3, seen.putIfAbsent(withX, 4));
    }
}
