package dev.capstan.values;

/** A code-point reader over a string with one-step unread, like Go's bytes.Buffer ReadRune. */
final class RuneBuffer {
    private final int[] runes;
    private int pos;
    private int lastWidth;

    RuneBuffer(String s) {
        this.runes = s.codePoints().toArray();
    }

    /** The next rune, or -1 at the end. */
    int read() {
        if (pos >= runes.length) {
            lastWidth = 0;
            return -1;
        }
        lastWidth = 1;
        return runes[pos++];
    }

    void unread() {
        pos -= lastWidth;
        lastWidth = 0;
    }

    String rest() {
        return new String(runes, pos, runes.length - pos);
    }

    /** Skips {@code n} UTF-16 chars of {@link #rest()}. */
    void skipChars(int n) {
        int chars = 0;
        while (chars < n && pos < runes.length) {
            chars += Character.charCount(runes[pos++]);
        }
    }

    /** A run of runes up to a stop rune: its text, the stop rune, and whether input ended. */
    record Run(String text, int last, boolean eof) {
    }

    /** {@code runesUntil}: a backslash takes the next rune literally. */
    Run until(String stops) {
        return scan(stops, true);
    }

    /** {@code runesUntilLiteral}: no escapes. */
    Run untilLiteral(String stops) {
        return scan(stops, false);
    }

    private Run scan(String stops, boolean escapes) {
        StringBuilder sb = new StringBuilder();
        while (true) {
            int r = read();
            if (r < 0) {
                return new Run(sb.toString(), 0, true);
            }
            if (stops.indexOf(r) >= 0) {
                return new Run(sb.toString(), r, false);
            }
            if (escapes && r == '\\') {
                r = read();
                if (r < 0) {
                    return new Run(sb.toString(), 0, true);
                }
            }
            sb.appendCodePoint(r);
        }
    }
}
