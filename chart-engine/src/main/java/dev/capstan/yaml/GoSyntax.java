package dev.capstan.yaml;

import dev.capstan.gotemplate.GoFmt;

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
            return GoFmt.quote(s);
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
}
