package dev.capstan.sprig;

import dev.capstan.gotemplate.Func;
import dev.capstan.gotemplate.GoObject;

import static dev.capstan.gotemplate.ParamType.INT64;

/**
 * Go's {@code time.Duration} (int64 nanoseconds): {@code String()} ("1h2m3.5s", "1.5ms", "0s"),
 * {@code ParseDuration} and {@code Round}. As a template value it is a {@link GoObject} of type
 * {@code time.Duration}.
 */
public record GoDuration(long nanos) implements GoObject {
    static final long NANOSECOND = 1;
    static final long MICROSECOND = 1000;
    static final long MILLISECOND = 1_000_000;
    static final long SECOND = 1_000_000_000;
    static final long MINUTE = 60 * SECOND;
    static final long HOUR = 60 * MINUTE;

    /** A ParseDuration failure with Go's message. */
    public static final class DurationException extends RuntimeException {
        DurationException(String message) {
            super(message, null, false, false);
        }
    }

    @Override
    public String goType() {
        return "time.Duration";
    }

    @Override
    public String goString() {
        return format(nanos);
    }

    /** An int64 kind: %d, comparisons and JSON see the nanoseconds. */
    @Override
    public Object underlying() {
        return nanos;
    }

    @Override
    public Object jsonValue() {
        return nanos;
    }

    @Override
    public Func method(String name) {
        return switch (name) {
            case "String" -> Func.of(name, a -> format(nanos));
            case "Nanoseconds" -> Func.of(name, a -> nanos);
            case "Microseconds" -> Func.of(name, a -> nanos / MICROSECOND);
            case "Milliseconds" -> Func.of(name, a -> nanos / MILLISECOND);
            case "Seconds" -> Func.of(name, a -> (double) (nanos / SECOND) + (double) (nanos % SECOND) / 1e9);
            case "Minutes" -> Func.of(name, a -> (double) (nanos / MINUTE) + (double) (nanos % MINUTE) / (60 * 1e9));
            case "Hours" -> Func.of(name, a -> (double) (nanos / HOUR) + (double) (nanos % HOUR) / (60 * 60 * 1e9));
            case "Round" -> Func.of(name, a -> new GoDuration(round(nanos, (Long) a[0])), INT64);
            case "Abs" -> Func.of(name, a -> new GoDuration(nanos >= 0 ? nanos : nanos == Long.MIN_VALUE ? Long.MAX_VALUE : -nanos));
            default -> null;
        };
    }

    /** Duration.String. */
    public static String format(long d) {
        if (d == 0) return "0s";
        boolean neg = d < 0;
        // Work on the unsigned magnitude; Long.MIN_VALUE stays representable as unsigned.
        long u = neg ? -d : d;
        StringBuilder sb = new StringBuilder();
        if (Long.compareUnsigned(u, SECOND) < 0) {
            int prec;
            String unit;
            if (u < MICROSECOND) {
                prec = 0;
                unit = "ns";
            } else if (u < MILLISECOND) {
                prec = 3;
                unit = "\u00b5s";
            } else {
                prec = 6;
                unit = "ms";
            }
            String frac = frac(u, prec);
            u = Long.divideUnsigned(u, pow10(prec));
            sb.append(Long.toUnsignedString(u)).append(frac).append(unit);
        } else {
            String frac = frac(u, 9);
            u = Long.divideUnsigned(u, SECOND);
            long secs = Long.remainderUnsigned(u, 60);
            u = Long.divideUnsigned(u, 60);
            String tail = secs + frac + "s";
            if (u > 0) {
                long mins = u % 60;
                u /= 60;
                tail = mins + "m" + tail;
                if (u > 0) tail = u + "h" + tail;
            }
            sb.append(tail);
        }
        return (neg ? "-" : "") + sb;
    }

    private static long pow10(int n) {
        long p = 1;
        for (int i = 0; i < n; i++) p *= 10;
        return p;
    }

    /** The fraction v/10^prec as ".ddd" without trailing zeros, or "" when zero. */
    private static String frac(long v, int prec) {
        if (prec == 0) return "";
        long f = Long.remainderUnsigned(v, pow10(prec));
        if (f == 0) return "";
        StringBuilder digits = new StringBuilder(Long.toString(f));
        while (digits.length() < prec) digits.insert(0, '0');
        int end = digits.length();
        while (end > 0 && digits.charAt(end - 1) == '0') end--;
        return "." + digits.substring(0, end);
    }

    /** Duration.Round. */
    public static long round(long d, long m) {
        if (m <= 0) return d;
        long r = d % m;
        if (d < 0) {
            r = -r;
            if (Long.compareUnsigned(r + r, m) < 0) return d + r;
            long d1 = d - m + r;
            return d1 < d ? d1 : Long.MIN_VALUE;
        }
        if (Long.compareUnsigned(r + r, m) < 0) return d - r;
        long d1 = d + m - r;
        return d1 > d ? d1 : Long.MAX_VALUE;
    }

    private static DurationException invalid(String orig) {
        return new DurationException("time: invalid duration " + quote(orig));
    }

    /** time's own quote: ASCII printable as is, everything else as \x bytes. */
    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (byte b : s.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 0x80 || c < ' ') {
                sb.append("\\x").append("0123456789abcdef".charAt(c >> 4)).append("0123456789abcdef".charAt(c & 15));
            } else {
                if (c == '"' || c == '\\') sb.append('\\');
                sb.append((char) c);
            }
        }
        return sb.append('"').toString();
    }

    /** time.ParseDuration. */
    public static long parse(String orig) {
        String s = orig;
        boolean neg = false;
        if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
            neg = s.charAt(0) == '-';
            s = s.substring(1);
        }
        if (s.equals("0")) return 0;
        if (s.isEmpty()) throw invalid(orig);
        long d = 0; // unsigned accumulation
        final long limit = Long.MIN_VALUE; // 1<<63 as unsigned
        while (!s.isEmpty()) {
            char c0 = s.charAt(0);
            if (!(c0 == '.' || '0' <= c0 && c0 <= '9')) throw invalid(orig);
            int i = 0;
            long v = 0;
            while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                if (Long.compareUnsigned(v, Long.divideUnsigned(limit, 10)) > 0) throw invalid(orig);
                v = v * 10 + (s.charAt(i) - '0');
                if (Long.compareUnsigned(v, limit) > 0) throw invalid(orig);
                i++;
            }
            boolean pre = i > 0;
            s = s.substring(i);
            boolean post = false;
            long f = 0;
            double scale = 1;
            if (!s.isEmpty() && s.charAt(0) == '.') {
                s = s.substring(1);
                int j = 0;
                boolean overflow = false;
                while (j < s.length() && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
                    if (!overflow) {
                        if (Long.compareUnsigned(f, (Long.MAX_VALUE) / 10) > 0) {
                            overflow = true;
                        } else {
                            long y = f * 10 + (s.charAt(j) - '0');
                            if (Long.compareUnsigned(y, limit) > 0) overflow = true;
                            else {
                                f = y;
                                scale *= 10;
                            }
                        }
                    }
                    j++;
                }
                post = j > 0;
                s = s.substring(j);
            }
            if (!pre && !post) throw invalid(orig);
            int k = 0;
            while (k < s.length() && s.charAt(k) != '.' && !(s.charAt(k) >= '0' && s.charAt(k) <= '9')) k++;
            if (k == 0) throw new DurationException("time: missing unit in duration " + quote(orig));
            String u = s.substring(0, k);
            s = s.substring(k);
            long unit = switch (u) {
                case "ns" -> NANOSECOND;
                case "us", "\u00b5s", "\u03bcs" -> MICROSECOND;
                case "ms" -> MILLISECOND;
                case "s" -> SECOND;
                case "m" -> MINUTE;
                case "h" -> HOUR;
                default -> throw new DurationException("time: unknown unit " + quote(u) + " in duration " + quote(orig));
            };
            if (Long.compareUnsigned(v, Long.divideUnsigned(limit, unit)) > 0) throw invalid(orig);
            v *= unit;
            if (f > 0) {
                v += (long) ((double) f * ((double) unit / scale));
                if (Long.compareUnsigned(v, limit) > 0) throw invalid(orig);
            }
            d += v;
            if (Long.compareUnsigned(d, limit) > 0) throw invalid(orig);
        }
        if (neg) return -d;
        if (Long.compareUnsigned(d, Long.MAX_VALUE) > 0) throw invalid(orig);
        return d;
    }
}
