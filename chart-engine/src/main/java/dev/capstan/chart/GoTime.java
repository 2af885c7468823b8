package dev.capstan.chart;

import dev.capstan.gotemplate.GoFmt;

/**
 * Checks an RFC 3339 timestamp the way Go's {@code time.Time.UnmarshalJSON} does, returning
 * Go's error text ({@code parsing time "x" as "2006-01-02T15:04:05Z07:00": cannot parse "x" as "2006"}).
 */
final class GoTime {
    private GoTime() {
    }

    private static final String LAYOUT = "2006-01-02T15:04:05Z07:00";

    /** Null when {@code value} is a valid RFC 3339 time, else Go's error message. */
    static String rfc3339Error(String value) {
        String rest = value;
        // year
        if (rest.length() < 4 || !digits(rest, 4)) {
            return cannot(value, rest, "2006");
        }
        rest = rest.substring(4);
        String[][] parts = {{"-", null}, {"01", "month"}, {"-", null}, {"02", "day"}, {"T", null},
            {"15", "hour"}, {":", null}, {"04", "minute"}, {":", null}, {"05", "second"}};
        int month = 0;
        for (String[] p : parts) {
            String elem = p[0];
            if (p[1] == null) {
                if (!rest.startsWith(elem)) {
                    return cannot(value, rest, elem);
                }
                rest = rest.substring(elem.length());
                continue;
            }
            if (rest.length() < 2 || !digits(rest, 2)) {
                return cannot(value, rest, elem);
            }
            int n = Integer.parseInt(rest.substring(0, 2));
            boolean bad = switch (p[1]) {
                case "month" -> n < 1 || n > 12;
                case "day" -> n < 1 || n > 31;
                case "hour" -> n > 23;
                default -> n > 59;
            };
            if (bad) {
                return "parsing time " + GoFmt.quote(value) + ": " + p[1] + " out of range";
            }
            if (p[1].equals("month")) {
                month = n;
            }
            rest = rest.substring(2);
        }
        if ((rest.startsWith(".") || rest.startsWith(",")) && rest.length() > 1 && Character.isDigit(rest.charAt(1))) {
            int i = 1;
            while (i < rest.length() && Character.isDigit(rest.charAt(i))) {
                i++;
            }
            rest = rest.substring(i);
        }
        if (rest.startsWith("Z")) {
            rest = rest.substring(1);
        } else if (rest.length() >= 6 && (rest.charAt(0) == '+' || rest.charAt(0) == '-') && digits(rest.substring(1), 2)
                && rest.charAt(3) == ':' && digits(rest.substring(4), 2)) {
            rest = rest.substring(6);
        } else {
            return cannot(value, rest, "Z07:00");
        }
        if (!rest.isEmpty()) {
            return "parsing time " + GoFmt.quote(value) + ": extra text: " + GoFmt.quote(rest);
        }
        return month == 0 ? "invalid" : null;
    }

    private static boolean digits(String s, int n) {
        if (s.length() < n) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static String cannot(String value, String rest, String elem) {
        return "parsing time " + GoFmt.quote(value) + " as " + GoFmt.quote(LAYOUT) + ": cannot parse "
                + GoFmt.quote(rest) + " as " + GoFmt.quote(elem);
    }
}
