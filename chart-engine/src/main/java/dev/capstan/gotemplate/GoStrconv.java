package dev.capstan.gotemplate;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.Locale;
import java.nio.charset.StandardCharsets;

/**
 * The canonical Go {@code strconv} parsing for the project: {@code Unquote}/{@code UnquoteChar}
 * for template string and char literals, and {@code ParseInt}, {@code ParseUint},
 * {@code ParseFloat} (64 bits) with Go's literal syntax: base prefixes 0x 0o 0b and a leading 0 for
 * octal when the base is 0, underscores between digits only then, and inf/infinity/nan words for
 * floats. Every parse returns null where Go returns an error (syntax or range); callers that need
 * Go's error text build it themselves. YAML 1.1 resolution rules are not here: they differ.
 */
public final class GoStrconv {
    private GoStrconv() {
    }

    /** Go's {@code strconv.ErrSyntax}. */
    public static final class SyntaxError extends Exception {
        SyntaxError() {
            super("invalid syntax", null, false, false);
        }
    }

    /** Unquotes "..." or `...`; bytes from \x and octal escapes are decoded as UTF-8 at the end. */
    public static String unquote(String s) throws SyntaxError {
        int n = s.length();
        if (n < 2) throw new SyntaxError();
        char q = s.charAt(0);
        if (q != s.charAt(n - 1)) throw new SyntaxError();
        String body = s.substring(1, n - 1);
        if (q == '`') {
            if (body.indexOf('`') >= 0) throw new SyntaxError();
            return body.indexOf('\r') >= 0 ? body.replace("\r", "") : body;
        }
        if (q != '"') throw new SyntaxError();
        if (body.indexOf('\\') < 0 && body.indexOf('"') < 0 && body.indexOf('\n') < 0) return body;
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length());
        int[] i = {0};
        while (i[0] < body.length()) {
            unquoteChar(body, i, '"', out);
        }
        return new String(out.toByteArray(), StandardCharsets.UTF_8);
    }

    /** Decodes one (possibly escaped) char at i[0], writing UTF-8 bytes. */
    static void unquoteChar(String s, int[] i, char quote, ByteArrayOutputStream out) throws SyntaxError {
        int c = s.codePointAt(i[0]);
        if (c == quote && (quote == '\'' || quote == '"')) throw new SyntaxError();
        if (c == '\n' && quote == '"') throw new SyntaxError();
        if (c != '\\') {
            writeRune(out, c);
            i[0] += Character.charCount(c);
            return;
        }
        if (i[0] + 1 >= s.length()) throw new SyntaxError();
        char e = s.charAt(i[0] + 1);
        i[0] += 2;
        switch (e) {
            case 'a' -> out.write(7);
            case 'b' -> out.write('\b');
            case 'f' -> out.write('\f');
            case 'n' -> out.write('\n');
            case 'r' -> out.write('\r');
            case 't' -> out.write('\t');
            case 'v' -> out.write(11);
            case 'x', 'u', 'U' -> {
                int len = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                if (i[0] + len > s.length()) throw new SyntaxError();
                int v = 0;
                for (int k = 0; k < len; k++) {
                    int d = Character.digit(s.charAt(i[0] + k), 16);
                    if (d < 0) throw new SyntaxError();
                    v = v * 16 + d;
                }
                i[0] += len;
                if (e == 'x') {
                    out.write(v);
                } else {
                    if (v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) throw new SyntaxError();
                    writeRune(out, v);
                }
            }
            case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                int v = e - '0';
                if (i[0] + 2 > s.length()) throw new SyntaxError();
                for (int k = 0; k < 2; k++) {
                    int d = s.charAt(i[0] + k) - '0';
                    if (d < 0 || d > 7) throw new SyntaxError();
                    v = v * 8 + d;
                }
                i[0] += 2;
                if (v > 255) throw new SyntaxError();
                out.write(v);
            }
            case '\\' -> out.write('\\');
            case '\'', '"' -> {
                if (e != quote) throw new SyntaxError();
                out.write(e);
            }
            default -> throw new SyntaxError();
        }
    }

    private static void writeRune(ByteArrayOutputStream out, int c) {
        byte[] b = new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8);
        out.write(b, 0, b.length);
    }

    /** The value of a char constant like 'a' or '\n'; null if malformed (tail is not the closing quote). */
    public static int charConstant(String text) throws SyntaxError {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int[] i = {1};
        String s = text;
        unquoteChar(s, i, '\'', out);
        byte[] b = out.toByteArray();
        int r;
        String dec = new String(b, StandardCharsets.UTF_8);
        if (b.length == 1) r = b[0] & 0xFF;
        else r = dec.codePointAt(0);
        if (!s.substring(i[0]).equals("'")) return Integer.MIN_VALUE;
        return r;
    }

    private static final BigInteger INT64_LIMIT = BigInteger.ONE.shiftLeft(63);

    /** {@code strconv.ParseInt(s, base, 64)} for base 0 or 2..36; null on a syntax or range error. */
    public static Long parseInt(String s, int base) {
        if (s.isEmpty()) return null;
        boolean neg = false;
        String body = s;
        if (s.charAt(0) == '+' || s.charAt(0) == '-') {
            neg = s.charAt(0) == '-';
            body = s.substring(1);
        }
        BigInteger u = magnitude(body, base);
        if (u == null) return null;
        if (neg) return u.compareTo(INT64_LIMIT) > 0 ? null : u.negate().longValue();
        return u.compareTo(INT64_LIMIT) >= 0 ? null : u.longValue();
    }

    /** {@code strconv.ParseUint(s, base, 64)} (no sign allowed); null on a syntax or range error. */
    public static BigInteger parseUint(String s, int base) {
        BigInteger u = magnitude(s, base);
        return u == null || u.bitLength() > 64 ? null : u;
    }

    /** The unsigned digits of ParseUint with base 0 or 2..36, unbounded; null on a syntax error. */
    private static BigInteger magnitude(String s0, int base) {
        if (s0.isEmpty()) return null;
        String s = s0;
        boolean base0 = base == 0;
        if (base0) {
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
        } else if (base < 2 || base > 36) {
            return null;
        }
        boolean underscores = false;
        BigInteger n = BigInteger.ZERO;
        BigInteger b = BigInteger.valueOf(base);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '_' && base0) {
                underscores = true;
                continue;
            }
            int d = c > 'z' ? -1 : Character.digit(c, 36);
            if (d < 0 || d >= base) return null;
            n = n.multiply(b).add(BigInteger.valueOf(d));
        }
        if (underscores && !underscoreOK(s0)) return null;
        return n;
    }

    /** strconv's {@code underscoreOK}: underscores only between digits (or after a base prefix). */
    public static boolean underscoreOK(String s) {
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
     * {@code strconv.ParseFloat(s, 64)}: decimal or hex (with a p exponent) mantissas, underscores
     * between digits, and the words inf, infinity, nan in any case. Null on a syntax error and on
     * overflow (Go returns ±Inf with ErrRange there).
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
        double d;
        try {
            d = Double.parseDouble(s.replace("_", ""));
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
        String lower = body.toLowerCase(Locale.ROOT);
        if (lower.equals("inf") || lower.equals("infinity")) return sign * Double.POSITIVE_INFINITY;
        if (!signed && lower.equals("nan")) return Double.NaN;
        return null;
    }
}
