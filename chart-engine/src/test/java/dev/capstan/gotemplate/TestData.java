package dev.capstan.gotemplate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the tab-separated test tables and the small literal syntax they use for Go values. */
final class TestData {
    private TestData() {
    }

    /** Non-comment, non-blank lines of a resource under gotemplate/, split on tabs. */
    static List<String[]> rows(String resource) {
        try (InputStream in = TestData.class.getResourceAsStream("/gotemplate/" + resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String[]> out = new ArrayList<>();
            for (String line : text.split("\n", -1)) {
                if (line.isBlank() || line.startsWith("#")) continue;
                out.add(line.split("\t", -1));
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Unquotes a Go interpreted string literal ("..." with escapes) or a raw `...` literal. */
    static String unquote(String s) {
        s = s.strip();
        if (s.startsWith("`")) return s.substring(1, s.length() - 1);
        if (!s.startsWith("\"") || !s.endsWith("\"") || s.length() < 2) throw new IllegalArgumentException("not quoted: " + s);
        return new Reader(s).string();
    }

    /** Parses a comma-separated argument list. */
    static Object[] args(String s) {
        Reader r = new Reader(s);
        List<Object> out = new ArrayList<>();
        r.ws();
        while (!r.eof()) {
            out.add(r.value());
            r.ws();
            if (!r.eof()) {
                r.expect(',');
                r.ws();
            }
        }
        return out.toArray();
    }

    static Object value(String s) {
        Reader r = new Reader(s);
        r.ws();
        return r.value();
    }

    private static final class Reader {
        final String s;
        int i;

        Reader(String s) {
            this.s = s;
        }

        boolean eof() {
            return i >= s.length();
        }

        void ws() {
            while (i < s.length() && s.charAt(i) == ' ') i++;
        }

        void expect(char c) {
            if (i >= s.length() || s.charAt(i) != c) throw new IllegalArgumentException("expected " + c + " at " + i + " in " + s);
            i++;
        }

        boolean take(String word) {
            if (s.startsWith(word, i)) {
                i += word.length();
                return true;
            }
            return false;
        }

        Object value() {
            ws();
            char c = s.charAt(i);
            if (c == '"') return string();
            if (take("nil")) return null;
            if (take("true")) return Boolean.TRUE;
            if (take("false")) return Boolean.FALSE;
            if (take("+Inf")) return Double.POSITIVE_INFINITY;
            if (take("-Inf")) return Double.NEGATIVE_INFINITY;
            if (take("NaN")) return Double.NaN;
            if (take("int64(")) {
                long v = ((Number) number(true)).longValue();
                expect(')');
                return v;
            }
            if (take("bytes(")) {
                String str = string();
                expect(')');
                return str.getBytes(StandardCharsets.UTF_8);
            }
            if (take("bytes[")) {
                List<Object> l = seq(']');
                byte[] b = new byte[l.size()];
                for (int k = 0; k < b.length; k++) b[k] = (byte) ((Number) l.get(k)).intValue();
                return b;
            }
            if (take("list[")) return seq(']');
            if (take("dict{")) {
                Map<String, Object> m = new LinkedHashMap<>();
                ws();
                while (s.charAt(i) != '}') {
                    String k = string();
                    expect(':');
                    m.put(k, value());
                    ws();
                    if (s.charAt(i) == ',') i++;
                    ws();
                }
                i++;
                return m;
            }
            return number(false);
        }

        List<Object> seq(char close) {
            List<Object> l = new ArrayList<>();
            ws();
            while (s.charAt(i) != close) {
                l.add(value());
                ws();
                if (s.charAt(i) == ',') i++;
                ws();
            }
            i++;
            return l;
        }

        Object number(boolean forceLong) {
            int start = i;
            while (i < s.length() && "+-0123456789abcdefABCDEFxX._eEpP".indexOf(s.charAt(i)) >= 0) {
                char c = s.charAt(i);
                if ((c == '+' || c == '-') && i > start && "eEpP".indexOf(s.charAt(i - 1)) < 0) break;
                i++;
            }
            String t = s.substring(start, i);
            boolean hex = t.startsWith("0x") || t.startsWith("-0x");
            if (!hex && (t.contains(".") || t.contains("e") || t.contains("E"))) return Double.parseDouble(t);
            long v = hex ? Long.parseLong(t.replace("0x", ""), 16) : Long.parseLong(t);
            if (forceLong) return v;
            return (int) v;
        }

        String string() {
            expect('"');
            StringBuilder sb = new StringBuilder();
            while (s.charAt(i) != '"') {
                char c = s.charAt(i++);
                if (c != '\\') {
                    sb.append(c);
                    continue;
                }
                char e = s.charAt(i++);
                switch (e) {
                    case 'a' -> sb.append((char) 7);
                    case 'b' -> sb.append('\b');
                    case 'f' -> sb.append('\f');
                    case 'n' -> sb.append('\n');
                    case 'r' -> sb.append('\r');
                    case 't' -> sb.append('\t');
                    case 'v' -> sb.append((char) 11);
                    case 'x' -> {
                        sb.append((char) Integer.parseInt(s.substring(i, i + 2), 16));
                        i += 2;
                    }
                    case 'u' -> {
                        sb.appendCodePoint(Integer.parseInt(s.substring(i, i + 4), 16));
                        i += 4;
                    }
                    case 'U' -> {
                        sb.appendCodePoint(Integer.parseInt(s.substring(i, i + 8), 16));
                        i += 8;
                    }
                    default -> sb.append(e);
                }
            }
            i++;
            return sb.toString();
        }
    }
}
