package dev.capstan.sprig;

import static dev.capstan.gotemplate.ParamType.STRING;

import dev.capstan.gotemplate.Func;
import dev.capstan.gotemplate.FuncMap;
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
        pair(m, "clean", "osClean", PathFunctions::clean);
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
        return clean(p.substring(0, i + 1));
    }

    /** path.Ext: the suffix from the final dot of the last element, or "". */
    static String ext(String p) {
        for (int i = p.length() - 1; i >= 0 && p.charAt(i) != '/'; i--) {
            if (p.charAt(i) == '.') return p.substring(i);
        }
        return "";
    }

    /**
     * path.Clean: the shortest equivalent path by lexical processing — single slashes, no "."
     * elements, ".." eating the element before it (and vanishing at the root); "." when empty.
     */
    static String clean(String p) {
        if (p.isEmpty()) return ".";
        boolean rooted = p.charAt(0) == '/';
        int n = p.length();
        StringBuilder out = new StringBuilder(n);
        int r = 0;
        int dotdot = 0;
        if (rooted) {
            out.append('/');
            r = 1;
            dotdot = 1;
        }
        while (r < n) {
            char c = p.charAt(r);
            if (c == '/') {
                r++;
            } else if (c == '.' && (r + 1 == n || p.charAt(r + 1) == '/')) {
                r++;
            } else if (c == '.' && p.charAt(r + 1) == '.' && (r + 2 == n || p.charAt(r + 2) == '/')) {
                r += 2;
                if (out.length() > dotdot) {
                    int w = out.length() - 1;
                    while (w > dotdot && out.charAt(w) != '/') w--;
                    out.setLength(w);
                } else if (!rooted) {
                    if (out.length() > 0) out.append('/');
                    out.append("..");
                    dotdot = out.length();
                }
            } else {
                if ((rooted && out.length() != 1) || (!rooted && out.length() != 0)) out.append('/');
                for (; r < n && p.charAt(r) != '/'; r++) out.append(p.charAt(r));
            }
        }
        if (out.length() == 0) return ".";
        return out.toString();
    }
}
