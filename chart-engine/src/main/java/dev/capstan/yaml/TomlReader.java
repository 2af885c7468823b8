package dev.capstan.yaml;

import dev.capstan.gotemplate.GoFmt;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * TOML decoding into {@code map[string]interface{}} the way BurntSushi/toml v1.6.0 does it for
 * Helm's {@code fromToml}: integers are {@code Long}, floats {@code Double}, date-times
 * {@link TomlDateTime}, arrays of tables lists of maps. Errors read like BurntSushi's
 * {@code toml: line N (last key "k"): message}; the common mistakes are checked against the
 * reference Helm, rarer ones may be worded differently.
 */
final class TomlReader {
    private final String s;
    private int pos;
    private int line = 1;

    private final Map<String, Object> root = new LinkedHashMap<>();
    /** Keys (dotted, joined with NUL) of tables created implicitly by a header or dotted key. */
    private final Set<String> implicit = new HashSet<>();
    /** Keys of tables defined by a [header] or as a value (so they cannot be defined again). */
    private final Set<String> defined = new HashSet<>();
    private List<String> context = new ArrayList<>();
    private String currentKey = "";

    private TomlReader(String s) {
        this.s = s;
    }

    static Map<String, Object> read(String text) {
        TomlReader r = new TomlReader(text);
        r.document();
        return r.root;
    }

    // ---- document structure ------------------------------------------------------------------

    private void document() {
        if (s.indexOf('\0') >= 0) {
            throw new TomlException("toml: line 1: files cannot contain NULL bytes; probably using UTF-16; TOML files must be UTF-8");
        }
        while (true) {
            skipBlankLinesAndComments();
            if (pos >= s.length()) {
                return;
            }
            char c = s.charAt(pos);
            if (c == '[') {
                if (peek(1) == '[') {
                    pos += 2;
                    List<String> key = headerKey("]]");
                    addContext(key, true);
                } else {
                    pos++;
                    List<String> key = headerKey("]");
                    addContext(key, false);
                }
            } else {
                keyValue(null);
            }
            endOfItem();
        }
    }

    private void endOfItem() {
        skipWs();
        if (pos >= s.length()) {
            return;
        }
        char c = s.charAt(pos);
        if (c == '#') {
            comment();
            return;
        }
        if (c == '\n') {
            pos++;
            line++;
            return;
        }
        if (c == '\r' && peek(1) == '\n') {
            pos += 2;
            line++;
            return;
        }
        throw error("expected a top-level item to end with a newline, comment, or EOF, but got " + quoteRune(c) + " instead");
    }

    private void skipBlankLinesAndComments() {
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c == ' ' || c == '\t') {
                pos++;
            } else if (c == '\n') {
                pos++;
                line++;
            } else if (c == '\r' && peek(1) == '\n') {
                pos += 2;
                line++;
            } else if (c == '#') {
                comment();
            } else {
                return;
            }
        }
    }

    private void comment() {
        while (pos < s.length() && s.charAt(pos) != '\n') {
            char c = s.charAt(pos);
            if (c < 0x20 && c != '\t' && !(c == '\r' && peek(1) == '\n') || c == 0x7f) {
                throw error("TOML files cannot contain control characters: '0x" + String.format("%02x", (int) c) + "'");
            }
            pos++;
        }
    }

    private List<String> headerKey(String close) {
        skipWs();
        if (pos < s.length() && s.charAt(pos) == ']') {
            throw error("unexpected end of table name (table names cannot be empty)");
        }
        if (pos < s.length() && s.charAt(pos) == '.') {
            throw error("unexpected table separator (table names cannot be empty)");
        }
        List<String> key = new ArrayList<>();
        while (true) {
            skipWs();
            char c0 = pos < s.length() ? s.charAt(pos) : ']';
            if (c0 == ']') {
                throw error("unexpected end of table name (table names cannot be empty)");
            }
            if (c0 == '.') {
                throw error("unexpected table separator (table names cannot be empty)");
            }
            key.add(tableNamePart());
            skipWs();
            if (pos < s.length() && s.charAt(pos) == '.') {
                pos++;
                continue;
            }
            if (s.startsWith(close, pos)) {
                pos += close.length();
                return key;
            }
            if (close.equals("]]") && pos < s.length() && s.charAt(pos) == ']') {
                throw error("expected end of table array name delimiter ']', but got "
                        + quoteRune(pos + 1 < s.length() ? s.charAt(pos + 1) : '\0') + " instead");
            }
            char c = pos < s.length() ? s.charAt(pos) : '\0';
            if (c == '\n') {
                line++;
            }
            throw error("expected '.' or ']' to end table name, but got " + quoteRune(c) + " instead");
        }
    }

    /** One part of a table name (lexTableNameStart: an empty bare part is left to the end check). */
    private String tableNamePart() {
        char c = s.charAt(pos);
        if (c == '"') {
            return basicString();
        }
        if (c == '\'') {
            return literalString();
        }
        int start = pos;
        while (pos < s.length() && isBareKeyChar(s.charAt(pos))) {
            pos++;
        }
        return s.substring(start, pos);
    }

    /** One part of a key; {@code first} for the first part of a key/value line (lexKeyStart). */
    private String simpleKey(boolean first) {
        char c = pos < s.length() ? s.charAt(pos) : '\0';
        if (first && (c == '=' || pos >= s.length())) {
            throw error("unexpected '=': key name appears blank");
        }
        if (first && c == '.') {
            throw error("unexpected '.': keys cannot start with a '.'");
        }
        if (!first && (c == '=' || pos >= s.length())) {
            throw error("unexpected '='");
        }
        if (!first && c == '.') {
            throw error("unexpected '.'");
        }
        if (c == '"') {
            return basicString();
        }
        if (c == '\'') {
            return literalString();
        }
        int start = pos;
        while (pos < s.length() && isBareKeyChar(s.charAt(pos))) {
            pos++;
        }
        return s.substring(start, pos);
    }

    /** key = value, at the top level (target null) or inside an inline table. */
    private void keyValue(Map<String, Object> inlineTarget) {
        List<String> key = new ArrayList<>();
        while (true) {
            skipWs();
            key.add(simpleKey(key.isEmpty()));
            skipWs();
            if (pos >= s.length()) {
                throw error("unexpected EOF; expected key separator '='");
            }
            char c = s.charAt(pos);
            if (c == '.') {
                pos++;
                continue;
            }
            if (c == '=') {
                pos++;
                break;
            }
            if (c == '\n') {
                throw error("expected '.' or '=', but got " + quoteRune(c) + " instead");
            }
            throw error("expected '.' or '=', but got " + quoteRune(c) + " instead");
        }
        if (inlineTarget != null) {
            Map<String, Object> m = inlineTarget;
            List<String> tableContext = context;
            currentKey = key.get(key.size() - 1);
            List<String> ctx = new ArrayList<>(context);
            for (int i = 0; i < key.size() - 1; i++) {
                ctx.add(key.get(i));
                Object o = m.computeIfAbsent(key.get(i), k -> new LinkedHashMap<String, Object>());
                if (!(o instanceof Map)) {
                    throw error("Key '" + dotted(ctx) + "' has already been defined.");
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> next = (Map<String, Object>) o;
                m = next;
            }
            context = ctx;
            skipWs();
            Object v = value();
            if (m.containsKey(currentKey)) {
                List<String> full = new ArrayList<>(ctx);
                full.add(currentKey);
                throw error("Key '" + dotted(full) + "' has already been defined.");
            }
            m.put(currentKey, v);
            context = tableContext;
            return;
        }
        List<String> outer = context;
        currentKey = key.get(key.size() - 1);
        List<String> ctx = new ArrayList<>(context);
        for (int i = 0; i < key.size() - 1; i++) {
            ctx.add(key.get(i));
            ensureImplicitTable(ctx);
        }
        context = ctx;
        skipWs();
        Object v = value();
        setValue(currentKey, v);
        context = outer;
        currentKey = "";
    }

    // ---- tables --------------------------------------------------------------------------------

    private void addContext(List<String> key, boolean array) {
        Map<String, Object> hash = root;
        List<String> keyContext = new ArrayList<>();
        for (String k : key.subList(0, key.size() - 1)) {
            keyContext.add(k);
            if (!hash.containsKey(k)) {
                implicit.add(id(keyContext));
                hash.put(k, new LinkedHashMap<String, Object>());
            }
            hash = descend(hash.get(k), keyContext, "Key '" + dotted(keyContext) + "' was already created as a hash.");
        }
        context = keyContext;
        String last = key.get(key.size() - 1);
        if (array) {
            Object existing = hash.get(last);
            if (existing == null) {
                existing = new ArrayTables();
                hash.put(last, existing);
            }
            if (!(existing instanceof ArrayTables tables)) {
                throw error("Key '" + dotted(key) + "' was already created and cannot be used as an array.");
            }
            tables.add(new LinkedHashMap<String, Object>());
        } else {
            setValue(last, new LinkedHashMap<String, Object>(), true);
        }
        context = new ArrayList<>(key);
    }

    /** A list of tables made by [[header]]s (only those may receive further [[header]] entries). */
    private static final class ArrayTables extends ArrayList<Object> {
    }

    private void ensureImplicitTable(List<String> path) {
        Map<String, Object> hash = root;
        for (int i = 0; i < path.size(); i++) {
            String k = path.get(i);
            List<String> sub = path.subList(0, i + 1);
            if (!hash.containsKey(k)) {
                implicit.add(id(sub));
                hash.put(k, new LinkedHashMap<String, Object>());
            }
            hash = descend(hash.get(k), sub, "Key '" + dotted(sub) + "' has already been defined.");
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> descend(Object o, List<String> path, String message) {
        if (o instanceof ArrayTables t) {
            return (Map<String, Object>) t.get(t.size() - 1);
        }
        if (o instanceof Map) {
            return (Map<String, Object>) o;
        }
        throw error(message);
    }

    private void setValue(String key, Object value) {
        setValue(key, value, false);
    }

    private void setValue(String key, Object value, boolean table) {
        Map<String, Object> hash = root;
        List<String> keyContext = new ArrayList<>();
        for (String k : context) {
            keyContext.add(k);
            hash = descend(hash.get(k), keyContext, "Key '" + dotted(keyContext) + "' has already been defined.");
        }
        keyContext.add(key);
        String id = id(keyContext);
        if (hash.containsKey(key)) {
            if (!table && value instanceof Map<?, ?> inline && !inline.isEmpty() && hash.get(key) instanceof Map) {
                // BurntSushi writes an inline table's entries one by one: the first clash is inside.
                keyContext.add((String) inline.keySet().iterator().next());
                List<String> saved = context;
                String savedKey = currentKey;
                context = keyContext.subList(0, keyContext.size() - 1);
                currentKey = keyContext.get(keyContext.size() - 1);
                TomlException e = error("Key '" + dotted(keyContext) + "' has already been defined.");
                context = saved;
                currentKey = savedKey;
                throw e;
            }
            if (table && implicit.contains(id) && hash.get(key) instanceof Map && !defined.contains(id)) {
                implicit.remove(id);
                defined.add(id);
                return;
            }
            throw error("Key '" + dotted(keyContext) + "' has already been defined.");
        }
        if (table) {
            defined.add(id);
        }
        hash.put(key, value);
    }

    private static String id(List<String> key) {
        return String.join("\0", key);
    }

    // ---- values --------------------------------------------------------------------------------

    private Object value() {
        if (pos >= s.length()) {
            throw error("unexpected EOF; expected value");
        }
        char c = s.charAt(pos);
        switch (c) {
            case '"':
                if (s.startsWith("\"\"\"", pos)) {
                    return multilineBasic();
                }
                return basicString();
            case '\'':
                if (s.startsWith("'''", pos)) {
                    return multilineLiteral();
                }
                return literalString();
            case '[':
                return array();
            case '{':
                return inlineTable();
            default:
                break;
        }
        return scalarToken();
    }

    private enum Tok { INTEGER, FLOAT, DATETIME, BOOL }

    /** BurntSushi's lexer states for a bare value (lexValue, lexNumberOrDate, lexFloat, lexBool...). */
    private Object scalarToken() {
        int start = pos;
        char c = s.charAt(pos);
        if (c >= '0' && c <= '9') {
            return convert(numberOrDate(), s.substring(start, pos));
        }
        if (c == '.') {
            throw error("floats must start with a digit, not '.'");
        }
        if (c == '+' || c == '-') {
            pos++;
            char d = pos < s.length() ? s.charAt(pos) : '\0';
            if (d == 'i' || d == 'n') {
                String word = d == 'i' ? "inf" : "nan";
                if (!s.startsWith(word, pos)) {
                    int j = pos + 1;
                    while (j < s.length() && j < pos + 3 && s.charAt(j) == word.charAt(j - pos)) {
                        j++;
                    }
                    throw error("invalid float: '" + s.substring(start, Math.min(j + 1, s.length())) + "'");
                }
                pos += 3;
                return convert(Tok.FLOAT, s.substring(start, pos));
            }
            if (d == '0' && pos + 1 < s.length() && "box".indexOf(s.charAt(pos + 1)) >= 0) {
                throw error("cannot use sign with non-decimal numbers: '" + s.substring(start, pos + 1) + s.charAt(pos + 1) + "'");
            }
            if (d == '.') {
                throw error("floats must start with a digit, not '.'");
            }
            if (!(d >= '0' && d <= '9')) {
                throw error("expected a digit but got " + (pos < s.length() ? quoteRune(d) : "'\\x00'"));
            }
            return convert(decimalNumber(), s.substring(start, pos));
        }
        if (c == 'i' || c == 'n') {
            // lexValue: accept("n") && accept("f") || accept("a") && accept("n"); on failure it
            // backs up a single rune, so lexBool may start one letter late.
            int p = pos + 1;
            boolean ok = false;
            if (p < s.length() && s.charAt(p) == 'n') {
                p++;
                if (p < s.length() && s.charAt(p) == 'f') {
                    p++;
                    ok = true;
                }
            }
            if (!ok && p < s.length() && s.charAt(p) == 'a') {
                p++;
                if (p < s.length() && s.charAt(p) == 'n') {
                    p++;
                    ok = true;
                }
            }
            if (ok) {
                pos = p;
                return convert(Tok.FLOAT, s.substring(start, pos));
            }
            start = p - 1;
            pos = start;
            if (pos >= s.length() || !Character.isLetter(s.charAt(pos))) {
                throw error("expected value but found \"\" instead");
            }
        }
        if (Character.isLetter(c)) {
            while (pos < s.length() && Character.isLetter(s.charAt(pos))) {
                pos++;
            }
            String word = s.substring(start, pos);
            if (word.equals("true") || word.equals("false")) {
                return Boolean.valueOf(word);
            }
            throw error("expected value but found " + GoFmt.quote(word) + " instead");
        }
        if (c == '\n' || c == '\r') {
            throw error("expected value but found " + quoteRune(c) + " instead");
        }
        throw error("expected value but found " + quoteRune(c) + " instead");
    }

    private Tok numberOrDate() {
        if (s.charAt(pos) == '0') {
            pos++;
            char r = pos < s.length() ? s.charAt(pos) : '\0';
            if (r >= '0' && r <= '9') {
                return numberOrDateRest();
            }
            switch (r) {
                case '_':
                    return decimalNumber();
                case '.': case 'e': case 'E':
                    return floatRest();
                case 'b': case 'o': case 'x': {
                    pos++;
                    int radix = r == 'b' ? 2 : r == 'o' ? 8 : 16;
                    char n = pos < s.length() ? s.charAt(pos) : '\0';
                    if (Character.digit(n, radix) < 0 || n > 'f') {
                        String what = radix == 2 ? "a binary" : radix == 8 ? "an octal" : "a hexadecimal";
                        throw error("not " + what + " number: '0" + r + n + "'");
                    }
                    while (pos < s.length() && (s.charAt(pos) == '_' || Character.digit(s.charAt(pos), radix) >= 0 && s.charAt(pos) < 'g')) {
                        pos++;
                    }
                    return Tok.INTEGER;
                }
                default:
                    return Tok.INTEGER;
            }
        }
        return numberOrDateRest();
    }

    private Tok numberOrDateRest() {
        while (pos < s.length()) {
            char r = s.charAt(pos);
            if (r >= '0' && r <= '9') {
                pos++;
                continue;
            }
            if (r == '-' || r == ':') {
                while (pos < s.length() && "0123456789-:Tt .Zz+".indexOf(s.charAt(pos)) >= 0) {
                    pos++;
                }
                return Tok.DATETIME;
            }
            if (r == '_') {
                return decimalNumber();
            }
            if (r == '.' || r == 'e' || r == 'E') {
                return floatRest();
            }
            break;
        }
        return Tok.INTEGER;
    }

    private Tok decimalNumber() {
        while (pos < s.length()) {
            char r = s.charAt(pos);
            if (r >= '0' && r <= '9' || r == '_') {
                pos++;
            } else if (r == '.' || r == 'e' || r == 'E') {
                return floatRest();
            } else {
                break;
            }
        }
        return Tok.INTEGER;
    }

    private Tok floatRest() {
        pos++;
        while (pos < s.length() && "0123456789_.-+eE".indexOf(s.charAt(pos)) >= 0) {
            pos++;
        }
        return Tok.FLOAT;
    }

    private Object convert(Tok tok, String text) {
        if (tok == Tok.DATETIME) {
            String t = text.stripTrailing();
            pos -= text.length() - t.length();
            return dateTimeValue(t);
        }
        if (tok == Tok.FLOAT) {
            return floatValue(text);
        }
        return intValue(text);
    }

    private static boolean isValueChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                || c == '_' || c == '-' || c == '+' || c == '.' || c == ':';
    }

    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern TIME = Pattern.compile("(\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d+))?)?");
    private static final Pattern DATETIME = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})[Tt ](\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d+))?)?([Zz]|[+-]\\d{2}:\\d{2})?");
    private static final Pattern DEC_INT = Pattern.compile("[+-]?[0-9][0-9_]*");
    private static final Pattern FLOAT = Pattern.compile("[+-]?[0-9]+(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

    private Object intValue(String t) {
        if (t.length() > 2 && t.charAt(0) == '0' && "xob".indexOf(t.charAt(1)) >= 0) {
            return radixInt(t);
        }
        checkUnderscores(t, "integer");
        if (hasLeadingZero(t)) {
            throw error("Invalid integer " + GoFmt.quote(t) + ": cannot have leading zeroes");
        }
        BigInteger v = new BigInteger(t.replace("_", "").replace("+", ""));
        if (v.bitLength() > 63) {
            throw error(t + " is out of range for int64");
        }
        return v.longValue();
    }

    private Object floatValue(String t) {
        switch (t) {
            case "inf": case "+inf":
                return Double.POSITIVE_INFINITY;
            case "-inf":
                return Double.NEGATIVE_INFINITY;
            case "nan": case "+nan":
                return Double.NaN;
            case "-nan":
                return Math.copySign(Double.NaN, -1.0);
            default:
                break;
        }
        String[] parts = t.split("[.eE]");
        for (String part : parts) {
            if (!part.isEmpty() && !underscoresOk(part)) {
                throw error("Invalid float " + GoFmt.quote(t) + ": underscores must be surrounded by digits");
            }
        }
        if (parts.length > 0 && hasLeadingZero(parts[0])) {
            throw error("Invalid float " + GoFmt.quote(t) + ": cannot have leading zeroes");
        }
        if (!periodsOk(t)) {
            throw error("Invalid float " + GoFmt.quote(t) + ": '.' must be followed by one or more digits");
        }
        String plain = t.replace("_", "");
        if (!FLOAT.matcher(plain).matches()) {
            throw error("Invalid float value: " + GoFmt.quote(t));
        }
        double d = Double.parseDouble(plain);
        if (Double.isInfinite(d)) {
            throw error(t + " is out of range for float64");
        }
        return d;
    }

    private Object dateTimeValue(String t) {
        String v = t.replace('z', 'Z').replace('t', 'T').replace(' ', 'T');
        Matcher m;
        try {
            if ((m = DATETIME.matcher(v)).matches()) {
                return dateTime(t, m);
            }
            if (DATE.matcher(v).matches()) {
                return TomlDateTime.localDate(LocalDate.parse(v));
            }
            if ((m = TIME.matcher(v)).matches()) {
                return TomlDateTime.localTime(time(m.group(1), m.group(2), m.group(3), m.group(4)));
            }
        } catch (TomlException e) {
            throw e;
        } catch (RuntimeException e) {
            // falls through to Go's wording
        }
        throw error("invalid datetime: " + GoFmt.quote(v));
    }

    private Object radixInt(String t) {
        int radix = t.charAt(1) == 'x' ? 16 : t.charAt(1) == 'o' ? 8 : 2;
        String digits = t.substring(2);
        checkUnderscores(digits, "integer");
        String plain = digits.replace("_", "");
        for (char c : plain.toCharArray()) {
            if (Character.digit(c, radix) < 0) {
                String what = radix == 16 ? "hexadecimal" : radix == 8 ? "octal" : "binary";
                throw error("not a" + (radix == 8 ? "n " : " ") + what + " number: '" + t.substring(0, t.indexOf(c)) + c + "'");
            }
        }
        BigInteger v = new BigInteger(plain, radix);
        if (v.bitLength() > 63) {
            throw error(t + " is out of range for int64");
        }
        return v.longValue();
    }

    private void checkUnderscores(String t, String what) {
        if (!underscoresOk(t)) {
            throw error("Invalid " + what + " " + GoFmt.quote(t) + ": underscores must be surrounded by digits");
        }
    }

    private static boolean underscoresOk(String s) {
        boolean accept = false;
        for (char c : s.toCharArray()) {
            if (c == '_' && !accept) {
                return false;
            }
            accept = Character.digit(c, 16) >= 0 && c < 0x80;
        }
        return accept;
    }

    private static boolean hasLeadingZero(String s) {
        if (s.length() > 1 && s.charAt(0) == '0' && "box".indexOf(s.charAt(1)) < 0) {
            return true;
        }
        return s.length() > 2 && (s.charAt(0) == '-' || s.charAt(0) == '+') && s.charAt(1) == '0';
    }

    private static boolean periodsOk(String s) {
        boolean period = false;
        for (char c : s.toCharArray()) {
            if (period && !(c >= '0' && c <= '9')) {
                return false;
            }
            period = c == '.';
        }
        return !period;
    }

    private Object dateTime(String t, Matcher m) {
        try {
            LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            LocalTime time = time(m.group(4), m.group(5), m.group(6), m.group(7));
            LocalDateTime ldt = d.atTime(time);
            String zone = m.group(8);
            if (zone == null) {
                return TomlDateTime.local(ldt, TomlDateTime.Kind.LOCAL_DATETIME);
            }
            ZoneOffset off = zone.equalsIgnoreCase("z") ? ZoneOffset.UTC : ZoneOffset.of(zone);
            return new TomlDateTime(TomlDateTime.Kind.OFFSET, OffsetDateTime.of(ldt, off));
        } catch (RuntimeException e) {
            throw error("invalid datetime: " + GoFmt.quote(t));
        }
    }

    private static LocalTime time(String h, String m, String sec, String frac) {
        int nanos = 0;
        if (frac != null) {
            String f = (frac + "000000000").substring(0, 9);
            nanos = Integer.parseInt(f);
        }
        return LocalTime.of(Integer.parseInt(h), Integer.parseInt(m), sec == null ? 0 : Integer.parseInt(sec), nanos);
    }

    private List<Object> array() {
        pos++;
        List<Object> out = new ArrayList<>();
        while (true) {
            skipWsNewlinesComments();
            if (pos >= s.length()) {
                throw error("unexpected EOF; expected value");
            }
            if (s.charAt(pos) == ']') {
                pos++;
                return out;
            }
            if (s.charAt(pos) == ',') {
                throw error("unexpected comma");
            }
            out.add(value());
            skipWsNewlinesComments();
            if (pos >= s.length()) {
                throw error("expected a comma (',') or array terminator (']'), but got end of file");
            }
            char c = s.charAt(pos);
            if (c == ',') {
                pos++;
            } else if (c == ']') {
                pos++;
                return out;
            } else {
                throw error("expected a comma (',') or array terminator (']'), but got '" + c + "'");
            }
        }
    }

    private Map<String, Object> inlineTable() {
        List<String> savedContext = context;
        String savedKey = currentKey;
        if (!currentKey.isEmpty()) {
            context = new ArrayList<>(context);
            context.add(currentKey);
            currentKey = "";
        }
        Map<String, Object> out = inlineTableBody();
        context = savedContext;
        currentKey = savedKey;
        return out;
    }

    private Map<String, Object> inlineTableBody() {
        pos++;
        Map<String, Object> out = new LinkedHashMap<>();
        skipWsNewlinesComments();
        if (pos < s.length() && s.charAt(pos) == '}') {
            pos++;
            return out;
        }
        while (true) {
            skipWsNewlinesComments();
            if (pos < s.length() && s.charAt(pos) == ',') {
                throw error("unexpected comma");
            }
            keyValue(out);
            skipWsNewlinesComments();
            if (pos >= s.length()) {
                throw error("expected a comma or an inline table terminator '}', but got end of file instead");
            }
            char c = s.charAt(pos);
            if (c == ',') {
                pos++;
                skipWsNewlinesComments();
                if (pos < s.length() && s.charAt(pos) == '}') {
                    pos++;
                    return out;
                }
            } else if (c == '}') {
                pos++;
                return out;
            } else {
                throw error("expected a comma or an inline table terminator '}', but got '" + c + "' instead");
            }
        }
    }

    // ---- strings -------------------------------------------------------------------------------

    private String basicString() {
        pos++;
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (pos >= s.length()) {
                throw error("unexpected EOF; expected '\"'");
            }
            char c = s.charAt(pos);
            if (c == '"') {
                pos++;
                return sb.toString();
            }
            if (c == '\n' || c == '\r' && peek(1) == '\n') {
                throw error("strings cannot contain newlines");
            }
            if (c == '\\') {
                pos++;
                escape(sb);
                continue;
            }
            controlCheck(c);
            sb.append(c);
            pos++;
        }
    }

    private String multilineBasic() {
        pos += 3;
        if (newlineAt(pos) > 0) {
            pos += newlineAt(pos);
            line++;
        }
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (pos >= s.length()) {
                throw error("unexpected EOF; expected '\"\"\"'");
            }
            if (s.startsWith("\"\"\"", pos)) {
                int q = 3;
                while (q < 5 && pos + q < s.length() && s.charAt(pos + q) == '"') {
                    q++;
                }
                sb.append("\"".repeat(q - 3));
                pos += q;
                return sb.toString();
            }
            char c = s.charAt(pos);
            if (c == '\\') {
                int j = pos + 1;
                while (j < s.length() && (s.charAt(j) == ' ' || s.charAt(j) == '\t')) {
                    j++;
                }
                if (newlineAt(j) > 0) {
                    pos = j;
                    while (pos < s.length()) {
                        int nl = newlineAt(pos);
                        if (nl > 0) {
                            pos += nl;
                            line++;
                        } else if (s.charAt(pos) == ' ' || s.charAt(pos) == '\t') {
                            pos++;
                        } else {
                            break;
                        }
                    }
                    continue;
                }
                pos++;
                escape(sb);
                continue;
            }
            int nl = newlineAt(pos);
            if (nl > 0) {
                sb.append('\n');
                pos += nl;
                line++;
                continue;
            }
            controlCheck(c);
            sb.append(c);
            pos++;
        }
    }

    private String literalString() {
        pos++;
        int start = pos;
        while (true) {
            if (pos >= s.length()) {
                throw error("unexpected EOF; expected \"'\"");
            }
            char c = s.charAt(pos);
            if (c == '\'') {
                String out = s.substring(start, pos);
                pos++;
                return out;
            }
            if (c == '\n' || c == '\r' && peek(1) == '\n') {
                throw error("strings cannot contain newlines");
            }
            controlCheck(c);
            pos++;
        }
    }

    private String multilineLiteral() {
        pos += 3;
        if (newlineAt(pos) > 0) {
            pos += newlineAt(pos);
            line++;
        }
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (pos >= s.length()) {
                throw error("unexpected EOF; expected \"'''\"");
            }
            if (s.startsWith("'''", pos)) {
                int q = 3;
                while (q < 5 && pos + q < s.length() && s.charAt(pos + q) == '\'') {
                    q++;
                }
                sb.append("'".repeat(q - 3));
                pos += q;
                return sb.toString();
            }
            int nl = newlineAt(pos);
            if (nl > 0) {
                sb.append('\n');
                pos += nl;
                line++;
                continue;
            }
            char c = s.charAt(pos);
            controlCheck(c);
            sb.append(c);
            pos++;
        }
    }

    private void escape(StringBuilder sb) {
        if (pos >= s.length()) {
            throw error("unexpected EOF; expected '\"'");
        }
        char c = s.charAt(pos);
        pos++;
        switch (c) {
            case 'b' -> sb.append('\b');
            case 't' -> sb.append('\t');
            case 'n' -> sb.append('\n');
            case 'f' -> sb.append('\f');
            case 'r' -> sb.append('\r');
            case 'e' -> sb.append('\u001b');
            case '"' -> sb.append('"');
            case '\\' -> sb.append('\\');
            case 'x' -> sb.appendCodePoint(hex(2, "expected two hexadecimal digits after '\\x'"));
            case 'u' -> sb.appendCodePoint(hex(4, "expected four hexadecimal digits after '\\u'"));
            case 'U' -> sb.appendCodePoint(hex(8, "expected eight hexadecimal digits after '\\U'"));
            default -> throw error("invalid escape in string '\\" + c + "'");
        }
    }

    private int hex(int n, String message) {
        if (pos + n > s.length()) {
            throw error(message + ", but got " + GoFmt.quote(s.substring(pos - 2)) + " instead");
        }
        String h = s.substring(pos, pos + n);
        for (char c : h.toCharArray()) {
            if (Character.digit(c, 16) < 0 || c > 'f') {
                throw error(message + ", but got " + GoFmt.quote(s.substring(pos - 2, pos + n)) + " instead");
            }
        }
        pos += n;
        int cp = (int) Long.parseLong(h, 16);
        if (cp > 0x10FFFF || cp >= 0xD800 && cp <= 0xDFFF) {
            throw error("invalid escape in string '\\u" + h + "'");
        }
        return cp;
    }

    private void controlCheck(char c) {
        if (c < 0x20 && c != '\t' || c == 0x7f) {
            throw error("TOML files cannot contain control characters: '0x" + String.format("%02x", (int) c) + "'");
        }
    }

    // ---- helpers -------------------------------------------------------------------------------

    private int newlineAt(int i) {
        if (i < s.length() && s.charAt(i) == '\n') {
            return 1;
        }
        if (i + 1 < s.length() && s.charAt(i) == '\r' && s.charAt(i + 1) == '\n') {
            return 2;
        }
        return 0;
    }

    private char peek(int ahead) {
        return pos + ahead < s.length() ? s.charAt(pos + ahead) : '\0';
    }

    private void skipWs() {
        while (pos < s.length() && (s.charAt(pos) == ' ' || s.charAt(pos) == '\t')) {
            pos++;
        }
    }

    private void skipWsNewlinesComments() {
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c == ' ' || c == '\t') {
                pos++;
            } else if (newlineAt(pos) > 0) {
                pos += newlineAt(pos);
                line++;
            } else if (c == '#') {
                comment();
            } else {
                return;
            }
        }
    }

    private static boolean isBareKeyChar(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-';
    }

    private static String dotted(List<String> key) {
        List<String> parts = new ArrayList<>();
        for (String k : key) {
            boolean bare = !k.isEmpty();
            for (char c : k.toCharArray()) {
                bare &= isBareKeyChar(c);
            }
            parts.add(k.isEmpty() ? "\"\"" : bare ? k : TomlWriter.quoted(k));
        }
        return String.join(".", parts);
    }

    /** Go's {@code %q} of a rune. */
    private static String quoteRune(char c) {
        if (c == '\0') {
            return "'\\x00'";
        }
        return JsonQuote.rune(c);
    }

    private TomlException error(String message) {
        String last;
        if (currentKey.isEmpty()) {
            last = dotted(context);
        } else if (context.isEmpty()) {
            last = currentKey;
        } else {
            last = dotted(context) + "." + currentKey;
        }
        // At the end of the text Go's lexer has backed up over the final newline.
        int l = pos >= s.length() && s.endsWith("\n") && line > 1 ? line - 1 : line;
        return new TomlException("toml: line " + l + (last.isEmpty() ? "" : " (last key " + GoFmt.quote(last) + ")")
                + ": " + message);
    }

    /** Go's rune quoting ({@code %q} of a rune). */
    private static final class JsonQuote {
        static String rune(char c) {
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
}
