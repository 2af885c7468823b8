package dev.capstan.cli;

/**
 * Go's {@code path/filepath.Match} on Unix: {@code *} any run of non-{@code /} characters,
 * {@code ?} one non-{@code /} character, {@code [...]} classes with ranges and {@code ^} negation,
 * {@code \} escapes. A malformed pattern matches nothing (Go returns ErrBadPattern, which
 * {@code helm template} ignores).
 */
final class GoFilepathMatch {
    private GoFilepathMatch() {
    }

    static boolean match(String pattern, String name) {
        try {
            return matchFrom(pattern, 0, name, 0);
        } catch (IllegalArgumentException bad) {
            return false;
        }
    }

    private static boolean matchFrom(String p, int pi, String s, int si) {
        while (pi < p.length()) {
            char c = p.charAt(pi);
            if (c == '*') {
                while (pi < p.length() && p.charAt(pi) == '*') pi++;
                // the star may absorb any run without a separator
                for (int k = si; ; k++) {
                    if (matchFrom(p, pi, s, k)) return true;
                    if (k >= s.length() || s.charAt(k) == '/') break;
                }
                checkRest(p, pi);
                return false;
            }
            if (si >= s.length()) {
                checkRest(p, pi);
                return false;
            }
            int cp = s.codePointAt(si);
            if (c == '?') {
                if (cp == '/') return false;
                pi++;
            } else if (c == '[') {
                int[] next = new int[1];
                boolean ok = matchClass(p, pi, cp, next);
                if (!ok) return false;
                pi = next[0];
            } else if (c == '\\') {
                if (pi + 1 >= p.length()) throw new IllegalArgumentException("bad pattern");
                int pc = p.codePointAt(pi + 1);
                if (pc != cp) return false;
                pi += 1 + Character.charCount(pc);
            } else {
                int pc = p.codePointAt(pi);
                if (pc != cp) return false;
                pi += Character.charCount(pc);
            }
            si += Character.charCount(cp);
        }
        return si == s.length();
    }

    /** Go reports a bad pattern even when the name ran out first; validate what is left. */
    private static void checkRest(String p, int pi) {
        while (pi < p.length()) {
            char c = p.charAt(pi);
            if (c == '[') {
                int[] next = new int[1];
                matchClass(p, pi, 'a', next);
                pi = next[0];
            } else if (c == '\\') {
                if (pi + 1 >= p.length()) throw new IllegalArgumentException("bad pattern");
                pi += 2;
            } else {
                pi++;
            }
        }
    }

    private static boolean matchClass(String p, int pi, int cp, int[] next) {
        int i = pi + 1;
        boolean negated = false;
        if (i < p.length() && p.charAt(i) == '^') {
            negated = true;
            i++;
        }
        boolean matched = false;
        int count = 0;
        while (true) {
            if (i >= p.length()) throw new IllegalArgumentException("bad pattern");
            if (p.charAt(i) == ']' && count > 0) {
                i++;
                break;
            }
            int[] lo = readChar(p, i);
            i = lo[1];
            int hi = lo[0];
            if (i < p.length() && p.charAt(i) == '-') {
                int[] h = readChar(p, i + 1);
                hi = h[0];
                i = h[1];
                if (hi < lo[0]) throw new IllegalArgumentException("bad pattern");
            }
            if (lo[0] <= cp && cp <= hi) matched = true;
            count++;
        }
        next[0] = i;
        return matched != negated;
    }

    private static int[] readChar(String p, int i) {
        if (i >= p.length()) throw new IllegalArgumentException("bad pattern");
        char c = p.charAt(i);
        if (c == '-' || c == ']') throw new IllegalArgumentException("bad pattern");
        if (c == '\\') {
            i++;
            if (i >= p.length()) throw new IllegalArgumentException("bad pattern");
        }
        int cp = p.codePointAt(i);
        return new int[]{cp, i + Character.charCount(cp)};
    }
}
