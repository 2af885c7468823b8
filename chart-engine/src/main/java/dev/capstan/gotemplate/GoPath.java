package dev.capstan.gotemplate;

/** Go's {@code path} package (slash-separated, purely lexical) where more than one area needs it. */
public final class GoPath {
    private GoPath() {
    }

    /**
     * path.Clean: the shortest equivalent path by lexical processing — single slashes, no "."
     * elements, ".." eating the element before it (and vanishing at the root); "." when empty.
     */
    public static String clean(String p) {
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
