package dev.capstan.values;

import java.math.BigDecimal;
import java.math.BigInteger;

/** Go's number syntax and formatting where values need it (strconv semantics). */
public final class GoNumbers {
    private GoNumbers() {
    }

    /**
     * {@code strconv.ParseInt(s, 0, 64)} widened: accepts a sign, {@code 0x}, {@code 0o},
     * {@code 0b} and a leading-{@code 0} octal; returns null if the text is not an integer.
     * The range is checked by the caller.
     */
    public static BigInteger parseIntBase0(String s) {
        if (s.isEmpty()) {
            return null;
        }
        boolean neg = false;
        int i = 0;
        if (s.charAt(0) == '+' || s.charAt(0) == '-') {
            neg = s.charAt(0) == '-';
            i = 1;
        }
        String body = s.substring(i);
        int radix = 10;
        if (body.length() > 1 && body.charAt(0) == '0') {
            char p = Character.toLowerCase(body.charAt(1));
            if (p == 'x') {
                radix = 16;
                body = body.substring(2);
            } else if (p == 'o') {
                radix = 8;
                body = body.substring(2);
            } else if (p == 'b') {
                radix = 2;
                body = body.substring(2);
            } else {
                radix = 8;
                body = body.substring(1);
            }
        }
        if (body.isEmpty()) {
            return null;
        }
        for (int k = 0; k < body.length(); k++) {
            if (Character.digit(body.charAt(k), radix) < 0) {
                return null;
            }
        }
        BigInteger v = new BigInteger(body, radix);
        return neg ? v.negate() : v;
    }

    /** {@code strconv.ParseFloat(s, 64)} for decimal forms; null if it fails or overflows. */
    public static Double parseFloat(String s) {
        String t = s;
        if (t.isEmpty()) {
            return null;
        }
        for (int k = 0; k < t.length(); k++) {
            char c = t.charAt(k);
            if (!((c >= '0' && c <= '9') || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-')) {
                return null;
            }
        }
        try {
            double d = Double.parseDouble(t);
            if (Double.isInfinite(d)) {
                return null; // Go reports ErrRange
            }
            return d;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** {@code strconv.FormatFloat(f, 'g', -1, 32)}: the shortest float32 form, Go style. */
    public static String formatFloat32g(double d) {
        float f = (float) d;
        if (f == 0) {
            return (1 / f < 0) ? "-0" : "0";
        }
        return shortestG(new BigDecimal(Float.toString(f)));
    }

    /** {@code strconv.FormatFloat(f, 'g', -1, 64)}. */
    public static String formatFloat64(double d) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "+Inf" : "-Inf";
        }
        if (d == 0) {
            return (1 / d < 0) ? "-0" : "0";
        }
        return shortestG(new BigDecimal(Double.toString(d)));
    }

    private static String shortestG(BigDecimal bd) {
        boolean neg = bd.signum() < 0;
        bd = bd.abs().stripTrailingZeros();
        String digits = bd.unscaledValue().toString();
        int exp = digits.length() - 1 - bd.scale(); // decimal exponent of the first digit
        StringBuilder sb = new StringBuilder();
        if (neg) {
            sb.append('-');
        }
        // strconv 'g' with the shortest precision switches to e-form when the decimal exponent
        // is below -4 or at least 6 (so 1e+06 but 100000).
        int nd = digits.length();
        if (exp < -4 || exp >= 6) {
            // %e with nd-1 fraction digits
            sb.append(digits.charAt(0));
            if (nd > 1) {
                sb.append('.').append(digits, 1, nd);
            }
            sb.append('e').append(exp < 0 ? '-' : '+');
            int ae = Math.abs(exp);
            if (ae < 10) {
                sb.append('0');
            }
            sb.append(ae);
            return sb.toString();
        }
        sb.append(bd.toPlainString());
        return sb.toString();
    }
}
