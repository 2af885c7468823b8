package dev.capstan.yaml;

import dev.capstan.gotemplate.GoFmt;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Go's {@code strconv.FormatFloat(f, 'g', -1, bits)} for 32 and 64 bits (64 bits is
 * {@link GoFmt#formatFloat}; the 32-bit path is here): the shortest decimal
 * that reads back to the same value, in exponent form when the decimal exponent is below -4 or at
 * least 6 ({@code 1e+06}, {@code 1.2345675e+06}, {@code 0.0001}, {@code 1e-05}).
 */
public final class FloatFormat {
    private FloatFormat() {
    }

    /** {@code FormatFloat(f, 'g', -1, 64)}, or with {@code float32 == true} of {@code float32(f)}. */
    public static String formatG(double f, boolean float32) {
        if (!float32) {
            return GoFmt.formatFloat(f, 'g', -1);
        }
        if (Double.isNaN(f)) {
            return "NaN";
        }
        if (Double.isInfinite(f)) {
            return f > 0 ? "+Inf" : "-Inf";
        }
        Digits d = shortest(f);
        if (d == null) {
            return Float.floatToRawIntBits((float) f) < 0 ? "-0" : "0";
        }
        int exp = d.pointPos - 1;
        StringBuilder sb = new StringBuilder();
        if (d.negative) {
            sb.append('-');
        }
        if (exp < -4 || exp >= 6) {
            sb.append(d.digits.charAt(0));
            if (d.digits.length() > 1) {
                sb.append('.').append(d.digits, 1, d.digits.length());
            }
            sb.append('e').append(exp < 0 ? '-' : '+');
            int ae = Math.abs(exp);
            if (ae < 10) {
                sb.append('0');
            }
            sb.append(ae);
        } else {
            appendFixed(sb, d);
        }
        return sb.toString();
    }

    private static void appendFixed(StringBuilder sb, Digits d) {
        String digits = d.digits;
        int point = d.pointPos;
        if (point <= 0) {
            sb.append("0.");
            sb.append("0".repeat(-point));
            sb.append(digits);
        } else if (point >= digits.length()) {
            sb.append(digits).append("0".repeat(point - digits.length()));
        } else {
            sb.append(digits, 0, point).append('.').append(digits, point, digits.length());
        }
    }

    /** Digits d1..dn with value 0.d1..dn x 10^pointPos. */
    record Digits(boolean negative, String digits, int pointPos) {
    }

    /** The shortest digits that read back to the same float32, or null for zero. */
    static Digits shortest(double f) {
        if (f == 0) {
            return null;
        }
        boolean neg = f < 0;
        BigDecimal exact = new BigDecimal((double) Math.abs((float) f));
        for (int p = 1; p <= 9; p++) {
            BigDecimal best = null;
            for (RoundingMode mode : new RoundingMode[] {RoundingMode.HALF_EVEN, RoundingMode.DOWN, RoundingMode.UP}) {
                BigDecimal c = exact.round(new MathContext(p, mode));
                if (Float.parseFloat(c.toString()) == exact.floatValue()
                        && (best == null || c.subtract(exact).abs().compareTo(best.subtract(exact).abs()) < 0)) {
                    best = c;
                }
            }
            if (best != null) {
                BigDecimal stripped = best.stripTrailingZeros();
                String digits = stripped.unscaledValue().toString();
                int pointPos = digits.length() - stripped.scale();
                return new Digits(neg, digits, pointPos);
            }
        }
        throw new IllegalStateException("no shortest form for " + f);
    }
}
