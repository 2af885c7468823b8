package dev.capstan.values;

import dev.capstan.gotemplate.GoFmt;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON reader with {@code encoding/json}'s semantics for {@code interface{}} targets: numbers
 * become {@code Double}, objects {@code LinkedHashMap} (a repeated key keeps its last value),
 * arrays {@code ArrayList}. {@link #decodePrefix} reads one value from the start of a text and
 * reports where it ended, like {@code json.Decoder.Decode} plus {@code InputOffset}.
 */
public final class JsonValueReader {
    /** A syntax error; the message is Go's where it matters. */
    public static final class JsonError extends RuntimeException {
        final boolean eof;

        JsonError(String message, boolean eof) {
            super(message, null, false, false);
            this.eof = eof;
        }

        /** Whether the input ended before any value (Go's {@code io.EOF}). */
        public boolean isEof() {
            return eof;
        }
    }

    /** One decoded value and the offset just after it. */
    public record Prefix(Object value, int end) {
    }

    /** A number kept as written ({@code json.Decoder.UseNumber}), for schemas. */
    public record Number(String text, java.math.BigDecimal value) {
        @Override
        public String toString() {
            return text;
        }
    }

    private final String s;
    private int pos;
    private boolean useNumber;

    private JsonValueReader(String s, int pos) {
        this.s = s;
        this.pos = pos;
    }

    /** {@code json.Unmarshal} with {@code UseNumber}: numbers become {@link Number}. */
    public static Object unmarshalUseNumber(String text) {
        JsonValueReader p = new JsonValueReader(text, 0);
        p.useNumber = true;
        p.skipSpace();
        if (p.pos >= text.length()) {
            throw new JsonError("unexpected end of JSON input", false);
        }
        Object v = p.value();
        p.skipSpace();
        if (p.pos < text.length()) {
            throw new JsonError("invalid character " + quoteChar(text.charAt(p.pos)) + " after top-level value", false);
        }
        return v;
    }

    /** Decodes the first JSON value of {@code text}; trailing content is left alone. */
    public static Prefix decodePrefix(String text) {
        JsonValueReader p = new JsonValueReader(text, 0);
        p.skipSpace();
        if (p.pos >= text.length()) {
            throw new JsonError("EOF", true);
        }
        Object v = p.value();
        return new Prefix(v, p.pos);
    }

    /** {@code json.Unmarshal}: exactly one value, only white space after it. */
    public static Object unmarshal(String text) {
        JsonValueReader p = new JsonValueReader(text, 0);
        p.skipSpace();
        if (p.pos >= text.length()) {
            throw new JsonError("unexpected end of JSON input", false);
        }
        Object v = p.value();
        p.skipSpace();
        if (p.pos < text.length()) {
            throw new JsonError("invalid character " + quoteChar(text.charAt(p.pos)) + " after top-level value", false);
        }
        return v;
    }

    private void skipSpace() {
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                pos++;
            } else {
                break;
            }
        }
    }

    private JsonError unexpectedEof() {
        return new JsonError("unexpected EOF", false);
    }

    private Object value() {
        if (pos >= s.length()) {
            throw unexpectedEof();
        }
        char c = s.charAt(pos);
        switch (c) {
            case '{':
                return object();
            case '[':
                return array();
            case '"':
                return string();
            case 't':
                literal("true");
                return Boolean.TRUE;
            case 'f':
                literal("false");
                return Boolean.FALSE;
            case 'n':
                literal("null");
                return null;
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return number();
                }
                throw new JsonError("invalid character " + quoteChar(c) + " looking for beginning of value", false);
        }
    }

    private void literal(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (pos >= s.length()) {
                throw unexpectedEof();
            }
            char c = s.charAt(pos);
            if (c != word.charAt(i)) {
                throw new JsonError("invalid character " + quoteChar(c) + " in literal " + word + " (expecting "
                        + quoteChar(word.charAt(i)) + ")", false);
            }
            pos++;
        }
    }

    private Map<String, Object> object() {
        pos++; // {
        Map<String, Object> m = new LinkedHashMap<>();
        skipSpace();
        if (pos < s.length() && s.charAt(pos) == '}') {
            pos++;
            return m;
        }
        while (true) {
            skipSpace();
            if (pos >= s.length()) {
                throw unexpectedEof();
            }
            if (s.charAt(pos) != '"') {
                throw new JsonError("invalid character " + quoteChar(s.charAt(pos))
                        + " looking for beginning of object key string", false);
            }
            String k = string();
            skipSpace();
            if (pos >= s.length()) {
                throw unexpectedEof();
            }
            if (s.charAt(pos) != ':') {
                throw new JsonError("invalid character " + quoteChar(s.charAt(pos)) + " after object key", false);
            }
            pos++;
            skipSpace();
            Object v = value();
            m.put(k, v);
            skipSpace();
            if (pos >= s.length()) {
                throw unexpectedEof();
            }
            char c = s.charAt(pos++);
            if (c == '}') {
                return m;
            }
            if (c != ',') {
                throw new JsonError("invalid character " + quoteChar(c) + " after object key:value pair", false);
            }
        }
    }

    private List<Object> array() {
        pos++; // [
        List<Object> l = new ArrayList<>();
        skipSpace();
        if (pos < s.length() && s.charAt(pos) == ']') {
            pos++;
            return l;
        }
        while (true) {
            skipSpace();
            l.add(value());
            skipSpace();
            if (pos >= s.length()) {
                throw unexpectedEof();
            }
            char c = s.charAt(pos++);
            if (c == ']') {
                return l;
            }
            if (c != ',') {
                throw new JsonError("invalid character " + quoteChar(c) + " after array element", false);
            }
        }
    }

    private String string() {
        pos++; // opening quote
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (pos >= s.length()) {
                throw unexpectedEof();
            }
            char c = s.charAt(pos++);
            if (c == '"') {
                return sb.toString();
            }
            if (c < 0x20) {
                throw new JsonError("invalid character " + quoteChar(c) + " in string literal", false);
            }
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            if (pos >= s.length()) {
                throw unexpectedEof();
            }
            char e = s.charAt(pos++);
            switch (e) {
                case '"', '\\', '/' -> sb.append(e);
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'u' -> {
                    if (pos + 4 > s.length()) {
                        throw unexpectedEof();
                    }
                    int cp = 0;
                    for (int i = 0; i < 4; i++) {
                        int d = Character.digit(s.charAt(pos + i), 16);
                        if (d < 0) {
                            throw new JsonError("invalid character " + quoteChar(s.charAt(pos + i))
                                    + " in \\u hexadecimal character escape", false);
                        }
                        cp = cp * 16 + d;
                    }
                    pos += 4;
                    sb.append((char) cp);
                }
                default -> throw new JsonError("invalid character " + quoteChar(e) + " in string escape code", false);
            }
        }
    }

    private Object number() {
        int start = pos;
        if (s.charAt(pos) == '-') {
            pos++;
            if (pos >= s.length()) {
                throw unexpectedEof();
            }
            char c = s.charAt(pos);
            if (!(c >= '0' && c <= '9')) {
                throw new JsonError("invalid character " + quoteChar(c) + " in numeric literal", false);
            }
        }
        if (s.charAt(pos) == '0') {
            pos++;
        } else {
            while (pos < s.length() && Character.isDigit(s.charAt(pos)) && s.charAt(pos) < 128) {
                pos++;
            }
        }
        if (pos < s.length() && s.charAt(pos) == '.') {
            pos++;
            if (pos >= s.length()) {
                throw unexpectedEof();
            }
            if (!(s.charAt(pos) >= '0' && s.charAt(pos) <= '9')) {
                throw new JsonError("invalid character " + quoteChar(s.charAt(pos))
                        + " after decimal point in numeric literal", false);
            }
            while (pos < s.length() && s.charAt(pos) >= '0' && s.charAt(pos) <= '9') {
                pos++;
            }
        }
        if (pos < s.length() && (s.charAt(pos) == 'e' || s.charAt(pos) == 'E')) {
            pos++;
            if (pos < s.length() && (s.charAt(pos) == '+' || s.charAt(pos) == '-')) {
                pos++;
            }
            if (pos >= s.length()) {
                throw unexpectedEof();
            }
            if (!(s.charAt(pos) >= '0' && s.charAt(pos) <= '9')) {
                throw new JsonError("invalid character " + quoteChar(s.charAt(pos))
                        + " in exponent of numeric literal", false);
            }
            while (pos < s.length() && s.charAt(pos) >= '0' && s.charAt(pos) <= '9') {
                pos++;
            }
        }
        String lit = s.substring(start, pos);
        if (useNumber) {
            return new Number(lit, new java.math.BigDecimal(lit));
        }
        double d = Double.parseDouble(lit);
        if (Double.isInfinite(d)) {
            throw new JsonError("json: cannot unmarshal number " + lit + " into Go value of type float64", false);
        }
        return d;
    }

    /** Go's {@code quoteChar} in encoding/json errors. */
    static String quoteChar(char c) {
        if (c == '\'') {
            return "'\\''";
        }
        if (c == '"') {
            return "'\"'";
        }
        String q = GoFmt.quote(String.valueOf(c));
        return "'" + q.substring(1, q.length() - 1) + "'";
    }
}
