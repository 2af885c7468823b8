package dev.capstan.chart;

import dev.capstan.values.TypedYaml;
import dev.capstan.yaml.FloatFormat;
import dev.capstan.yaml.GoJsonDecoder;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decodes a typed YAML tree into Helm's Go structs the way {@code sigs.k8s.io/yaml.Unmarshal}
 * does: numbers and bools become strings where the target field is a string (ints in decimal,
 * floats through a float32 {@code %g}), field names match exactly or else case-insensitively,
 * unknown fields are ignored, {@code null} leaves the zero value, and a kind mismatch gives
 * {@code encoding/json}'s message naming the innermost struct and the full field path.
 */
final class GoStructDecoder {
    private GoStructDecoder() {
    }

    /** Raised with the first type error; the message is Go's. */
    static final class TypeError extends RuntimeException {
        TypeError(String message) {
            super(message, null, false, false);
        }
    }

    /** Finds {@code field} in {@code m}: exact key first, then a case-insensitive match. */
    static List<Map.Entry<String, Object>> fields(Map<?, ?> m) {
        List<Map.Entry<String, Object>> out = new ArrayList<>();
        for (Map.Entry<?, ?> e : m.entrySet()) {
            out.add(Map.entry(TypedYaml.keyString(e.getKey(), e.getValue()), valueOrNull(e.getValue())));
        }
        return out;
    }

    private static Object valueOrNull(Object v) {
        return v == null ? NULL : v;
    }

    /** Marker for an explicit YAML null (Map.entry refuses null values). */
    static final Object NULL = new Object();

    static boolean isNull(Object v) {
        return v == null || v == NULL;
    }

    /** The field name a key maps to among {@code names}, or null when the struct has none. */
    static String match(String key, String... names) {
        for (String n : names) {
            if (n.equals(key)) {
                return n;
            }
        }
        for (String n : names) {
            if (n.equalsIgnoreCase(key)) {
                return n;
            }
        }
        return null;
    }

    static TypeError mismatch(Object v, String struct, String path, String goType) {
        return new TypeError("json: cannot unmarshal " + GoJsonDecoder.jsonKind(v) + " into Go struct field " + struct + "."
                + path + " of type " + goType);
    }

    /** A string field: scalars are coerced, containers are an error. */
    static String string(Object v, String struct, String path) {
        if (isNull(v)) {
            return null;
        }
        if (v instanceof String s) {
            return s;
        }
        if (v instanceof Boolean b) {
            return b.toString();
        }
        if (v instanceof Double d) {
            return FloatFormat.formatG(d, true);
        }
        if (v instanceof Integer || v instanceof Long || v instanceof BigInteger) {
            return v.toString();
        }
        throw mismatch(v, struct, path, "string");
    }

    static Boolean bool(Object v, String struct, String path) {
        if (isNull(v)) {
            return null;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        throw mismatch(v, struct, path, "bool");
    }

    static List<String> stringList(Object v, String struct, String path) {
        if (isNull(v)) {
            return null;
        }
        if (!(v instanceof List<?> l)) {
            throw mismatch(v, struct, path, "[]string");
        }
        List<String> out = new ArrayList<>();
        for (Object o : l) {
            String s = string(o, struct, path);
            out.add(s == null ? "" : s);
        }
        return out;
    }

    static Map<String, String> stringMap(Object v, String struct, String path) {
        if (isNull(v)) {
            return null;
        }
        if (!(v instanceof Map<?, ?> m)) {
            throw mismatch(v, struct, path, "map[string]string");
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : fields(m)) {
            String s = string(e.getValue(), struct, path);
            out.put(e.getKey(), s == null ? "" : s);
        }
        return out;
    }

    /** A {@code []interface{}} field: the JSON model of each element. */
    static List<Object> anyList(Object v, String struct, String path) {
        if (isNull(v)) {
            return null;
        }
        if (!(v instanceof List<?> l)) {
            throw mismatch(v, struct, path, "[]interface {}");
        }
        List<Object> out = new ArrayList<>();
        for (Object o : l) {
            out.add(TypedYaml.toJsonModel(o));
        }
        return out;
    }
}
