package dev.capstan.values;

import java.math.BigDecimal;

/** Go's number syntax and formatting where values need it (strconv semantics). */
public final class GoNumbers {
    private GoNumbers() {
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
