package dev.capstan.values;

import dev.capstan.gotemplate.GoFmt;

/**
 * Formats a warning the way Helm 4 prints it on stderr (slog's text handler, no time):
 * {@code level=WARN msg="returned non-bool value" path=a.enabled chart=sub}. Values whose text
 * needs it are quoted like Go's strconv.Quote.
 */
public final class Slog {
    private Slog() {
    }

    public static String info(String msg, String... attrs) {
        return line("INFO", msg, attrs);
    }

    public static String warn(String msg, String... attrs) {
        return line("WARN", msg, attrs);
    }

    private static String line(String level, String msg, String... attrs) {
        StringBuilder sb = new StringBuilder("level=").append(level).append(" msg=").append(value(msg));
        for (int i = 0; i + 1 < attrs.length; i += 2) {
            sb.append(' ').append(attrs[i]).append('=').append(value(attrs[i + 1]));
        }
        return sb.toString();
    }

    private static String value(String s) {
        if (s.isEmpty()) {
            return "\"\"";
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '=' || c == '"' || c < 0x20 || c == 0x7f || c >= 0x80 && !Character.isLetterOrDigit(c)) {
                return GoFmt.quote(s);
            }
        }
        return s;
    }
}
