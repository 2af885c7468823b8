package dev.capstan.yaml;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Go's {@code %#v} rendering of decoded YAML values, used only inside error messages that Go
 * builds with it ({@code invalid map key: []interface {}{"a", "b"}}).
 */
final class GoSyntax {
    private GoSyntax() {
    }

    /** {@code %+#v} of a top-level interface value: a nil prints as {@code <nil>}. */
    static String of(Object v) {
        return v == null ? "<nil>" : nested(v);
    }

    /** Go's {@code reflect.TypeOf(v).String()} as {@code %s} prints it. */
    static String typeName(Object v) {
        if (v == null) {
            return "%!s(<nil>)";
        }
        if (v instanceof String) {
            return "string";
        }
        if (v instanceof Long) {
            return "int";
        }
        if (v instanceof BigInteger) {
            return "uint64";
        }
        if (v instanceof Double) {
            return "float64";
        }
        if (v instanceof Boolean) {
            return "bool";
        }
        if (v instanceof Map) {
            return "map[interface {}]interface {}";
        }
        if (v instanceof List) {
            return "[]interface {}";
        }
        return v.getClass().getSimpleName();
    }

    private static String nested(Object v) {
        if (v == null) {
            return "interface {}(nil)";
        }
        if (v instanceof String s) {
            return quote(s);
        }
        if (v instanceof BigInteger b) {
            return "0x" + b.toString(16);
        }
        if (v instanceof Double d) {
            return FloatFormat.formatG(d, false);
        }
        if (v instanceof List<?> l) {
            StringBuilder sb = new StringBuilder("[]interface {}{");
            for (int i = 0; i < l.size(); i++) {
                sb.append(i == 0 ? "" : ", ").append(nested(l.get(i)));
            }
            return sb.append('}').toString();
        }
        if (v instanceof Map<?, ?> m) {
            List<String> parts = new ArrayList<>();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                parts.add(nested(e.getKey()) + ":" + nested(e.getValue()));
            }
            parts.sort(null);
            return "map[interface {}]interface {}{" + String.join(", ", parts) + "}";
        }
        return String.valueOf(v);
    }

    /** Go's {@code unicode.IsPrint}: letters, marks, numbers, punctuation, symbols and ASCII space. */
    static boolean goPrintable(int c) {
        if (c == ' ') {
            return true;
        }
        switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.PRIVATE_USE, Character.SURROGATE, Character.UNASSIGNED,
                 Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR:
                return false;
            default:
                return true;
        }
    }

    /** Go's {@code strconv.Quote}: printable runes kept, others escaped. */
    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        s.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                case 7 -> sb.append("\\a");
                case 8 -> sb.append("\\b");
                case 12 -> sb.append("\\f");
                case 11 -> sb.append("\\v");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        sb.append(String.format("\\x%02x", c));
                    } else if (!goPrintable(c)) {
                        sb.append(c > 0xffff ? String.format("\\U%08x", c) : String.format("\\u%04x", c));
                    } else {
                        sb.appendCodePoint(c);
                    }
                }
            }
        });
        return sb.append('"').toString();
    }
}
