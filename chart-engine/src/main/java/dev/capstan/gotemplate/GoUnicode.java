package dev.capstan.gotemplate;

/**
 * Go's white space: {@code unicode.IsSpace} and {@code strings.TrimSpace}, which is defined by it.
 * Java's {@code Character.isWhitespace} and {@code String.strip} differ (they take U+001C..U+001F
 * and leave U+0085 and the no-break spaces), so every Go-compatible trim or blank test uses these.
 */
public final class GoUnicode {
    private GoUnicode() {
    }

    /** {@code unicode.IsSpace}: \t \n \v \f \r, space, U+0085, U+00A0 and the Unicode Z categories. */
    public static boolean isSpace(int r) {
        if (r < 0x100) {
            return r == ' ' || (r >= '\t' && r <= '\r') || r == 0x85 || r == 0xA0;
        }
        return Character.isSpaceChar(r);
    }

    /** {@code strings.TrimSpace}. */
    public static String trimSpace(String s) {
        int start = 0;
        int end = s.length();
        while (start < end) {
            int r = s.codePointAt(start);
            if (!isSpace(r)) break;
            start += Character.charCount(r);
        }
        while (end > start) {
            int r = s.codePointBefore(end);
            if (!isSpace(r)) break;
            end -= Character.charCount(r);
        }
        return s.substring(start, end);
    }
}
