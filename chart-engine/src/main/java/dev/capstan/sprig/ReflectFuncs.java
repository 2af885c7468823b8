package dev.capstan.sprig;

import dev.capstan.gotemplate.Func;
import dev.capstan.gotemplate.FuncMap;
import dev.capstan.gotemplate.GoObject;
import dev.capstan.gotemplate.GoTypes;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static dev.capstan.gotemplate.ParamType.ANY;
import static dev.capstan.gotemplate.ParamType.STRING;

/** Sprig's reflect.go and {@code deepEqual} (Go's reflect.DeepEqual over the value model). */
public final class ReflectFuncs {
    private ReflectFuncs() {
    }

    public static void register(FuncMap m) {
        m.put(Func.of("typeOf", a -> GoTypes.typeName(a[0]), ANY));
        m.put(Func.of("typeIs", a -> a[0].equals(GoTypes.typeName(a[1])), STRING, ANY));
        m.put(Func.of("typeIsLike", a -> {
            String t = GoTypes.typeName(a[1]);
            return a[0].equals(t) || ("*" + a[0]).equals(t);
        }, STRING, ANY));
        m.put(Func.of("kindOf", a -> GoTypes.kindName(a[0]), ANY));
        m.put(Func.of("kindIs", a -> a[0].equals(GoTypes.kindName(a[1])), STRING, ANY));
        m.put(Func.of("deepEqual", a -> deepEqual(a[0], a[1]), ANY, ANY));
    }

    /** reflect.DeepEqual: identical types and deeply equal contents; NaN is unequal to itself. */
    public static boolean deepEqual(Object a, Object b) {
        if (a == null || b == null) return a == b;
        if (!GoTypes.typeName(a).equals(GoTypes.typeName(b))) return false;
        if (a instanceof Double x) return x.doubleValue() == (Double) b;
        if (a instanceof byte[] x) return Arrays.equals(x, (byte[]) b);
        if (a instanceof List<?> x) {
            List<?> y = (List<?>) b;
            if (x.size() != y.size()) return false;
            Iterator<?> i = x.iterator();
            Iterator<?> j = y.iterator();
            while (i.hasNext()) if (!deepEqual(i.next(), j.next())) return false;
            return true;
        }
        if (a instanceof Map<?, ?> x) {
            Map<?, ?> y = (Map<?, ?>) b;
            if (x.size() != y.size()) return false;
            for (Map.Entry<?, ?> e : x.entrySet()) {
                if (!y.containsKey(e.getKey())) return false;
                if (!deepEqual(e.getValue(), y.get(e.getKey()))) return false;
            }
            return true;
        }
        if (a instanceof GoObject x) {
            Object ux = x.underlying();
            Object uy = ((GoObject) b).underlying();
            if (ux != null || uy != null) return deepEqual(ux, uy);
            return Objects.equals(a, b);
        }
        return a.equals(b);
    }
}
