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

    /** A deep read-only copy; nulls are allowed as values (YAML {@code ~}). Frozen input is reused. */
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
        if (m instanceof FrozenMap f) {
            return f;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        if (m != null) {
            for (Map.Entry<String, Object> e : m.entrySet()) {
                out.put(e.getKey(), freeze(e.getValue()));
            }
        }
        return new FrozenMap(out);
    }

    public static List<Object> frozenList(List<?> l) {
        if (l instanceof FrozenList f) {
            return f;
        }
        List<Object> out = new ArrayList<>(l.size());
        for (Object o : l) {
            out.add(freeze(o));
        }
        return new FrozenList(out);
    }

    /** A read-only map whose content is known to be frozen all the way down. */
    private static final class FrozenMap extends java.util.AbstractMap<String, Object> {
        private final Map<String, Object> m;

        FrozenMap(Map<String, Object> m) {
            this.m = Collections.unmodifiableMap(m);
        }

        @Override
        public java.util.Set<Map.Entry<String, Object>> entrySet() {
            return m.entrySet();
        }

        @Override
        public Object get(Object key) {
            return m.get(key);
        }

        @Override
        public boolean containsKey(Object key) {
            return m.containsKey(key);
        }

        @Override
        public int size() {
            return m.size();
        }
    }

    /** A read-only list whose content is known to be frozen all the way down. */
    private static final class FrozenList extends java.util.AbstractList<Object> implements java.util.RandomAccess {
        private final List<Object> l;

        FrozenList(List<Object> l) {
            this.l = l;
        }

        @Override
        public Object get(int index) {
            return l.get(index);
        }

        @Override
        public int size() {
            return l.size();
        }
    }
}
