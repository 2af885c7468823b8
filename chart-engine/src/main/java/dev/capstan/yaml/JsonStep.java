package dev.capstan.yaml;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The middle of {@code sigs.k8s.io/yaml.Unmarshal}: go-yaml's result goes through
 * {@code convertToJSONableObject} (keys become strings), {@code json.Marshal} (which rejects
 * infinities and NaN) and {@code json.Unmarshal} into {@code interface{}} (every number becomes a
 * float64). The text round trip is done in memory: a Go int becomes the nearest Double, exactly
 * as parsing its decimal text would.
 */
final class JsonStep {
    private boolean nonFinite;

    private JsonStep() {
    }

    /** Converts go-yaml's value; errors carry the text sigs.k8s.io/yaml wraps. */
    static Object convert(Object yaml) {
        return convert(yaml, JsonTarget.ANY);
    }

    /**
     * As {@link #convert(Object)}, decoding towards {@code target}: numbers and bools aimed at a
     * string become text, and keys of struct-typed maps are renamed to the field they land in.
     */
    static Object convert(Object yaml, JsonTarget target) {
        JsonStep step = new JsonStep();
        Object out = step.value(yaml, target == null ? JsonTarget.ANY : target);
        if (step.nonFinite) {
            checkFinite(out);
        }
        return out;
    }

    private Object value(Object v, JsonTarget t) {
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>(Math.max(4, m.size() * 4 / 3 + 1));
            for (Map.Entry<?, ?> e : m.entrySet()) {
                String k = key(e.getKey(), e.getValue());
                JsonTarget et = JsonTarget.ANY;
                if (t.kind == JsonTarget.Kind.STRUCT) {
                    String field = t.fieldFor(k);
                    if (field != null) {
                        k = field;
                        et = t.fields.get(field);
                    }
                } else if (t.kind == JsonTarget.Kind.MAP) {
                    et = t.elem;
                }
                out.put(k, value(e.getValue(), et));
            }
            return out;
        }
        if (v instanceof List<?> l) {
            JsonTarget et = t.kind == JsonTarget.Kind.LIST ? t.elem : JsonTarget.ANY;
            List<Object> out = new ArrayList<>(l.size());
            for (Object o : l) {
                out.add(value(o, et));
            }
            return out;
        }
        if (staysNonFinite(v, t)) {
            nonFinite = true;
        }
        return scalar(v, t);
    }

    /** Whether {@link #scalar} returns {@code v} as a NaN or infinite float64 (json.Marshal rejects those). */
    static boolean staysNonFinite(Object v, JsonTarget t) {
        return t.kind != JsonTarget.Kind.STRING && v instanceof Double d && (d.isNaN() || d.isInfinite());
    }

    /**
     * A scalar as encoding/json's round trip leaves it: text for a string-typed target, every
     * number a float64. (Shared with JsonDecoder's one-walk path.)
     */
    static Object scalar(Object v, JsonTarget t) {
        if (t.kind == JsonTarget.Kind.STRING && v != null && !(v instanceof String)) {
            if (v instanceof Double d) {
                return FloatFormat.formatG(d, true);
            }
            return v.toString();
        }
        if (v instanceof Long l) {
            return l.doubleValue();
        }
        if (v instanceof BigInteger b) {
            return b.doubleValue();
        }
        return v;
    }

    private static String key(Object k, Object v) {
        if (k instanceof String s) {
            return s;
        }
        if (k instanceof Long l) {
            return Long.toString(l);
        }
        if (k instanceof Boolean b) {
            return b ? "true" : "false";
        }
        if (k instanceof Double d) {
            String s = FloatFormat.formatG(d, true);
            switch (s) {
                case "+Inf":
                    return ".inf";
                case "-Inf":
                    return "-.inf";
                case "NaN":
                    return ".nan";
                default:
                    return s;
            }
        }
        throw new YamlException("unsupported map key of type: " + GoSyntax.typeName(k) + ", key: " + GoSyntax.of(k)
                + ", value: " + GoSyntax.of(v), 0);
    }

    /** json.Marshal walks maps in sorted key order and stops at the first unsupported float. */
    static void checkFinite(Object v) {
        if (v instanceof Map<?, ?> m) {
            for (Object o : new TreeMap<>(m).values()) {
                checkFinite(o);
            }
        } else if (v instanceof List<?> l) {
            for (Object o : l) {
                checkFinite(o);
            }
        } else if (v instanceof Double d && (d.isNaN() || d.isInfinite())) {
            throw new YamlException("json: unsupported value: " + FloatFormat.formatG(d, false), 0);
        }
    }
}
