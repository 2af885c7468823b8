package dev.capstan.engine;

/** Go {@code strings} helpers whose whitespace rules differ from Java's. */
public final class GoStrings {
    private GoStrings() {
    }

    /**
     * {@code strings.TrimSpace}: removes leading and trailing Unicode white space as Go defines it
     * ({@code \t \n \v \f \r}, space, U+0085, U+00A0 and the Unicode Z category).
     */
    public static String trimSpace(String s) {
        int start = 0;
        int end = s.length();
        while (start < end) {
            int cp = s.codePointAt(start);
            if (!isSpace(cp)) break;
            start += Character.charCount(cp);
        }
        while (end > start) {
            int cp = s.codePointBefore(end);
            if (!isSpace(cp)) break;
            end -= Character.charCount(cp);
        }
        return s.substring(start, end);
    }

    /** Go's {@code unicode.IsSpace}. */
    public static boolean isSpace(int cp) {
        if (cp < 0x80) return cp == ' ' || (cp >= '\t' && cp <= '\r');
        if (cp == 0x85 || cp == 0xA0) return true;
        return Character.isSpaceChar(cp) || cp == 0x2028 || cp == 0x2029;
    }
}
