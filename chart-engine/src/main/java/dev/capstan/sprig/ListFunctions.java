package dev.capstan.sprig;

import static dev.capstan.gotemplate.ParamType.ANY;
import static dev.capstan.gotemplate.ParamType.INT;

import dev.capstan.gotemplate.Func;
import dev.capstan.gotemplate.FuncMap;
import dev.capstan.gotemplate.FunctionException;
import dev.capstan.gotemplate.GoTypes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Sprig's list.go. Each function accepts any Go slice or array (reflection in Go); the plain
 * variant panics where the {@code must} variant returns the error, and both reach the template as
 * {@code error calling NAME: MESSAGE}. A nil list makes Go's {@code reflect.TypeOf(nil).Kind()}
 * dereference nil, which surfaces as the runtime error message below.
 *
 * <p>Where Go returns a nil {@code []interface{}} (rest/initial of an empty list, concat of
 * nothing) the value model has no typed nil, so an empty list stands in: it prints {@code []}
 * like Go, but toJson gives {@code []} where Go gives {@code null}.
 */
public final class ListFunctions {
    static final String NIL_DEREF = "runtime error: invalid memory address or nil pointer dereference";

    private ListFunctions() {
    }

    public static void register(FuncMap m) {
        m.put(Func.variadic("list", a -> new ArrayList<>(Arrays.asList(a)), ANY));
        m.put(Func.variadic("tuple", a -> new ArrayList<>(Arrays.asList(a)), ANY));
        m.put(Func.of("append", a -> push(a[0], a[1]), ANY, ANY));
        m.put(Func.of("push", a -> push(a[0], a[1]), ANY, ANY));
        m.put(Func.of("mustAppend", a -> push(a[0], a[1]), ANY, ANY));
        m.put(Func.of("mustPush", a -> push(a[0], a[1]), ANY, ANY));
        m.put(Func.of("prepend", a -> prepend(a[0], a[1]), ANY, ANY));
        m.put(Func.of("mustPrepend", a -> prepend(a[0], a[1]), ANY, ANY));
        m.put(Func.of("first", a -> first(a[0]), ANY));
        m.put(Func.of("mustFirst", a -> first(a[0]), ANY));
        m.put(Func.of("rest", a -> rest(a[0]), ANY));
        m.put(Func.of("mustRest", a -> rest(a[0]), ANY));
        m.put(Func.of("last", a -> last(a[0]), ANY));
        m.put(Func.of("mustLast", a -> last(a[0]), ANY));
        m.put(Func.of("initial", a -> initial(a[0]), ANY));
        m.put(Func.of("mustInitial", a -> initial(a[0]), ANY));
        m.put(Func.of("reverse", a -> reverse(a[0]), ANY));
        m.put(Func.of("mustReverse", a -> reverse(a[0]), ANY));
        m.put(Func.of("uniq", a -> uniq(a[0]), ANY));
        m.put(Func.of("mustUniq", a -> uniq(a[0]), ANY));
        m.put(Func.variadic("without", a -> without(a[0], Arrays.asList(a).subList(1, a.length)), ANY, ANY));
        m.put(Func.variadic("mustWithout", a -> without(a[0], Arrays.asList(a).subList(1, a.length)), ANY, ANY));
        m.put(Func.of("has", a -> has(a[0], a[1]), ANY, ANY));
        m.put(Func.of("mustHas", a -> has(a[0], a[1]), ANY, ANY));
        m.put(Func.variadic("slice", a -> slice(a[0], Arrays.copyOfRange(a, 1, a.length)), ANY, ANY));
        m.put(Func.variadic("mustSlice", a -> slice(a[0], Arrays.copyOfRange(a, 1, a.length)), ANY, ANY));
        m.put(Func.variadic("concat", ListFunctions::concat, ANY));
        m.put(Func.of("chunk", a -> chunk(Cast.intArg(a[0]), a[1]), INT, ANY));
        m.put(Func.of("mustChunk", a -> chunk(Cast.intArg(a[0]), a[1]), INT, ANY));
    }

    /** The elements of {@code v}, or the Go error for a non-list ({@code "Cannot VERB on type KIND"}). */
    private static List<Object> elements(Object v, String message) {
        if (v == null) throw new FunctionException(NIL_DEREF);
        if (!Cast.isList(v)) throw new FunctionException(message.replace("%s", GoTypes.kindName(v)));
        return Cast.elements(v);
    }

    static List<Object> push(Object list, Object v) {
        List<Object> out = new ArrayList<>(elements(list, "Cannot push on type %s"));
        out.add(v);
        return out;
    }

    static List<Object> prepend(Object list, Object v) {
        List<Object> l = elements(list, "Cannot prepend on type %s");
        List<Object> out = new ArrayList<>(l.size() + 1);
        out.add(v);
        out.addAll(l);
        return out;
    }

    static Object first(Object list) {
        List<Object> l = elements(list, "Cannot find first on type %s");
        return l.isEmpty() ? null : l.get(0);
    }

    static Object last(Object list) {
        List<Object> l = elements(list, "Cannot find last on type %s");
        return l.isEmpty() ? null : l.get(l.size() - 1);
    }

    static List<Object> rest(Object list) {
        List<Object> l = elements(list, "Cannot find rest on type %s");
        return l.isEmpty() ? new ArrayList<>() : new ArrayList<>(l.subList(1, l.size()));
    }

    static List<Object> initial(Object list) {
        List<Object> l = elements(list, "Cannot find initial on type %s");
        return l.isEmpty() ? new ArrayList<>() : new ArrayList<>(l.subList(0, l.size() - 1));
    }

    static List<Object> reverse(Object list) {
        List<Object> out = new ArrayList<>(elements(list, "Cannot find reverse on type %s"));
        java.util.Collections.reverse(out);
        return out;
    }

    static List<Object> uniq(Object list) {
        List<Object> out = new ArrayList<>();
        for (Object item : elements(list, "Cannot find uniq on type %s")) {
            if (!contains(out, item)) out.add(item);
        }
        return out;
    }

    static List<Object> without(Object list, List<Object> omit) {
        List<Object> out = new ArrayList<>();
        for (Object item : elements(list, "Cannot find without on type %s")) {
            if (!contains(omit, item)) out.add(item);
        }
        return out;
    }

    static boolean has(Object needle, Object haystack) {
        if (haystack == null) return false;
        return contains(elements(haystack, "Cannot find has on type %s"), needle);
    }

    private static boolean contains(List<Object> haystack, Object needle) {
        for (Object h : haystack) {
            if (Cast.deepEqual(needle, h)) return true;
        }
        return false;
    }

    static Object slice(Object list, Object[] indices) {
        if (list == null) throw new FunctionException(NIL_DEREF);
        if (!Cast.isList(list)) {
            throw new FunctionException("list should be type of slice or array but " + GoTypes.kindName(list));
        }
        List<Object> l = Cast.elements(list);
        if (l.isEmpty()) return null;
        long start = indices.length > 0 ? Cast.toInt(indices[0]) : 0;
        long end = indices.length < 2 ? l.size() : Cast.toInt(indices[1]);
        if (start < 0 || end < start || end > l.size()) {
            throw new FunctionException("reflect.Value.Slice: slice index out of bounds");
        }
        if (list instanceof byte[] b) return Arrays.copyOfRange(b, (int) start, (int) end);
        // reflect's Slice keeps the slice type ([]string stays []string)
        if (list instanceof dev.capstan.gotemplate.GoList g) return new dev.capstan.gotemplate.GoList(g.elemType(), l.subList((int) start, (int) end));
        return new ArrayList<>(l.subList((int) start, (int) end));
    }

    static Object concat(Object[] lists) {
        List<Object> out = new ArrayList<>();
        for (Object list : lists) {
            if (list == null) throw new FunctionException(NIL_DEREF);
            if (!Cast.isList(list)) throw new FunctionException("Cannot concat type " + GoTypes.kindName(list) + " as list");
            out.addAll(Cast.elements(list));
        }
        return out;
    }

    /** Go computes the chunk count in float64; sizes below 1 end in Go's makeslice panic. */
    static List<Object> chunk(long size, Object list) {
        List<Object> l = elements(list, "Cannot chunk type %s");
        int len = l.size();
        long cs = Cast.floatToInt64(Math.floor((double) (len - 1) / (double) size) + 1);
        checkMakeLen(cs);
        List<Object> out = new dev.capstan.gotemplate.GoList("[]interface {}", List.of());
        for (int i = 0; i < cs; i++) {
            long clen = size;
            if (i == cs - 1) {
                clen = Cast.floatToInt64(Math.floor((double) len % (double) size));
                if (clen == 0) clen = size;
            }
            checkMakeLen(clen);
            List<Object> part = new ArrayList<>((int) clen);
            for (int j = 0; j < clen; j++) {
                long ix = i * size + j;
                if (ix < 0 || ix >= len) {
                    throw new FunctionException("reflect: slice index out of range");
                }
                part.add(l.get((int) ix));
            }
            out.add(part);
        }
        return out;
    }

    private static void checkMakeLen(long n) {
        if (n < 0 || n > Integer.MAX_VALUE - 8) throw new FunctionException("runtime error: makeslice: len out of range");
    }
}
