package dev.capstan.gotemplate;

/**
 * Where Go's strings differ from Java's: white space ({@code unicode.IsSpace},
 * {@code strings.TrimSpace}; Java's {@code Character.isWhitespace} and {@code String.strip} take
 * U+001C..U+001F and leave U+0085 and the no-break spaces), order (Go compares UTF-8 bytes, which is
 * code point order, not UTF-16 order) and length ({@code len(s)} counts UTF-8 bytes).
 */
public final class GoText {
    private GoText() {
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

    /** Go's {@code a < b} for strings: UTF-8 byte order, which is code point order. Negative, 0 or positive. */
    public static int compare(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                // UTF-16 order differs from code point order only between surrogates and U+E000..U+FFFF.
                boolean xs = Character.isSurrogate(x);
                boolean ys = Character.isSurrogate(y);
                if (xs != ys) return xs ? 1 : -1;
                return x - y;
            }
        }
        return a.length() - b.length();
    }

    /** Go's {@code len(s)}: the length in UTF-8 bytes (an unpaired surrogate counts as U+FFFD, 3 bytes). */
    public static int utf8Length(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) n++;
            else if (c < 0x800) n += 2;
            else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else n += 3;
        }
        return n;
    }
}
