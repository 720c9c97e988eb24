package cn.ggw.volunteers.census;

/** Cell text as clerks leave it: padded with ordinary, full-width (U+3000) and no-break spaces. */
final class CensusText {

    /** Columns beyond this are ignored: a census has a few dozen, a runaway sheet has 16,384. */
    static final int MAX_COLUMNS = 200;

    private CensusText() {
    }

    static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        int start = 0;
        int end = raw.length();
        while (start < end && isPadding(raw.charAt(start))) {
            start++;
        }
        while (end > start && isPadding(raw.charAt(end - 1))) {
            end--;
        }
        return raw.substring(start, end);
    }

    static boolean isPadding(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
    }

    /** "A" for 0, "AB" for 27. */
    static String columnLetter(int index) {
        StringBuilder letters = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }

    /** 0 for "A", 27 for "AB12"; -1 when the reference has no letters. */
    static int columnIndex(String reference) {
        int index = 0;
        int i = 0;
        while (i < reference.length() && Character.isLetter(reference.charAt(i))) {
            index = index * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
            i++;
        }
        return i == 0 ? -1 : index - 1;
    }
}
