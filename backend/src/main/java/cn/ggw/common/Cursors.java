package cn.ggw.common;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Opaque keyset cursors: the client passes back what it was given, nothing else. */
public final class Cursors {

    private Cursors() {
    }

    public static String encode(String position) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(position.getBytes(StandardCharsets.UTF_8));
    }

    /** The position inside the cursor; null for the first page; 400 when the cursor was not made by us. */
    public static String decode(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        try {
            String position = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (StrictJson.hasControlCharacter(position) || position.indexOf('\uFFFD') >= 0) {
                throw new IllegalArgumentException("not ours");
            }
            return position;
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("cursor", "cursor.invalid");
        }
    }

    /** Decodes a cursor made of one number (an id); null for the first page. */
    public static Long decodeLong(String cursor) {
        String position = decode(cursor);
        if (position == null) {
            return null;
        }
        try {
            return Long.parseLong(position);
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("cursor", "cursor.invalid");
        }
    }

    /** Decodes a cursor made of a number pair "a,b". */
    public static long[] decodePair(String cursor) {
        String position = decode(cursor);
        if (position == null) {
            return null;
        }
        String[] parts = position.split(",", -1);
        try {
            if (parts.length != 2) {
                throw new NumberFormatException();
            }
            return new long[] {Long.parseLong(parts[0]), Long.parseLong(parts[1])};
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("cursor", "cursor.invalid");
        }
    }
}
