package cn.ggw.volunteers;

/** What a person typed, as the rules read it: full-width digits, letters and signs (１２３Ｘ＋－) as their ASCII forms. */
public final class Typed {

    private Typed() {
    }

    /** U+FF01–U+FF5E to U+0021–U+007E, the ideographic space to a space; null stays null. */
    public static String halfWidth(String raw) {
        if (raw == null) {
            return null;
        }
        StringBuilder s = null;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            char h = c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c == '\u3000' ? ' ' : c;
            if (h != c && s == null) {
                s = new StringBuilder(raw.substring(0, i));
            }
            if (s != null) {
                s.append(h);
            }
        }
        return s == null ? raw : s.toString();
    }
}
