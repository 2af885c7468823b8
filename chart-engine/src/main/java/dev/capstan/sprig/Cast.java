package dev.capstan.sprig;

import dev.capstan.gotemplate.GoObject;
import dev.capstan.gotemplate.GoStrconv;
import dev.capstan.gotemplate.GoTypes;
import java.util.List;
import java.util.Map;

/**
 * The conversions Sprig borrows from {@code spf13/cast} v1.7.0 ({@code ToInt64}, {@code ToInt},
 * {@code ToFloat64}) over {@link GoStrconv}'s {@code strconv} parsers. cast never fails from a
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
            Long parsed = GoStrconv.parseInt(trimZeroDecimal(s), 0);
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
            Double parsed = GoStrconv.parseFloat(s);
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

    /** Go's {@code reflect.DeepEqual} over the value model: same Go type and deeply equal contents. */
    static boolean deepEqual(Object a, Object b) {
        if (a == null || b == null) return a == b;
        if (!GoTypes.typeName(a).equals(GoTypes.typeName(b))) return false;
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
