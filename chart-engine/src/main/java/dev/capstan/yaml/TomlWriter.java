package dev.capstan.yaml;

import dev.capstan.gotemplate.FunctionException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * BurntSushi/toml v1.6.0 {@code Encoder.Encode} output for the value model ({@code encode.go}):
 * in each table the plain values come first, then sub-tables and arrays of tables, each group in
 * byte order of the keys; sub-tables are indented two spaces per level; a top-level table is
 * preceded by a blank line; floats use Go's shortest {@code %g} with {@code .0} added when there
 * is neither a point nor an exponent; nil map values are skipped; an array holding nil fails.
 */
final class TomlWriter {
    private static final String INDENT = "  ";

    private final StringBuilder out = new StringBuilder();
    private boolean hasWritten;

    private TomlWriter() {
    }

    static String write(Object v) {
        if (v == null) {
            // Go reflects on the nil interface and panics; Helm reports the panic text.
            throw new FunctionException("reflect: call of reflect.Value.Type on zero Value");
        }
        TomlWriter w = new TomlWriter();
        w.encode(List.of(), v);
        return w.out.toString();
    }

    private void encode(List<String> key, Object v) {
        if (v == null) {
            return;
        }
        if (v instanceof Map<?, ?> m) {
            table(key, m);
        } else if (v instanceof List<?> l && isTableArray(l)) {
            arrayOfTables(key, l);
        } else {
            keyValue(key, v, false);
        }
    }

    private void table(List<String> key, Map<?, ?> m) {
        if (key.size() == 1) {
            newline();
        }
        if (!key.isEmpty()) {
            write(indent(key) + "[" + dotted(key) + "]");
            newline();
        }
        map(key, m, false);
    }

    private void arrayOfTables(List<String> key, List<?> l) {
        if (key.isEmpty()) {
            throw new TomlException("toml: top-level values must be Go maps or structs");
        }
        for (Object o : l) {
            newline();
            write(indent(key) + "[[" + dotted(key) + "]]");
            newline();
            map(key, (Map<?, ?>) o, false);
        }
    }

    private void map(List<String> key, Map<?, ?> m, boolean inline) {
        List<String> direct = new ArrayList<>();
        List<String> sub = new ArrayList<>();
        for (Map.Entry<?, ?> e : m.entrySet()) {
            String k = (String) e.getKey();
            if (isTable(e.getValue())) {
                sub.add(k);
            } else {
                direct.add(k);
            }
        }
        direct.sort(TomlWriter::compareBytes);
        sub.sort(TomlWriter::compareBytes);
        if (inline) {
            write("{");
        }
        writeKeys(key, m, direct, inline, !sub.isEmpty());
        writeKeys(key, m, sub, inline, false);
        if (inline) {
            write("}");
        }
    }

    private void writeKeys(List<String> key, Map<?, ?> m, List<String> keys, boolean inline, boolean trailingComma) {
        for (int i = 0; i < keys.size(); i++) {
            String k = keys.get(i);
            Object v = m.get(k);
            if (v == null) {
                continue;
            }
            if (inline) {
                keyValue(List.of(k), v, true);
                if (trailingComma || i != keys.size() - 1) {
                    write(", ");
                }
            } else {
                List<String> child = new ArrayList<>(key);
                child.add(k);
                encode(child, v);
            }
        }
    }

    private void keyValue(List<String> key, Object v, boolean inline) {
        if (key.isEmpty()) {
            element(v);
            return;
        }
        write(indent(key) + bareOrQuoted(key.get(key.size() - 1)) + " = ");
        element(v);
        if (!inline) {
            newline();
        }
    }

    private void element(Object v) {
        if (v instanceof String s) {
            write(quoted(s));
        } else if (v instanceof Boolean b) {
            write(b.toString());
        } else if (v instanceof Long || v instanceof Integer) {
            write(v.toString());
        } else if (v instanceof Double d) {
            write(floatText(d));
        } else if (v instanceof TomlDateTime t) {
            write(t.tomlText());
        } else if (v instanceof byte[] bytes) {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < bytes.length; i++) {
                sb.append(i == 0 ? "" : ", ").append(bytes[i] & 0xff);
            }
            write(sb.append(']').toString());
        } else if (v instanceof List<?> l) {
            write("[");
            for (int i = 0; i < l.size(); i++) {
                element(l.get(i));
                if (i != l.size() - 1) {
                    write(", ");
                }
            }
            write("]");
        } else if (v instanceof Map<?, ?> m) {
            map(null, m, true);
        } else {
            throw new TomlException("toml: unsupported type: " + (v == null ? "nil" : v.getClass().getSimpleName()));
        }
    }

    static String floatText(double d) {
        boolean negative = Double.doubleToRawLongBits(d) < 0;
        if (Double.isNaN(d)) {
            return (negative ? "-" : "") + "nan";
        }
        if (Double.isInfinite(d)) {
            return (negative ? "-" : "") + "inf";
        }
        String s = FloatFormat.formatG(d, false);
        return s.indexOf('e') >= 0 || s.indexOf('.') >= 0 ? s : s + ".0";
    }

    /** Whether the value is written as a table: a map, or a non-empty list of maps only. */
    private static boolean isTable(Object v) {
        return v instanceof Map || v instanceof List<?> l && isTableArray(l);
    }

    /** BurntSushi's {@code isTableArray}; it also refuses nil elements at any depth it inspects. */
    private static boolean isTableArray(List<?> l) {
        if (l.isEmpty()) {
            return false;
        }
        boolean tables = true;
        for (Object o : l) {
            if (o == null) {
                throw new TomlException("toml: cannot encode array with nil element");
            }
            if (o instanceof List<?> inner) {
                isTableArray(inner);
            }
            if (!(o instanceof Map)) {
                tables = false;
            }
        }
        return tables;
    }

    private static String indent(List<String> key) {
        return INDENT.repeat(key.size() - 1);
    }

    private static String dotted(List<String> key) {
        List<String> parts = new ArrayList<>();
        for (String k : key) {
            parts.add(bareOrQuoted(k));
        }
        return String.join(".", parts);
    }

    private static String bareOrQuoted(String k) {
        if (k.isEmpty()) {
            return "\"\"";
        }
        for (int i = 0; i < k.length(); i++) {
            char c = k.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-')) {
                return quoted(k);
            }
        }
        return k;
    }

    /** A basic string with BurntSushi's escapes: quote, backslash, \b \t \n \f \r, other controls as \\uXXXX. */
    static String quoted(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\b' -> sb.append("\\b");
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\f' -> sb.append("\\f");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    /** Go compares strings bytewise; for UTF-8 that is code point order. */
    static int compareBytes(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    private void newline() {
        if (hasWritten) {
            write("\n");
        }
    }

    private void write(String s) {
        out.append(s);
        hasWritten = true;
    }
}
