package dev.capstan.sprig;

import dev.capstan.gotemplate.GoFmt;
import dev.capstan.gotemplate.GoObject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The conversions Sprig borrows from {@code spf13/cast} v1.7.0 ({@code ToInt64}, {@code ToInt},
 * {@code ToFloat64}) plus the {@code strconv} parsers they rest on. cast never fails from a
 * template's point of view: whatever it cannot convert becomes zero.
 */
public final class Cast {
    private Cast() {
    }

    /** {@code cast.ToInt64}: ints as they are, floats truncated, bools 1/0, strings parsed, else 0. */
    public static long toInt64(Object v) {
        if (v == null) return 0;
        if (v instanceof Integer i) return i;
        if (v instanceof Long l) return l;
        if (v instanceof Double d) return floatToInt64(d);
        if (v instanceof Boolean b) return b ? 1 : 0;
        if (v instanceof String s) {
            Long parsed = parseInt(trimZeroDecimal(s), 0);
            return parsed == null ? 0 : parsed;
        }
        return 0;
    }

    /** {@code cast.ToInt}: Go's int is 64 bits wide on the platforms Helm ships, so this is {@link #toInt64}. */
    public static long toInt(Object v) {
        return toInt64(v);
    }

    /**
     * A Go {@code int} result in the value model: an Integer, or a Long when the value does not fit
     * 32 bits (Go's int is 64-bit; printing stays right, only {@code typeOf} would say int64).
     */
    public static Object goInt(long v) {
        return v == (int) v ? (Object) (int) v : (Object) v;
    }

    /**
     * A Go {@code int} argument as the interpreter delivers it: an Integer, or a Long when the
     * constant does not fit 32 bits (Go's int is 64-bit).
     */
    static long intArg(Object v) {
        return ((Number) v).longValue();
    }

    /** {@code cast.ToFloat64}: numbers widened, bools 1/0, strings via {@code strconv.ParseFloat}, else 0. */
    public static double toFloat64(Object v) {
        if (v == null) return 0;
        if (v instanceof Integer i) return i;
        if (v instanceof Long l) return l;
        if (v instanceof Double d) return d;
        if (v instanceof Boolean b) return b ? 1 : 0;
        if (v instanceof String s) {
            Double parsed = parseFloat(s);
            return parsed == null ? 0 : parsed;
        }
        return 0;
    }

    /**
     * Go's conversion {@code int64(f)} as amd64 executes it: truncation toward zero, and the
     * "integer indefinite" value (minimum int64) for NaN and out-of-range values.
     */
    public static long floatToInt64(double d) {
        if (Double.isNaN(d) || d >= 0x1p63 || d < -0x1p63) return Long.MIN_VALUE;
        return (long) d;
    }

    /** cast's {@code trimZeroDecimal}: "12.000" becomes "12" so that it parses as an integer. */
    static String trimZeroDecimal(String s) {
        boolean foundZero = false;
        for (int i = s.length(); i > 0; i--) {
            char c = s.charAt(i - 1);
            if (c == '.') {
                if (foundZero) return s.substring(0, i - 1);
            } else if (c == '0') {
                foundZero = true;
            } else {
                return s;
            }
        }
        return s;
    }

    /**
     * {@code strconv.ParseInt(s, base, 64)} for base 0 (Go literal prefixes 0x 0o 0b and a leading 0
     * for octal, underscores between digits) or an explicit base 2..36. Null on any error.
     */
    public static Long parseInt(String s, int base) {
        if (s.isEmpty()) return null;
        String s0 = s;
        boolean neg = false;
        if (s.charAt(0) == '+' || s.charAt(0) == '-') {
            neg = s.charAt(0) == '-';
            s = s.substring(1);
        }
        java.math.BigInteger u = parseUint(s, base);
        if (u == null) return null;
        if (base == 0 && s.indexOf('_') >= 0 && !underscoreOK(s0)) return null;
        java.math.BigInteger limit = java.math.BigInteger.ONE.shiftLeft(63);
        if (neg) {
            if (u.compareTo(limit) > 0) return null;
            return u.negate().longValue();
        }
        if (u.compareTo(limit) >= 0) return null;
        return u.longValue();
    }

    /**
     * {@code strconv.Atoi}, which Sprig calls ignoring the error: 0 for a syntax error, and the
     * clamped extreme for an out-of-range number (ParseInt's documented result).
     */
    public static long atoi(String s) {
        if (s.isEmpty()) return 0;
        boolean neg = s.charAt(0) == '-';
        String digits = (s.charAt(0) == '+' || s.charAt(0) == '-') ? s.substring(1) : s;
        if (digits.isEmpty()) return 0;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') return 0;
        }
        java.math.BigInteger u = new java.math.BigInteger(digits);
        if (neg) u = u.negate();
        if (u.bitLength() > 63) return neg ? Long.MIN_VALUE : Long.MAX_VALUE;
        return u.longValue();
    }

    private static java.math.BigInteger parseUint(String s, int base) {
        if (s.isEmpty()) return null;
        if (base == 0) {
            base = 10;
            if (s.charAt(0) == '0') {
                char p = s.length() >= 3 ? Character.toLowerCase(s.charAt(1)) : 0;
                if (p == 'b') {
                    base = 2;
                    s = s.substring(2);
                } else if (p == 'o') {
                    base = 8;
                    s = s.substring(2);
                } else if (p == 'x') {
                    base = 16;
                    s = s.substring(2);
                } else {
                    base = 8;
                    s = s.substring(1);
                }
            }
        } else if (s.indexOf('_') >= 0) {
            return null; // underscores are only allowed with base 0
        }
        java.math.BigInteger n = java.math.BigInteger.ZERO;
        java.math.BigInteger b = java.math.BigInteger.valueOf(base);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '_') continue;
            int d = Character.digit(c, 36);
            if (d < 0 || d >= base || c > 'z') return null;
            n = n.multiply(b).add(java.math.BigInteger.valueOf(d));
        }
        return n;
    }

    /** strconv's {@code underscoreOK}: underscores only between digits (or after a base prefix). */
    static boolean underscoreOK(String s) {
        char saw = '^';
        int i = 0;
        if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) s = s.substring(1);
        boolean hex = false;
        if (s.length() >= 2 && s.charAt(0) == '0') {
            char p = Character.toLowerCase(s.charAt(1));
            if (p == 'b' || p == 'o' || p == 'x') {
                i = 2;
                saw = '0';
                hex = p == 'x';
            }
        }
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            char lc = Character.toLowerCase(c);
            if ((c >= '0' && c <= '9') || (hex && lc >= 'a' && lc <= 'f')) {
                saw = '0';
                continue;
            }
            if (c == '_') {
                if (saw != '0') return false;
                saw = '_';
                continue;
            }
            if (saw == '_') return false;
            saw = '!';
        }
        return saw != '_';
    }

    /**
     * {@code strconv.ParseFloat(s, 64)}: Go float literal syntax (decimal or hex with a p exponent,
     * underscores between digits) and the words inf, infinity, nan in any case. Null on a syntax
     * error and on overflow (Go returns ±Inf with ErrRange, which cast turns into 0).
     */
    public static Double parseFloat(String s) {
        Double special = special(s);
        if (special != null) return special;
        int i = 0;
        int n = s.length();
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) i++;
        boolean hex = false;
        if (i + 2 < n && s.charAt(i) == '0' && Character.toLowerCase(s.charAt(i + 1)) == 'x') {
            hex = true;
            i += 2;
        }
        boolean sawDot = false;
        boolean sawDigits = false;
        boolean underscores = false;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c == '_') {
                underscores = true;
            } else if (c == '.') {
                if (sawDot) break;
                sawDot = true;
            } else if ((c >= '0' && c <= '9') || (hex && Character.toLowerCase(c) >= 'a' && Character.toLowerCase(c) <= 'f')) {
                sawDigits = true;
            } else {
                break;
            }
        }
        if (!sawDigits) return null;
        char expChar = hex ? 'p' : 'e';
        if (i < n && Character.toLowerCase(s.charAt(i)) == expChar) {
            i++;
            if (i >= n) return null;
            if (s.charAt(i) == '+' || s.charAt(i) == '-') i++;
            if (i >= n || s.charAt(i) < '0' || s.charAt(i) > '9') return null;
            for (; i < n && ((s.charAt(i) >= '0' && s.charAt(i) <= '9') || s.charAt(i) == '_'); i++) {
                if (s.charAt(i) == '_') underscores = true;
            }
        } else if (hex) {
            return null;
        }
        if (i != n) return null;
        if (underscores && !underscoreOK(s)) return null;
        String clean = s.replace("_", "");
        double d;
        try {
            d = Double.parseDouble(clean);
        } catch (NumberFormatException e) {
            return null;
        }
        if (Double.isInfinite(d)) return null;
        return d;
    }

    private static Double special(String s) {
        if (s.isEmpty()) return null;
        String body = s;
        double sign = 1;
        boolean signed = false;
        if (s.charAt(0) == '+' || s.charAt(0) == '-') {
            sign = s.charAt(0) == '-' ? -1 : 1;
            body = s.substring(1);
            signed = true;
        }
        String lower = body.toLowerCase(java.util.Locale.ROOT);
        if (lower.equals("inf") || lower.equals("infinity")) return sign * Double.POSITIVE_INFINITY;
        if (!signed && lower.equals("nan")) return Double.NaN;
        return null;
    }

    /**
     * Sprig's {@code strval}/{@code fmt.Sprint} of one value: strings as they are, byte slices as
     * text, everything else in Go's {@code %v}.
     */
    public static String strval(Object v) {
        if (v instanceof String s) return s;
        if (v instanceof byte[] b) return new String(b, StandardCharsets.UTF_8);
        return GoFmt.formatValue(v);
    }

    /** Whether Go's reflect would see a slice or array (the kinds Sprig's list functions accept). */
    static boolean isList(Object v) {
        return v instanceof List || v instanceof byte[] || (v instanceof GoObject o && o.underlying() instanceof List);
    }

    /** The elements of a slice value as Go's {@code reflect.Value.Index(i).Interface()} yields them. */
    static List<Object> elements(Object v) {
        if (v instanceof byte[] b) {
            Object[] out = new Object[b.length];
            // a []byte element is a uint8; the value model has no uint8, so it is carried as an int
            for (int i = 0; i < b.length; i++) out[i] = b[i] & 0xff;
            return java.util.Arrays.asList(out);
        }
        if (v instanceof GoObject o) v = o.underlying();
        @SuppressWarnings("unchecked")
        List<Object> l = (List<Object>) v;
        return l;
    }

    /** The {@code reflect.Kind} name Sprig prints in "Cannot ... on type KIND" messages. */
    static String kind(Object v) {
        if (v instanceof Map) return "map";
        return dev.capstan.gotemplate.GoTypes.kindName(v);
    }

    /** Go's {@code reflect.DeepEqual} over the value model: same Go type and deeply equal contents. */
    static boolean deepEqual(Object a, Object b) {
        if (a == null || b == null) return a == b;
        if (!dev.capstan.gotemplate.GoTypes.typeName(a).equals(dev.capstan.gotemplate.GoTypes.typeName(b))) return false;
        if (a instanceof Double x) return x.doubleValue() == (Double) b; // NaN != NaN, 0 == -0 as in Go
        if (a instanceof byte[] x) return java.util.Arrays.equals(x, (byte[]) b);
        if (a instanceof List<?> x) {
            List<?> y = (List<?>) b;
            if (x.size() != y.size()) return false;
            for (int i = 0; i < x.size(); i++) if (!deepEqual(x.get(i), y.get(i))) return false;
            return true;
        }
        if (a instanceof Map<?, ?> x) {
            Map<?, ?> y = (Map<?, ?>) b;
            if (x.size() != y.size()) return false;
            for (Map.Entry<?, ?> e : x.entrySet()) {
                if (!y.containsKey(e.getKey()) || !deepEqual(e.getValue(), y.get(e.getKey()))) return false;
            }
            return true;
        }
        if (a instanceof GoObject x) {
            Object ux = x.underlying();
            Object uy = ((GoObject) b).underlying();
            if (ux != null || uy != null) return deepEqual(ux, uy);
            return x.equals(b);
        }
        return a.equals(b);
    }
}
