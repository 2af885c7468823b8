package dev.capstan.gotemplate;

import java.math.BigDecimal;

/**
 * {@code strconv.FormatFloat(f, fmt, prec, 64)}. Digits come from the exact binary value (via
 * {@link BigDecimal}), rounded half-to-even like Go's decimal rounding; the shortest form searches
 * the fewest digits that parse back to the same double, because Java 17's {@code Double.toString}
 * is not always shortest.
 */
final class GoFloat {
    private GoFloat() {
    }

    /** Decimal digits {@code 0.d[0]d[1]...d[nd-1] x 10^dp}, without trailing zeros. */
    private static final class Digits {
        byte[] d;
        int nd;
        int dp;
    }

    private static final double TWO_53 = 9007199254740992.0;

    static String format(double v, char fmt, int prec) {
        StringBuilder sb = new StringBuilder(24);
        append(sb, v, fmt, prec);
        return sb.toString();
    }

    static void append(StringBuilder sb, double v, char fmt, int prec) {
        if (Double.isNaN(v)) {
            sb.append("NaN");
            return;
        }
        if (Double.isInfinite(v)) {
            sb.append(v > 0 ? "+Inf" : "-Inf");
            return;
        }
        boolean neg = Double.doubleToRawLongBits(v) < 0;
        double a = Math.abs(v);
        if (fmt == 'b') {
            appendBinary(sb, v);
            return;
        }
        boolean shortest = prec < 0;
        Digits digs;
        if (shortest) {
            digs = shortest(a);
            switch (fmt) {
                case 'e', 'E' -> prec = Math.max(digs.nd - 1, 0);
                case 'f' -> prec = Math.max(digs.nd - digs.dp, 0);
                default -> prec = digs.nd;
            }
        } else {
            digs = exact(a);
            switch (fmt) {
                case 'e', 'E' -> round(digs, prec + 1);
                case 'f' -> round(digs, digs.dp + prec);
                default -> {
                    if (prec == 0) prec = 1;
                    round(digs, prec);
                }
            }
        }
        switch (fmt) {
            case 'e', 'E' -> fmtE(sb, neg, digs, prec, fmt);
            case 'f' -> fmtF(sb, neg, digs, prec);
            case 'g', 'G' -> {
                int eprec = prec;
                if (eprec > digs.nd && digs.nd >= digs.dp) eprec = digs.nd;
                if (shortest) eprec = 6;
                int exp = digs.dp - 1;
                if (exp < -4 || exp >= eprec) {
                    if (prec > digs.nd) prec = digs.nd;
                    fmtE(sb, neg, digs, prec - 1, fmt == 'g' ? 'e' : 'E');
                } else {
                    if (prec > digs.dp) prec = digs.nd;
                    fmtF(sb, neg, digs, Math.max(prec - digs.dp, 0));
                }
            }
            default -> {
                sb.append('%').append(fmt);
            }
        }
    }

    private static void appendBinary(StringBuilder sb, double v) {
        long bits = Double.doubleToRawLongBits(v);
        long mant = bits & ((1L << 52) - 1);
        int exp = (int) ((bits >>> 52) & 0x7ff);
        if (exp == 0) exp++;
        else mant |= 1L << 52;
        exp += -1023 - 52;
        if (bits < 0) sb.append('-');
        sb.append(mant).append('p');
        if (exp >= 0) sb.append('+');
        sb.append(exp);
    }

    private static Digits exact(double a) {
        Digits r = new Digits();
        if (a == 0) {
            r.d = new byte[0];
            return r;
        }
        BigDecimal bd = new BigDecimal(a);
        String s = bd.unscaledValue().toString();
        int len = s.length();
        while (len > 1 && s.charAt(len - 1) == '0') len--;
        r.d = new byte[len + 1];
        for (int i = 0; i < len; i++) r.d[i] = (byte) s.charAt(i);
        r.nd = len;
        r.dp = s.length() - bd.scale();
        return r;
    }

    /** Go's decimal.Round: half to even on an exact tie, otherwise by the next digit. */
    private static void round(Digits a, int nd) {
        if (nd < 0 || nd >= a.nd) return;
        boolean up;
        if (a.d[nd] == '5' && nd + 1 == a.nd) {
            up = nd > 0 && (a.d[nd - 1] - '0') % 2 == 1;
        } else {
            up = a.d[nd] >= '5';
        }
        if (up) roundUp(a, nd);
        else {
            a.nd = nd;
            while (a.nd > 0 && a.d[a.nd - 1] == '0') a.nd--;
            if (a.nd == 0) a.dp = 0;
        }
    }

    private static void roundUp(Digits a, int nd) {
        int i = nd - 1;
        while (i >= 0 && a.d[i] == '9') i--;
        if (i < 0) {
            a.d[0] = '1';
            a.nd = 1;
            a.dp++;
            return;
        }
        a.d[i]++;
        a.nd = i + 1;
    }

    private static Digits shortest(double a) {
        Digits r = new Digits();
        if (a == 0) {
            r.d = new byte[0];
            return r;
        }
        if (a < TWO_53 && a == Math.rint(a)) {
            String s = Long.toString((long) a);
            int len = s.length();
            while (s.charAt(len - 1) == '0') len--;
            r.d = new byte[len];
            for (int i = 0; i < len; i++) r.d[i] = (byte) s.charAt(i);
            r.nd = len;
            r.dp = s.length();
            return r;
        }
        Digits fast = shortestFast(a);
        if (fast != null) return fast;
        Digits ex = exact(a);
        for (int p = 1; p < ex.nd && p <= 17; p++) {
            Digits lo = copyPrefix(ex, p);
            Digits hi = copyPrefix(ex, p);
            roundUp(hi, p);
            boolean loOk = lo.nd > 0 && parses(lo, a);
            boolean hiOk = parses(hi, a);
            if (loOk && hiOk) {
                int c = ex.d[p] > '5' ? 1 : ex.d[p] < '5' ? -1 : (p + 1 < ex.nd ? 1 : 0);
                if (c == 0) c = (lo.d[lo.nd - 1] - '0') % 2 == 0 ? -1 : 1;
                return c > 0 ? hi : lo;
            }
            if (loOk) return lo;
            if (hiOk) return hi;
        }
        return ex;
    }

    private static final double[] POW10 = new double[23];

    static {
        double v = 1;
        for (int i = 0; i < POW10.length; i++) {
            POW10[i] = v;
            v *= 10;
        }
    }

    /**
     * The common case without BigDecimal: a = m * 10^e with an integer m of at most 15 digits.
     * m and 10^|e| (|e| <= 22) are exact doubles, so one correctly rounded multiply or divide
     * reproduces what parsing "mEe" gives; with at most 15 digits no other decimal of that length
     * or shorter lies in a's rounding interval, so m's digits are the shortest.
     */
    private static Digits shortestFast(double a) {
        if (a >= 1e15) {
            for (int k = 1; k <= 22; k++) {
                double m = a / POW10[k];
                if (m < 1e15 && m == Math.rint(m) && m * POW10[k] == a) return fromLong((long) m, k);
            }
            return null;
        }
        for (int k = 1; k <= 22; k++) {
            double m = a * POW10[k];
            if (m >= 1e15) return null;
            if (m == Math.rint(m) && m / POW10[k] == a) return fromLong((long) m, -k);
        }
        return null;
    }

    private static Digits fromLong(long m, int exp10) {
        String s = Long.toString(m);
        int len = s.length();
        while (len > 1 && s.charAt(len - 1) == '0') len--;
        Digits r = new Digits();
        r.d = new byte[len + 1];
        for (int i = 0; i < len; i++) r.d[i] = (byte) s.charAt(i);
        r.nd = len;
        r.dp = s.length() + exp10;
        return r;
    }

    private static Digits copyPrefix(Digits ex, int p) {
        Digits r = new Digits();
        r.d = new byte[p + 1];
        System.arraycopy(ex.d, 0, r.d, 0, p);
        r.nd = p;
        r.dp = ex.dp;
        while (r.nd > 0 && r.d[r.nd - 1] == '0') r.nd--;
        return r;
    }

    private static boolean parses(Digits x, double a) {
        String s = new String(x.d, 0, x.nd, java.nio.charset.StandardCharsets.ISO_8859_1) + "E" + (x.dp - x.nd);
        return Double.parseDouble(s) == a;
    }

    private static void fmtE(StringBuilder sb, boolean neg, Digits d, int prec, char fmt) {
        if (neg) sb.append('-');
        sb.append(d.nd == 0 ? '0' : (char) d.d[0]);
        if (prec > 0) {
            sb.append('.');
            int i = 1;
            int m = Math.min(d.nd, prec + 1);
            for (; i < m; i++) sb.append((char) d.d[i]);
            for (; i <= prec; i++) sb.append('0');
        }
        sb.append(fmt);
        int exp = d.nd == 0 ? 0 : d.dp - 1;
        if (exp < 0) {
            sb.append('-');
            exp = -exp;
        } else {
            sb.append('+');
        }
        if (exp < 10) sb.append('0').append((char) ('0' + exp));
        else sb.append(exp);
    }

    private static void fmtF(StringBuilder sb, boolean neg, Digits d, int prec) {
        if (neg) sb.append('-');
        if (d.dp > 0) {
            int m = Math.min(d.nd, d.dp);
            for (int i = 0; i < m; i++) sb.append((char) d.d[i]);
            for (; m < d.dp; m++) sb.append('0');
        } else {
            sb.append('0');
        }
        if (prec > 0) {
            sb.append('.');
            for (int i = 1; i <= prec; i++) {
                int j = d.dp + i - 1;
                sb.append(j >= 0 && j < d.nd ? (char) d.d[j] : '0');
            }
        }
    }
}
