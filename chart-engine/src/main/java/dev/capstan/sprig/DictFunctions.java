package dev.capstan.sprig;

import static dev.capstan.gotemplate.ParamType.ANY;
import static dev.capstan.gotemplate.ParamType.MAP;
import static dev.capstan.gotemplate.ParamType.STRING;

import dev.capstan.gotemplate.Func;
import dev.capstan.gotemplate.FuncMap;
import dev.capstan.gotemplate.FunctionException;
import dev.capstan.gotemplate.GoTypes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Sprig's dict.go. Maps are mutated in place where Go mutates them ({@code set}, {@code unset},
 * {@code merge*}), so templates that rely on {@code $_ := set $d ...} see the change.
 * {@code keys} and {@code values} walk each map in sorted key order (Go's order is random;
 * charts sort keys anyway), which keeps output deterministic.
 */
public final class DictFunctions {
    private DictFunctions() {
    }

    public static void register(FuncMap m) {
        m.put(Func.variadic("dict", DictFunctions::dict, ANY));
        m.put(Func.of("get", a -> {
            Map<String, Object> d = map(a[0]);
            return d != null && d.containsKey((String) a[1]) ? d.get((String) a[1]) : "";
        }, MAP, STRING));
        m.put(Func.of("set", a -> {
            Map<String, Object> d = map(a[0]);
            if (d == null) throw new FunctionException("assignment to entry in nil map");
            d.put((String) a[1], a[2]);
            return d;
        }, MAP, STRING, ANY));
        m.put(Func.of("unset", a -> {
            Map<String, Object> d = map(a[0]);
            if (d == null) return new LinkedHashMap<String, Object>(); // a nil map prints as map[]
            d.remove((String) a[1]);
            return d;
        }, MAP, STRING));
        m.put(Func.of("hasKey", a -> a[0] != null && map(a[0]).containsKey((String) a[1]), MAP, STRING));
        m.put(Func.variadic("pluck", a -> {
            List<Object> res = new ArrayList<>();
            for (int i = 1; i < a.length; i++) {
                Map<String, Object> d = map(a[i]);
                if (d != null && d.containsKey((String) a[0])) res.add(d.get((String) a[0]));
            }
            return res;
        }, MAP, STRING));
        m.put(Func.variadic("keys", a -> {
            List<Object> k = new dev.capstan.gotemplate.GoList("string", List.of());
            for (Object d : a) {
                if (d != null) k.addAll(new TreeSet<>(map(d).keySet()));
            }
            return k;
        }, MAP));
        m.put(Func.variadic("pick", a -> {
            Map<String, Object> d = map(a[0]);
            Map<String, Object> res = new LinkedHashMap<>();
            for (int i = 1; i < a.length; i++) {
                String k = (String) a[i];
                if (d != null && d.containsKey(k)) res.put(k, d.get(k));
            }
            return res;
        }, STRING, MAP));
        m.put(Func.variadic("omit", a -> {
            Map<String, Object> d = map(a[0]);
            Set<Object> omit = new HashSet<>(java.util.Arrays.asList(a).subList(1, a.length));
            Map<String, Object> res = new LinkedHashMap<>();
            if (d != null) {
                for (String k : new TreeSet<>(d.keySet())) {
                    if (!omit.contains(k)) res.put(k, d.get(k));
                }
            }
            return res;
        }, STRING, MAP));
        m.put(Func.variadic("merge", a -> merge(a, false), MAP, MAP));
        m.put(Func.variadic("mustMerge", a -> merge(a, false), MAP, MAP));
        m.put(Func.variadic("mergeOverwrite", a -> merge(a, true), MAP, MAP));
        m.put(Func.variadic("mustMergeOverwrite", a -> merge(a, true), MAP, MAP));
        m.put(Func.of("values", a -> {
            List<Object> res = new ArrayList<>();
            Map<String, Object> d = map(a[0]);
            if (d != null) {
                for (String k : new TreeSet<>(d.keySet())) res.add(d.get(k));
            }
            return res;
        }, MAP));
        m.put(Func.variadic("dig", DictFunctions::dig, ANY));
        m.put(Func.of("deepCopy", a -> deepCopy(a[0]), ANY));
        m.put(Func.of("mustDeepCopy", a -> deepCopy(a[0]), ANY));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        if (o instanceof dev.capstan.gotemplate.GoObject g && g.underlying() instanceof Map) o = g.underlying();
        // the parameters are map[string]interface {}: a common.Values arrives converted to that type
        return (Map<String, Object>) dev.capstan.gotemplate.GoMap.plain(o);
    }

    /** Pairs become entries (keys in Go's %v), an odd trailing key maps to "". */
    static Map<String, Object> dict(Object[] v) {
        Map<String, Object> d = new LinkedHashMap<>();
        for (int i = 0; i < v.length; i += 2) {
            String key = GoStrings.strval(v[i]);
            d.put(key, i + 1 < v.length ? v[i + 1] : "");
        }
        return d;
    }

    /** merge returns the destination; a nil destination becomes a new map (mergo sets it). */
    private static Object merge(Object[] a, boolean overwrite) {
        Map<String, Object> dst = map(a[0]);
        if (dst == null) dst = new LinkedHashMap<>();
        for (int i = 1; i < a.length; i++) MapMerge.merge(dst, map(a[i]), overwrite);
        return dst;
    }

    static Object dig(Object[] ps) {
        if (ps.length < 3) throw new FunctionException("dig needs at least three arguments");
        Map<String, Object> dict = assertMap(ps[ps.length - 1]);
        Object def = ps[ps.length - 2];
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < ps.length - 2; i++) {
            if (!(ps[i] instanceof String s)) throw interfaceConversion(ps[i], "string");
            keys.add(s);
        }
        for (int i = 0; ; i++) {
            if (!dict.containsKey(keys.get(i))) return def;
            Object step = dict.get(keys.get(i));
            if (i == keys.size() - 1) return step;
            dict = assertMap(step);
        }
    }

    /** Go's {@code x.(map[string]interface{})}: only a plain map passes (not a named map type). */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> assertMap(Object o) {
        if (o instanceof Map && !(o instanceof dev.capstan.gotemplate.GoMap)) return (Map<String, Object>) o;
        throw interfaceConversion(o, "map[string]interface {}");
    }

    private static FunctionException interfaceConversion(Object o, String want) {
        return new FunctionException(GoTypes.interfaceConversion(o, want));
    }

    /** copystructure.Copy: maps and slices copied all the way down; scalars are immutable anyway. */
    static Object deepCopy(Object v) {
        if (v == null) throw new FunctionException("reflect: call of reflect.Value.Type on zero Value");
        return copy(v);
    }

    private static Object copy(Object v) {
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : m.entrySet()) out.put((String) e.getKey(), copy(e.getValue()));
            // copystructure keeps the Go type of a typed map (common.Values, map[string]string)
            if (m instanceof dev.capstan.gotemplate.GoMap g) return g.isNil() ? g : new dev.capstan.gotemplate.GoMap(g.goType(), out);
            return out;
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            for (Object o : l) out.add(copy(o));
            if (l instanceof dev.capstan.gotemplate.GoList g) return g.isNil() ? g : new dev.capstan.gotemplate.GoList(g.elemType(), out);
            return out;
        }
        if (v instanceof byte[] b) return b.clone();
        // a named map or slice (Helm's common.Values): copied as its plain contents, so that a
        // copy can never alias the original; only typeOf tells the difference
        if (v instanceof dev.capstan.gotemplate.GoObject o && o.underlying() != null) return copy(o.underlying());
        return v;
    }
}
