package dev.capstan.values;

import dev.capstan.yaml.GoJsonDecoder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a values schema the way Helm's schema library does: {@code encoding/json} with
 * {@code UseNumber}, so numbers stay exact ({@link Number}); objects become {@code LinkedHashMap}
 * (a repeated key keeps its last value), arrays {@code ArrayList}. Everything else in the project
 * decodes JSON with {@link dev.capstan.yaml.GoJsonDecoder}; this class stays only because that
 * decoder has no UseNumber mode yet.
 */
public final class JsonValueReader {
    /** A syntax error; the message is Go's where it matters. */
    public static final class JsonError extends RuntimeException {
        JsonError(String message) {
            super(message, null, false, false);
        }
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

    private JsonValueReader(String s, int pos) {
        this.s = s;
        this.pos = pos;
    }

    /** {@code json.Unmarshal} with {@code UseNumber}: numbers become {@link Number}. */
    public static Object unmarshalUseNumber(String text) {
        JsonValueReader p = new JsonValueReader(text, 0);
        p.skipSpace();
        if (p.pos >= text.length()) {
            throw new JsonError("unexpected end of JSON input");
        }
        Object v = p.value();
        p.skipSpace();
        if (p.pos < text.length()) {
            throw new JsonError("invalid character " + GoJsonDecoder.quoteChar(text.charAt(p.pos)) + " after top-level value");
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
        return new JsonError("unexpected EOF");
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
                throw new JsonError("invalid character " + GoJsonDecoder.quoteChar(c) + " looking for beginning of value");
        }
    }

    private void literal(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (pos >= s.length()) {
                throw unexpectedEof();
            }
            char c = s.charAt(pos);
            if (c != word.charAt(i)) {
                throw new JsonError("invalid character " + GoJsonDecoder.quoteChar(c) + " in literal " + word + " (expecting "
                        + GoJsonDecoder.quoteChar(word.charAt(i)) + ")");
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
                throw new JsonError("invalid character " + GoJsonDecoder.quoteChar(s.charAt(pos))
                        + " looking for beginning of object key string");
            }
            String k = string();
            skipSpace();
            if (pos >= s.length()) {
                throw unexpectedEof();
            }
            if (s.charAt(pos) != ':') {
                throw new JsonError("invalid character " + GoJsonDecoder.quoteChar(s.charAt(pos)) + " after object key");
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
                throw new JsonError("invalid character " + GoJsonDecoder.quoteChar(c) + " after object key:value pair");
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
                throw new JsonError("invalid character " + GoJsonDecoder.quoteChar(c) + " after array element");
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
                throw new JsonError("invalid character " + GoJsonDecoder.quoteChar(c) + " in string literal");
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
                            throw new JsonError("invalid character " + GoJsonDecoder.quoteChar(s.charAt(pos + i))
                                    + " in \\u hexadecimal character escape");
                        }
                        cp = cp * 16 + d;
                    }
                    pos += 4;
                    sb.append((char) cp);
                }
                default -> throw new JsonError("invalid character " + GoJsonDecoder.quoteChar(e) + " in string escape code");
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
                throw new JsonError("invalid character " + GoJsonDecoder.quoteChar(c) + " in numeric literal");
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
                throw new JsonError("invalid character " + GoJsonDecoder.quoteChar(s.charAt(pos))
                        + " after decimal point in numeric literal");
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
                throw new JsonError("invalid character " + GoJsonDecoder.quoteChar(s.charAt(pos))
                        + " in exponent of numeric literal");
            }
            while (pos < s.length() && s.charAt(pos) >= '0' && s.charAt(pos) <= '9') {
                pos++;
            }
        }
        String lit = s.substring(start, pos);
        return new Number(lit, new java.math.BigDecimal(lit));
    }
}
