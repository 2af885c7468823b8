package dev.capstan.gotemplate.parse;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** {@code strconv.Unquote} and {@code UnquoteChar} for template string and char literals. */
final class GoStrconv {
    private GoStrconv() {
    }

    static final class SyntaxError extends Exception {
        SyntaxError() {
            super("invalid syntax", null, false, false);
        }
    }

    /** Unquotes "..." or `...`; bytes from \x and octal escapes are decoded as UTF-8 at the end. */
    static String unquote(String s) throws SyntaxError {
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
    static int charConstant(String text) throws SyntaxError {
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
}
