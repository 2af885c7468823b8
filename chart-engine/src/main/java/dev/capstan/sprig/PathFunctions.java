package dev.capstan.sprig;

import static dev.capstan.gotemplate.ParamType.STRING;

import dev.capstan.gotemplate.Func;
import dev.capstan.gotemplate.FuncMap;
import dev.capstan.gotemplate.GoPath;
import java.util.function.UnaryOperator;

/**
 * Go's {@code path} functions as Sprig exposes them (base, dir, clean, ext, isAbs) and their
 * {@code path/filepath} twins (osBase ...). Helm's reference platform is Unix, where filepath
 * uses '/' and behaves exactly like path, so both sets share one implementation.
 */
public final class PathFunctions {
    private PathFunctions() {
    }

    public static void register(FuncMap m) {
        pair(m, "base", "osBase", PathFunctions::base);
        pair(m, "dir", "osDir", PathFunctions::dir);
        pair(m, "clean", "osClean", GoPath::clean);
        pair(m, "ext", "osExt", PathFunctions::ext);
        m.put(Func.of("isAbs", a -> ((String) a[0]).startsWith("/"), STRING));
        m.put(Func.of("osIsAbs", a -> ((String) a[0]).startsWith("/"), STRING));
    }

    private static void pair(FuncMap m, String name, String osName, UnaryOperator<String> f) {
        m.put(Func.of(name, a -> f.apply((String) a[0]), STRING));
        m.put(Func.of(osName, a -> f.apply((String) a[0]), STRING));
    }

    /** path.Base: the last element after trailing slashes are removed; "." for "", "/" for slashes. */
    static String base(String p) {
        if (p.isEmpty()) return ".";
        int end = p.length();
        while (end > 0 && p.charAt(end - 1) == '/') end--;
        p = p.substring(0, end);
        if (p.isEmpty()) return "/";
        int i = p.lastIndexOf('/');
        return p.substring(i + 1);
    }

    /** path.Dir: everything up to the last slash, cleaned. */
    static String dir(String p) {
        int i = p.lastIndexOf('/');
        return GoPath.clean(p.substring(0, i + 1));
    }

    /** path.Ext: the suffix from the final dot of the last element, or "". */
    static String ext(String p) {
        for (int i = p.length() - 1; i >= 0 && p.charAt(i) != '/'; i--) {
            if (p.charAt(i) == '.') return p.substring(i);
        }
        return "";
    }
}
