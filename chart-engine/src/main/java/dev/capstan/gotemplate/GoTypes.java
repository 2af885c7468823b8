package dev.capstan.gotemplate;

import java.util.List;
import java.util.Map;

/**
 * Go's view of a value of the value model: its type name, its kind, and its truth as
 * {@code if} sees it, for the value model described in {@code package-info}.
 */
public final class GoTypes {
    private GoTypes() {
    }

    /** The Go type as {@code %T} prints it; {@code <nil>} for null. */
    public static String typeName(Object v) {
        if (v == null) return "<nil>";
        if (v instanceof String) return "string";
        if (v instanceof Integer) return "int";
        if (v instanceof Long) return "int64";
        if (v instanceof Double) return "float64";
        if (v instanceof Boolean) return "bool";
        if (v instanceof byte[]) return "[]uint8";
        if (v instanceof GoList l) return l.goType();
        if (v instanceof List) return "[]interface {}";
        if (v instanceof GoMap m) return m.goType();
        if (v instanceof Map) return "map[string]interface {}";
        if (v instanceof GoObject o) return o.goType();
        if (v instanceof Func) return "func";
        return v.getClass().getSimpleName();
    }

    /** The runtime panic text of a failed {@code x.(want)} on an {@code interface {}} holding {@code have}. */
    public static String interfaceConversion(Object have, String want) {
        return "interface conversion: interface {} is " + (have == null ? "nil" : typeName(have)) + ", not " + want;
    }

    /** The {@code reflect.Kind} name, as sprig's {@code kindOf} prints it; {@code invalid} for null. */
    public static String kindName(Object v) {
        if (v == null) return "invalid";
        if (v instanceof String) return "string";
        if (v instanceof Integer) return "int";
        if (v instanceof Long) return "int64";
        if (v instanceof Double) return "float64";
        if (v instanceof Boolean) return "bool";
        if (v instanceof byte[] || v instanceof List) return "slice";
        if (v instanceof Map) return "map";
        if (v instanceof Func) return "func";
        if (v instanceof GoObject o) {
            Object u = o.underlying();
            if (u != null) return kindName(u);
            return o.goType().startsWith("*") ? "ptr" : "struct";
        }
        return "invalid";
    }

    /** Go template truth: false, 0, nil, and empty strings, slices and maps are false. */
    public static boolean isTrue(Object v) {
        if (v == null) return false;
        if (v instanceof Boolean b) return b;
        if (v instanceof String s) return !s.isEmpty();
        if (v instanceof Integer i) return i != 0;
        if (v instanceof Long l) return l != 0;
        if (v instanceof Double d) return d != 0;
        if (v instanceof byte[] b) return b.length != 0;
        if (v instanceof List<?> l) return !l.isEmpty();
        if (v instanceof Map<?, ?> m) return !m.isEmpty();
        if (v instanceof GoObject o) {
            Object u = o.underlying();
            return u == null || isTrue(u);
        }
        return true;
    }
}
