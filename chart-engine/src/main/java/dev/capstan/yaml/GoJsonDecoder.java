package dev.capstan.yaml;

import dev.capstan.gotemplate.GoFmt;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Go's {@code json.Unmarshal} into {@code interface{}} (and into a map or slice), with Go's error
 * texts. Numbers become {@code Double}, objects {@code LinkedHashMap<String, Object>} (the last
 * duplicate key wins), arrays {@code ArrayList}. As in Go, the whole text is checked for syntax
 * before anything is decoded, so a syntax error always wins over a type error.
 */
public final class GoJsonDecoder {
    private final String s;
    private int pos;
    /** Go keeps decoding after a number that overflows float64 and reports it at the end. */
    private String savedError;

    private GoJsonDecoder(String s) {
        this.s = s;
    }

    /** Decoder mode ({@code json.Decoder.Decode}): one value from the front, io.EOF texts. */
    private boolean stream;
    /** {@code json.Decoder.UseNumber}: numbers stay as written ({@link Number}). */
    private boolean useNumber;

    /**
     * A number kept as written, as {@code json.Number} is under {@code UseNumber}. Its exact value
     * is parsed on first use: a schema holds hundreds of numbers that are never compared, and in a
     * cold JVM BigDecimal's class initialisation alone (tables of powers built by big-number
     * arithmetic) cost 12-15 ms of a redis run and the run's only C2 compilations.
     */
    public static final class Number {
        private final String text;
        private BigDecimal value;

        public Number(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }

        /** The exact value (the text is a valid JSON number, so this cannot fail). */
        public BigDecimal value() {
            BigDecimal v = value;
            if (v == null) {
                v = new BigDecimal(text);
                value = v;
            }
            return v;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Number n && n.text.equals(text);
        }

        @Override
        public int hashCode() {
            return text.hashCode();
        }

        @Override
        public String toString() {
            return text;
        }
    }


    /**
     * One JSON value from the front of {@code text}, the way {@code json.NewDecoder(r).Decode(&v)}
     * reads it (Helm's {@code --set-json key=VALUE,...} parsing): leading blanks are skipped, the
     * value ends where it is complete (a number at the first byte that cannot continue it), and
     * what follows is left alone. Errors are the Decoder's: {@code EOF} for blank input,
     * {@code unexpected EOF} for a truncated value, else the usual syntax texts.
     *
     * @param value the decoded value
     * @param consumedChars UTF-16 units read (leading blanks and the value)
     * @param inputOffset the same in UTF-8 bytes, Go's {@code Decoder.InputOffset()}
     */
    public record Prefix(Object value, int consumedChars, long inputOffset) {
    }

    /** See {@link Prefix}. */
    public static Prefix decodePrefix(String text) {
        GoJsonDecoder p = new GoJsonDecoder(text);
        p.stream = true;
        p.skipSpace();
        if (p.pos >= text.length()) {
            throw new JsonException("EOF");
        }
        Object v = p.value("looking for beginning of value");
        if (p.savedError != null) {
            throw new JsonException(p.savedError, v);
        }
        String consumed = text.substring(0, p.pos);
        return new Prefix(v, p.pos, consumed.getBytes(StandardCharsets.UTF_8).length);
    }


    /** {@code json.Unmarshal(text, &v)} with {@code v interface{}}. */
    public static Object decode(String text) {
        return decode(text, null);
    }

    /**
     * As {@link #decode(String)} with {@code UseNumber}, the way Helm's schema library reads a
     * schema: every number is a {@link Number} holding its literal, so bounds stay exact.
     */
    public static Object decodeUseNumber(String text) {
        GoJsonDecoder p = new GoJsonDecoder(text);
        p.useNumber = true;
        return p.document();
    }

    /**
     * Decodes, then checks the top-level kind against the target (a mismatched value is skipped
     * whole in Go, so its inner errors never show), then reports a saved number error.
     */
    private static Object decode(String text, String target) {
        GoJsonDecoder p = new GoJsonDecoder(text);
        Object v = p.document();
        if (target != null && v != null && !(target.startsWith("map") ? v instanceof Map : v instanceof List)) {
            throw new JsonException("json: cannot unmarshal " + jsonKind(v) + " into Go value of type " + target);
        }
        if (p.savedError != null) {
            throw new JsonException(p.savedError, v);
        }
        return v;
    }

    /**
     * {@code json.Unmarshal} into a {@code map[string]interface{}}: {@code null} sets the map to
     * nil (returned as null); another kind fails with {@code json: cannot unmarshal array into Go
     * value of type map[string]interface {}}.
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> decodeMap(String text) {
        return (Map<String, Object>) decode(text, "map[string]interface {}");
    }

    /** {@code json.Unmarshal} into a {@code []interface{}}; {@code null} gives a nil slice (null). */
    @SuppressWarnings("unchecked")
    public static List<Object> decodeList(String text) {
        return (List<Object>) decode(text, "[]interface {}");
    }

    /** The JSON kind word Go's {@code UnmarshalTypeError} uses for a decoded value. */
    public static String jsonKind(Object v) {
        if (v instanceof Map) {
            return "object";
        }
        if (v instanceof List) {
            return "array";
        }
        if (v instanceof String) {
            return "string";
        }
        if (v instanceof Boolean) {
            return "bool";
        }
        return "number";
    }

    // ---- syntax ----------------------------------------------------------------------------

    private Object document() {
        skipSpace();
        Object v = value("looking for beginning of value");
        skipSpace();
        if (pos < s.length()) {
            throw invalid("after top-level value");
        }
        return v;
    }

    private Object value(String context) {
        if (pos >= s.length()) {
            throw eof();
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
                if (c == '-' || c >= '0' && c <= '9') {
                    return number();
                }
                throw invalid(context);
        }
    }

    private Map<String, Object> object() {
        pos++;
        Map<String, Object> m = new LinkedHashMap<>();
        skipSpace();
        if (pos < s.length() && s.charAt(pos) == '}') {
            pos++;
            return m;
        }
        while (true) {
            skipSpace();
            if (pos >= s.length()) {
                throw eof();
            }
            if (s.charAt(pos) != '"') {
                throw invalid("looking for beginning of object key string");
            }
            String key = string();
            skipSpace();
            if (pos >= s.length()) {
                throw eof();
            }
            if (s.charAt(pos) != ':') {
                throw invalid("after object key");
            }
            pos++;
            skipSpace();
            m.put(key, value("looking for beginning of value"));
            skipSpace();
            if (pos >= s.length()) {
                throw eof();
            }
            char c = s.charAt(pos);
            if (c == ',') {
                pos++;
                continue;
            }
            if (c == '}') {
                pos++;
                return m;
            }
            throw invalid("after object key:value pair");
        }
    }

    private List<Object> array() {
        pos++;
        List<Object> l = new ArrayList<>();
        skipSpace();
        if (pos < s.length() && s.charAt(pos) == ']') {
            pos++;
            return l;
        }
        while (true) {
            skipSpace();
            l.add(value("looking for beginning of value"));
            skipSpace();
            if (pos >= s.length()) {
                throw eof();
            }
            char c = s.charAt(pos);
            if (c == ',') {
                pos++;
                continue;
            }
            if (c == ']') {
                pos++;
                return l;
            }
            throw invalid("after array element");
        }
    }

    private String string() {
        pos++;
        StringBuilder sb = null;
        int start = pos;
        while (true) {
            if (pos >= s.length()) {
                throw eof();
            }
            char c = s.charAt(pos);
            if (c == '"') {
                String out = sb == null ? s.substring(start, pos) : sb.append(s, start, pos).toString();
                pos++;
                return out;
            }
            if (c < 0x20) {
                throw invalid("in string literal");
            }
            if (c == '\\') {
                if (sb == null) {
                    sb = new StringBuilder();
                }
                sb.append(s, start, pos);
                pos++;
                escape(sb);
                start = pos;
                continue;
            }
            pos++;
        }
    }

    private void escape(StringBuilder sb) {
        if (pos >= s.length()) {
            throw eof();
        }
        char c = s.charAt(pos);
        switch (c) {
            case '"', '\\', '/' -> sb.append(c);
            case 'b' -> sb.append('\b');
            case 'f' -> sb.append('\f');
            case 'n' -> sb.append('\n');
            case 'r' -> sb.append('\r');
            case 't' -> sb.append('\t');
            case 'u' -> {
                pos++;
                int cp = hex4();
                if (Character.isHighSurrogate((char) cp) && pos + 1 < s.length() && s.charAt(pos) == '\\'
                        && s.charAt(pos + 1) == 'u') {
                    int save = pos;
                    pos += 2;
                    int lo = hex4();
                    if (Character.isLowSurrogate((char) lo)) {
                        sb.append((char) cp).append((char) lo);
                        return;
                    }
                    pos = save;
                    sb.append('\uFFFD');
                    return;
                }
                sb.append(Character.isSurrogate((char) cp) ? '\uFFFD' : (char) cp);
                return;
            }
            default -> throw invalid("in string escape code");
        }
        pos++;
    }

    private int hex4() {
        int v = 0;
        for (int i = 0; i < 4; i++) {
            if (pos >= s.length()) {
                throw eof();
            }
            int d = Character.digit(s.charAt(pos), 16);
            if (d < 0 || s.charAt(pos) > 'f') {
                throw invalid("in \\u hexadecimal character escape");
            }
            v = v * 16 + d;
            pos++;
        }
        return v;
    }

    private void literal(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (pos >= s.length()) {
                throw eof();
            }
            if (s.charAt(pos) != word.charAt(i)) {
                if (i == 0) {
                    throw invalid("looking for beginning of value");
                }
                throw invalid("in literal " + word + " (expecting " + quoteChar(word.charAt(i)) + ")");
            }
            pos++;
        }
    }

    private Object number() {
        int start = pos;
        if (s.charAt(pos) == '-') {
            pos++;
            if (pos >= s.length()) {
                throw eof();
            }
            if (!digit(s.charAt(pos))) {
                throw invalid("in numeric literal");
            }
        }
        if (s.charAt(pos) == '0') {
            pos++;
        } else {
            while (pos < s.length() && digit(s.charAt(pos))) {
                pos++;
            }
        }
        if (pos < s.length() && s.charAt(pos) == '.') {
            pos++;
            if (pos >= s.length()) {
                throw eof();
            }
            if (!digit(s.charAt(pos))) {
                throw invalid("after decimal point in numeric literal");
            }
            while (pos < s.length() && digit(s.charAt(pos))) {
                pos++;
            }
        }
        if (pos < s.length() && (s.charAt(pos) == 'e' || s.charAt(pos) == 'E')) {
            pos++;
            if (pos < s.length() && (s.charAt(pos) == '+' || s.charAt(pos) == '-')) {
                pos++;
            }
            if (pos >= s.length()) {
                throw eof();
            }
            if (!digit(s.charAt(pos))) {
                throw invalid("in exponent of numeric literal");
            }
            while (pos < s.length() && digit(s.charAt(pos))) {
                pos++;
            }
        }
        String text = s.substring(start, pos);
        if (useNumber) {
            return new Number(text);
        }
        double d = Double.parseDouble(text);
        if (Double.isInfinite(d)) {
            if (savedError == null) {
                savedError = "json: cannot unmarshal number " + text + " into Go value of type float64";
            }
            return null;
        }
        return d;
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    private void skipSpace() {
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    private JsonException eof() {
        return new JsonException(stream ? "unexpected EOF" : "unexpected end of JSON input");
    }

    private JsonException invalid(String context) {
        return new JsonException("invalid character " + quoteChar(firstByte()) + " " + context);
    }

    /** Go's scanner works on bytes: for a non-ASCII character it reports the first UTF-8 byte. */
    private int firstByte() {
        int cp = s.codePointAt(pos);
        if (cp < 0x80) {
            return cp;
        }
        byte[] b = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
        return b[0] & 0xff;
    }

    /** Go's {@code quoteChar}: the byte as a rune in single quotes, escaped like strconv.Quote. */
    public static String quoteChar(int c) {
        if (c == '\'') {
            return "'\\''";
        }
        if (c == '"') {
            return "'\"'";
        }
        String q = GoFmt.quote(new String(Character.toChars(c)));
        return "'" + q.substring(1, q.length() - 1) + "'";
    }
}
