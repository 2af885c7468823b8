package dev.capstan.yaml;

import com.fasterxml.jackson.core.io.schubfach.DoubleToDecimal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * {@code strconv.FormatFloat(f, fmt, -1, 64)} for {@code fmt} in {@code e f g}: the shortest
 * decimal that reads back as the same double. Private to this package until the shared
 * {@code GoFmt.formatFloat} is available everywhere; Java 17's {@code Double.toString} is not
 * always shortest, so the digits come from the Schubfach algorithm (the one JDK 19 adopted).
 */
final class GoFloat {
    private GoFloat() {
    }

    /** Shortest digits without leading/trailing zeros and the exponent such that value = 0.DIGITS × 10^exp. */
    private record Decimal(String digits, int exp) {
    }

    static String format(double f, char fmt) {
        if (Double.isNaN(f)) return "NaN";
        if (Double.isInfinite(f)) return f > 0 ? "+Inf" : "-Inf";
        StringBuilder sb = new StringBuilder(24);
        if (f < 0 || (f == 0 && 1 / f < 0)) sb.append('-');
        double a = Math.abs(f);
        Decimal d = a == 0 ? new Decimal("0", 1) : shortest(a);
        String digits = d.digits;
        int nd = digits.length();
        int x = d.exp - 1; // exponent in d.ddd×10^x form
        if (fmt == 'g') {
            // Shortest %g: exponent form when the exponent is < -4 or >= 6 (strconv's eprec for -1).
            if (x < -4 || x >= 6) return appendE(sb, digits, x).toString();
            return appendF(sb, digits, d.exp).toString();
        }
        if (fmt == 'e') return appendE(sb, digits, x).toString();
        return appendF(sb, digits, d.exp).toString();
    }

    private static StringBuilder appendE(StringBuilder sb, String digits, int x) {
        sb.append(digits.charAt(0));
        if (digits.length() > 1) sb.append('.').append(digits, 1, digits.length());
        sb.append('e').append(x < 0 ? '-' : '+');
        int ax = Math.abs(x);
        if (ax < 10) sb.append('0');
        return sb.append(ax);
    }

    private static StringBuilder appendF(StringBuilder sb, String digits, int dp) {
        int nd = digits.length();
        if (dp <= 0) {
            sb.append("0.");
            for (int i = dp; i < 0; i++) sb.append('0');
            return sb.append(digits);
        }
        if (dp >= nd) {
            sb.append(digits);
            for (int i = nd; i < dp; i++) sb.append('0');
            return sb;
        }
        return sb.append(digits, 0, dp).append('.').append(digits, dp, nd);
    }

    private static Decimal shortest(double a) {
        if (a < Double.MIN_NORMAL) return shortestSlow(a);
        String s = DoubleToDecimal.toString(a);
        // Forms: "123.45", "1.0E-7", "1.2345E10"
        int e = s.indexOf('E');
        String mant = e < 0 ? s : s.substring(0, e);
        int exp10 = e < 0 ? 0 : Integer.parseInt(s.substring(e + 1));
        int dot = mant.indexOf('.');
        String intPart = dot < 0 ? mant : mant.substring(0, dot);
        String frac = dot < 0 ? "" : mant.substring(dot + 1);
        String all = intPart + frac;
        int dp = intPart.length() + exp10;
        int lead = 0;
        while (lead < all.length() - 1 && all.charAt(lead) == '0') {
            lead++;
            dp--;
        }
        int end = all.length();
        while (end > lead + 1 && all.charAt(end - 1) == '0') end--;
        return new Decimal(all.substring(lead, end), dp);
    }

    /** Subnormals: Java insists on two digits there, Go does not; search the shortest round-trip. */
    private static Decimal shortestSlow(double a) {
        BigDecimal exact = new BigDecimal(a);
        for (int p = 1; p <= 17; p++) {
            BigDecimal r = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
            if (r.doubleValue() == a) {
                BigDecimal stripped = r.stripTrailingZeros();
                String digits = stripped.unscaledValue().toString();
                int dp = digits.length() - stripped.scale();
                return new Decimal(digits, dp);
            }
        }
        String digits = exact.stripTrailingZeros().unscaledValue().toString();
        return new Decimal(digits, digits.length() - exact.stripTrailingZeros().scale());
    }
}
