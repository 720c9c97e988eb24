package cn.ggw.cityapi;

import cn.ggw.common.ProblemException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;

/**
 * A position in a change feed, as an opaque signed token: which feed, for which scope, and where. A token
 * that does not verify is malformed (400); one for another feed or scope is foreign (400). The same
 * position always gives the same token, so a poll that finds nothing new gets a byte-identical answer.
 *
 * @param snapshot true while the first full read is under way: {@code afterPath} is the last unit served,
 *                 {@code tx}/{@code seq} the feed position to continue from when it ends
 */
record FeedCursor(String feed, String scope, boolean snapshot, String tx, long seq, String afterPath) {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    String encode(byte[] key) {
        String payload = String.join("|", "v1", feed, scope, snapshot ? "S" : "F", tx, Long.toString(seq), afterPath == null ? "" : afterPath);
        byte[] body = payload.getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(body) + "." + ENCODER.encodeToString(mac(key, body));
    }

    static FeedCursor decode(String token, byte[] key, String feed, String scope) {
        int dot = token.indexOf('.');
        if (dot <= 0 || token.length() > 600) {
            throw malformed();
        }
        byte[] body;
        byte[] signature;
        try {
            body = Base64.getUrlDecoder().decode(token.substring(0, dot));
            signature = Base64.getUrlDecoder().decode(token.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            throw malformed();
        }
        if (!MessageDigest.isEqual(mac(key, body), signature)) {
            throw malformed();
        }
        String[] parts = new String(body, StandardCharsets.UTF_8).split("\\|", -1);
        if (parts.length != 7 || !"v1".equals(parts[0])) {
            throw malformed();
        }
        if (!feed.equals(parts[1]) || !scope.equals(parts[2])) {
            throw ProblemException.invalid("cursor", "cityapi.cursor.foreign");
        }
        try {
            return new FeedCursor(parts[1], parts[2], "S".equals(parts[3]), Long.toUnsignedString(Long.parseUnsignedLong(parts[4])),
                    Long.parseLong(parts[5]), parts[6].isEmpty() ? null : parts[6]);
        } catch (NumberFormatException e) {
            throw malformed();
        }
    }

    private static ProblemException malformed() {
        return ProblemException.invalid("cursor", "cityapi.cursor.malformed");
    }

    private static byte[] mac(byte[] key, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Arrays.copyOf(mac.doFinal(body), 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
