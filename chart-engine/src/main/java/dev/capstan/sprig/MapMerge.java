package dev.capstan.sprig;

import dev.capstan.gotemplate.GoObject;
import java.util.List;
import java.util.Map;

/**
 * What {@code mergo.Merge(&dst, src)} and {@code mergo.MergeWithOverwrite} (dario.cat/mergo
 * v1.0.1) do to two {@code map[string]interface{}} values, worked out from mergo's deepMerge for
 * the value model:
 * <ul>
 *   <li>a nil source value is skipped, or with overwrite stored as nil;</li>
 *   <li>map into map merges recursively, in place (the destination's nested map is mutated);</li>
 *   <li>anything else replaces the destination value when overwriting, when the key is absent,
 *       or when the destination value is Go-empty (nil, "", 0, false, empty list or map) — slices
 *       are replaced, never appended, and an empty source value still overwrites;</li>
 *   <li>a source value that is stored is the same object, not a copy (later merges into it are
 *       visible through the source, as in Go).</li>
 * </ul>
 */
final class MapMerge {
    private MapMerge() {
    }

    static void merge(Map<String, Object> dst, Map<String, Object> src, boolean overwrite) {
        if (src == null) return;
        for (Map.Entry<String, Object> e : src.entrySet()) {
            String key = e.getKey();
            Object s = e.getValue();
            if (s == null) {
                if (overwrite) dst.put(key, null);
                continue;
            }
            boolean present = dst.containsKey(key);
            Object d = dst.get(key);
            if (s instanceof Map && d instanceof Map) {
                merge(asMap(d), asMap(s), overwrite);
                if (!isEmpty(d)) continue;
                dst.put(key, s);
                continue;
            }
            if (overwrite || !present || isEmpty(d)) dst.put(key, s);
        }
    }

    /** mergo's isEmptyValue with dereferencing, for the value model. */
    static boolean isEmpty(Object v) {
        if (v == null) return true;
        if (v instanceof String s) return s.isEmpty();
        if (v instanceof Boolean b) return !b;
        if (v instanceof Integer i) return i == 0;
        if (v instanceof Long l) return l == 0;
        if (v instanceof Double d) return d == 0;
        if (v instanceof byte[] b) return b.length == 0;
        if (v instanceof List<?> l) return l.isEmpty();
        if (v instanceof Map<?, ?> m) return m.isEmpty();
        if (v instanceof GoObject o && o.underlying() != null) return isEmpty(o.underlying());
        return false;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object o) {
        return (Map<String, Object>) o;
    }
}
