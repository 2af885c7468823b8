package dev.capstan.yaml;

import dev.capstan.gotemplate.GoStrconv;
import java.util.Set;

/**
 * Decides whether go-yaml may write a string as a plain scalar: only when the plain text would
 * read back as a string (go-yaml's {@code resolve} gives {@code !!str}) and is not a YAML 1.1
 * sexagesimal float (and, for v3, not a YAML 1.1 bool). Hand-written scanners instead of
 * regular expressions because this runs for every string of every {@code toYaml}.
 */
final class YamlResolve {
    private YamlResolve() {
    }

    /** Plain scalars go-yaml's resolve table maps to bool, null, float or merge (v2 and v3 agree once v3's isOldBool is added). */
    private static final Set<String> SPECIAL = Set.of(
            "y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON",
            "n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF",
            "", "~", "null", "Null", "NULL",
            ".nan", ".NaN", ".NAN", ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF",
            "-.inf", "-.Inf", "-.INF", "<<");

    /** {@code encoder.stringv}'s canUsePlain for an untagged string. */
    static boolean canUsePlain(String s, boolean v3) {
        if (s.isEmpty()) return false;
        char c = s.charAt(0);
        boolean hinted = c == '+' || c == '-' || (c >= '0' && c <= '9') || c == '.'
                || "yYnNtTfFoO~".indexOf(c) >= 0;
        if (!hinted) return true;
        if (SPECIAL.contains(s)) return false;
        if (c == '.') return !isGoFloat(s, false);
        if (c == '+' || c == '-' || (c >= '0' && c <= '9')) {
            if (isTimestamp(s)) return false;
            String plain = s.indexOf('_') >= 0 ? s.replace("_", "") : s;
            if (isGoInt(plain)) return false;
            if (isYamlStyleFloat(plain) && isGoFloat(plain, true)) return false;
            if (plain.startsWith("0b")) {
                if (isRadixInt(plain.substring(2), 2, true)) return false;
            } else if (plain.startsWith("-0b")) {
                if (isRadixInt("-" + plain.substring(3), 2, false)) return false;
            }
            if (v3) {
                if (plain.startsWith("0o")) {
                    if (isRadixInt(plain.substring(2), 8, true)) return false;
                } else if (plain.startsWith("-0o")) {
                    if (isRadixInt("-" + plain.substring(3), 8, false)) return false;
                }
            }
            return !isBase60Float(s);
        }
        return true;
    }

    /** {@code strconv.ParseInt(s, 0, 64)} or {@code ParseUint(s, 0, 64)} succeeds (underscores already removed). */
    private static boolean isGoInt(String s) {
        return GoStrconv.parseInt(s, 0) != null || GoStrconv.parseUint(s, 0) != null;
    }

    /** {@code strconv.ParseInt(s, radix, 64)} (sign allowed) or, when {@code allowUint}, ParseUint. */
    private static boolean isRadixInt(String s, int radix, boolean allowUint) {
        return GoStrconv.parseInt(s, radix) != null || (allowUint && GoStrconv.parseUint(s, radix) != null);
    }

    /** {@code ^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$}. */
    private static boolean isYamlStyleFloat(String s) {
        int i = 0, n = s.length();
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) i++;
        if (i < n && s.charAt(i) == '.') {
            i++;
            int st = i;
            while (i < n && isDigit(s.charAt(i))) i++;
            if (i == st) return false;
        } else {
            int st = i;
            while (i < n && isDigit(s.charAt(i))) i++;
            if (i == st) return false;
            if (i < n && s.charAt(i) == '.') {
                i++;
                while (i < n && isDigit(s.charAt(i))) i++;
            }
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) i++;
            int st = i;
            while (i < n && isDigit(s.charAt(i))) i++;
            if (i == st) return false;
        }
        return i == n;
    }

    /**
     * {@code strconv.ParseFloat(s, 64)} succeeds: decimal syntax (for the '.' hint, no underscores) and
     * not out of range (an overflow to infinity is an error, an underflow is not).
     */
    private static boolean isGoFloat(String s, boolean syntaxChecked) {
        if (!syntaxChecked && !isYamlStyleFloat(s)) return false;
        return GoStrconv.parseFloat(s) != null;
    }

    /** {@code ^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$}. */
    static boolean isBase60Float(String s) {
        if (s.indexOf(':') < 0) return false;
        int i = 0, n = s.length();
        if (s.charAt(0) == '+' || s.charAt(0) == '-') i++;
        if (i >= n || !isDigit(s.charAt(i))) return false;
        i++;
        while (i < n && (isDigit(s.charAt(i)) || s.charAt(i) == '_')) i++;
        int groups = 0;
        while (i < n && s.charAt(i) == ':') {
            i++;
            // [0-5]?[0-9]
            if (i + 1 < n && s.charAt(i) >= '0' && s.charAt(i) <= '5' && isDigit(s.charAt(i + 1))) {
                i += 2;
            } else if (i < n && isDigit(s.charAt(i))) {
                i++;
            } else {
                return false;
            }
            groups++;
        }
        if (groups == 0) return false;
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && (isDigit(s.charAt(i)) || s.charAt(i) == '_')) i++;
        }
        return i == n;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * go-yaml's parseTimestamp: {@code YYYY-M-D}, optionally followed by {@code T}/{@code t} and
     * {@code h:m:s[.frac](Z|±hh:mm)} or by a space and {@code h:m:s[.frac]}, checked the way Go's
     * {@code time.Parse} checks fields (one or two digits, ranges, days in the month).
     */
    static boolean isTimestamp(String s) {
        int n = s.length();
        if (n < 5) return false;
        for (int i = 0; i < 4; i++) if (!isDigit(s.charAt(i))) return false;
        if (s.charAt(4) != '-') return false;
        int year = Integer.parseInt(s.substring(0, 4));
        int[] pos = {5};
        int month = num(s, pos);
        if (month < 1 || month > 12 || !lit(s, pos, '-')) return false;
        int day = num(s, pos);
        if (day < 1) return false;
        if (day > daysIn(month, year)) return false;
        if (pos[0] == n) return true;
        char sep = s.charAt(pos[0]);
        if (sep != 'T' && sep != 't' && sep != ' ') return false;
        pos[0]++;
        int h = num(s, pos);
        if (h < 0 || h > 23 || !lit(s, pos, ':')) return false;
        int mi = num(s, pos);
        if (mi < 0 || mi > 59 || !lit(s, pos, ':')) return false;
        int se = num(s, pos);
        if (se < 0 || se > 59) return false;
        int p = pos[0];
        if (p + 1 < n && (s.charAt(p) == '.' || s.charAt(p) == ',') && isDigit(s.charAt(p + 1))) {
            p++;
            while (p < n && isDigit(s.charAt(p))) p++;
        }
        if (sep == ' ') return p == n;
        if (p < n && s.charAt(p) == 'Z') return p + 1 == n;
        if (n - p != 6 || s.charAt(p + 3) != ':') return false;
        char sign = s.charAt(p);
        if (sign != '+' && sign != '-') return false;
        for (int k : new int[]{1, 2, 4, 5}) if (!isDigit(s.charAt(p + k))) return false;
        int tzh = Integer.parseInt(s.substring(p + 1, p + 3));
        int tzm = Integer.parseInt(s.substring(p + 4, p + 6));
        return tzh <= 24 && tzm <= 60;
    }

    /** Go's getnum(value, false): one or two digits; -1 when there is no digit. */
    private static int num(String s, int[] pos) {
        int p = pos[0];
        if (p >= s.length() || !isDigit(s.charAt(p))) return -1;
        if (p + 1 >= s.length() || !isDigit(s.charAt(p + 1))) {
            pos[0] = p + 1;
            return s.charAt(p) - '0';
        }
        pos[0] = p + 2;
        return (s.charAt(p) - '0') * 10 + (s.charAt(p + 1) - '0');
    }

    private static boolean lit(String s, int[] pos, char c) {
        if (pos[0] < s.length() && s.charAt(pos[0]) == c) {
            pos[0]++;
            return true;
        }
        return false;
    }

    private static int daysIn(int month, int year) {
        return switch (month) {
            case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }
}
