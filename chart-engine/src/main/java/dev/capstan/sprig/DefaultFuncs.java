package dev.capstan.sprig;

import dev.capstan.gotemplate.Func;
import dev.capstan.gotemplate.FuncMap;
import dev.capstan.gotemplate.FunctionException;
import dev.capstan.gotemplate.GoObject;
import dev.capstan.gotemplate.GoTypes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.capstan.gotemplate.ParamType.ANY;
import static dev.capstan.gotemplate.ParamType.BOOL;

/**
 * Sprig's defaults.go (without the JSON functions) plus compact/mustCompact from list.go:
 * the "is it set?" family built on {@link #empty}.
 */
public final class DefaultFuncs {
    private DefaultFuncs() {
    }

    public static void register(FuncMap m) {
        m.put(Func.variadic("default", a -> a.length < 2 || empty(a[1]) ? a[0] : a[1], ANY, ANY));
        m.put(Func.of("empty", a -> empty(a[0]), ANY));
        m.put(Func.variadic("coalesce", DefaultFuncs::coalesce, ANY));
        m.put(Func.variadic("all", a -> {
            for (Object o : a) if (empty(o)) return false;
            return true;
        }, ANY));
        m.put(Func.variadic("any", a -> {
            for (Object o : a) if (!empty(o)) return true;
            return false;
        }, ANY));
        m.put(Func.of("compact", a -> compact(a[0]), ANY));
        m.put(Func.of("mustCompact", a -> compact(a[0]), ANY));
        m.put(Func.of("ternary", a -> (Boolean) a[2] ? a[0] : a[1], ANY, ANY, BOOL));
    }

    /**
     * Sprig's empty: nil, zero numbers, false and zero-length strings, slices and maps are
     * empty; structs never are; a non-nil pointer is not.
     */
    public static boolean empty(Object v) {
        if (v == null) return true;
        if (v instanceof GoObject o) {
            Object u = o.underlying();
            return u != null && empty(u);
        }
        return !GoTypes.isTrue(v);
    }

    private static Object coalesce(Object[] a) {
        for (Object o : a) if (!empty(o)) return o;
        return null;
    }

    /** mustCompact: a slice without its empty elements; anything else is an error. */
    static List<Object> compact(Object list) {
        if (list == null) {
            // reflect.TypeOf(nil).Kind() dereferences a nil Type in Go.
            throw new FunctionException("runtime error: invalid memory address or nil pointer dereference");
        }
        List<Object> out = new ArrayList<>();
        if (list instanceof List<?> l) {
            for (Object o : l) if (!empty(o)) out.add(o);
            return out;
        }
        if (list instanceof byte[] b) {
            for (byte x : b) if (x != 0) out.add(x & 0xff);
            return out;
        }
        if (list instanceof GoObject o && o.underlying() instanceof List<?> l) {
            for (Object e : l) if (!empty(e)) out.add(e);
            return out;
        }
        throw new FunctionException("Cannot compact on type " + GoTypes.kindName(list));
    }

    static boolean isMap(Object o) {
        return o instanceof Map;
    }
}
