package dev.capstan.values;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Copying helpers for the value model (nested {@code Map<String,Object>} / {@code List} /
 * scalars). Chart defaults are stored frozen so no consumer can change a loaded chart; every
 * merge works on fresh mutable copies.
 */
public final class ValueMaps {
    private ValueMaps() {
    }

    /** A deep mutable copy: maps become {@link LinkedHashMap}, lists {@link ArrayList}. */
    @SuppressWarnings("unchecked")
    public static Object deepCopy(Object v) {
        if (v instanceof Map<?, ?> m) {
            return copyMap((Map<String, Object>) m);
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            for (Object o : l) {
                out.add(deepCopy(o));
            }
            return out;
        }
        return v;
    }

    /** A deep mutable copy of a map (null gives an empty map). */
    public static Map<String, Object> copyMap(Map<String, Object> m) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (m != null) {
            for (Map.Entry<String, Object> e : m.entrySet()) {
                out.put(e.getKey(), deepCopy(e.getValue()));
            }
        }
        return out;
    }

    /** A deep read-only copy; nulls are allowed as values (YAML {@code ~}). */
    @SuppressWarnings("unchecked")
    public static Object freeze(Object v) {
        if (v instanceof Map<?, ?> m) {
            return frozenMap((Map<String, Object>) m);
        }
        if (v instanceof List<?> l) {
            return frozenList((List<Object>) l);
        }
        return v;
    }

    public static Map<String, Object> frozenMap(Map<String, Object> m) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (m != null) {
            for (Map.Entry<String, Object> e : m.entrySet()) {
                out.put(e.getKey(), freeze(e.getValue()));
            }
        }
        return Collections.unmodifiableMap(out);
    }

    public static List<Object> frozenList(List<?> l) {
        List<Object> out = new ArrayList<>(l.size());
        for (Object o : l) {
            out.add(freeze(o));
        }
        return Collections.unmodifiableList(out);
    }
}
