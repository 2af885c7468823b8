package dev.capstan.chart;

/**
 * Go's {@code path/filepath.Match} on a Unix system ({@code /} separator, {@code \} escapes):
 * {@code *} and {@code ?} never cross a {@code /}, classes are {@code [a-z]} and {@code [^...]}.
 * A malformed pattern is an error even when an earlier part already failed to match.
 */
final class GoPathMatch {
    private GoPathMatch() {
    }

    /** Go's {@code filepath.ErrBadPattern}. */
    static final class BadPattern extends Exception {
        BadPattern() {
            super("syntax error in pattern", null, false, false);
        }
    }

    static boolean match(String pattern, String name) throws BadPattern {
        int[] p = pattern.codePoints().toArray();
        int[] n = name.codePoints().toArray();
        int pi = 0;
        int ni = 0;
        outer:
        while (pi < p.length) {
            boolean star = false;
            while (pi < p.length && p[pi] == '*') {
                pi++;
                star = true;
            }
            int chunkStart = pi;
            int chunkEnd = chunkEnd(p, pi);
            pi = chunkEnd;
            if (star && chunkStart == chunkEnd) {
                // trailing star matches the rest when it holds no separator
                for (int i = ni; i < n.length; i++) {
                    if (n[i] == '/') {
                        return false;
                    }
                }
                return true;
            }
            int t = matchChunk(p, chunkStart, chunkEnd, n, ni);
            if (t >= 0 && (t == n.length || pi < p.length)) {
                ni = t;
                continue;
            }
            if (star) {
                for (int i = ni; i < n.length && n[i] != '/'; i++) {
                    int t2 = matchChunk(p, chunkStart, chunkEnd, n, i + 1);
                    if (t2 >= 0) {
                        if (pi == p.length && t2 < n.length) {
                            continue;
                        }
                        ni = t2;
                        continue outer;
                    }
                }
            }
            // validate the rest of the pattern before reporting a plain mismatch
            while (pi < p.length) {
                while (pi < p.length && p[pi] == '*') {
                    pi++;
                }
                int s = pi;
                int e = chunkEnd(p, pi);
                pi = e;
                matchChunk(p, s, e, new int[0], 0);
            }
            return false;
        }
        return ni == n.length;
    }

    /** Throws on a bad pattern; otherwise returns. */
    static void validate(String pattern) throws BadPattern {
        match(pattern, "abc");
    }

    private static int chunkEnd(int[] p, int i) {
        boolean inRange = false;
        for (; i < p.length; i++) {
            switch (p[i]) {
                case '\\' -> {
                    if (i + 1 < p.length) {
                        i++;
                    }
                }
                case '[' -> inRange = true;
                case ']' -> inRange = false;
                case '*' -> {
                    if (!inRange) {
                        return i;
                    }
                }
                default -> {
                }
            }
        }
        return i;
    }

    /**
     * Matches chunk {@code p[ps,pe)} at the start of {@code n[ni..]}; returns the index after
     * the match or -1. Keeps scanning the chunk for syntax errors after a mismatch, as Go does.
     */
    private static int matchChunk(int[] p, int ps, int pe, int[] n, int ni) throws BadPattern {
        boolean failed = false;
        int i = ps;
        while (i < pe) {
            if (!failed && ni >= n.length) {
                failed = true;
            }
            int c = p[i];
            if (c == '[') {
                int r = 0;
                if (!failed) {
                    r = n[ni];
                    ni++;
                }
                i++;
                boolean negated = false;
                if (i < pe && p[i] == '^') {
                    negated = true;
                    i++;
                }
                boolean matched = false;
                int nrange = 0;
                while (true) {
                    if (i < pe && p[i] == ']' && nrange > 0) {
                        i++;
                        break;
                    }
                    int[] lo = getEsc(p, i, pe);
                    i = lo[1];
                    int hi = lo[0];
                    if (i < pe && p[i] == '-') {
                        int[] h = getEsc(p, i + 1, pe);
                        hi = h[0];
                        i = h[1];
                    }
                    if (lo[0] <= r && r <= hi) {
                        matched = true;
                    }
                    nrange++;
                }
                if (matched == negated) {
                    failed = true;
                }
            } else if (c == '?') {
                if (!failed) {
                    if (n[ni] == '/') {
                        failed = true;
                    }
                    ni++;
                }
                i++;
            } else if (c == '\\') {
                i++;
                if (i >= pe) {
                    throw new BadPattern();
                }
                if (!failed) {
                    if (p[i] != n[ni]) {
                        failed = true;
                    }
                    ni++;
                }
                i++;
            } else {
                if (!failed) {
                    if (c != n[ni]) {
                        failed = true;
                    }
                    ni++;
                }
                i++;
            }
        }
        return failed ? -1 : ni;
    }

    /** One possibly escaped class character: {value, next index}. */
    private static int[] getEsc(int[] p, int i, int pe) throws BadPattern {
        if (i >= pe || p[i] == '-' || p[i] == ']') {
            throw new BadPattern();
        }
        if (p[i] == '\\') {
            i++;
            if (i >= pe) {
                throw new BadPattern();
            }
        }
        int r = p[i];
        i++;
        if (i >= pe) {
            throw new BadPattern();
        }
        return new int[] {r, i};
    }
}
