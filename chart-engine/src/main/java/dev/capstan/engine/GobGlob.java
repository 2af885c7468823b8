package dev.capstan.engine;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Glob patterns as {@code github.com/gobwas/glob} compiles them with separator {@code /} (what
 * {@code .Files.Glob} uses): {@code *} any run without {@code /}, {@code **} any run at all,
 * {@code ?} one character other than {@code /}, {@code [abc]} {@code [a-z]} {@code [!abc]},
 * {@code {a,b}} alternatives (which may nest) and {@code \} to escape. Compiled to a Java regex.
 */
public final class GobGlob {
    private final Pattern pattern;

    private GobGlob(Pattern pattern) {
        this.pattern = pattern;
    }

    /** Matches nothing: what gobwas builds for a pattern with an unclosed {@code {}. */
    private static final GobGlob NOTHING = new GobGlob(Pattern.compile("(?!)"));

    /** @throws IllegalArgumentException when the pattern is malformed (an unclosed class) */
    public static GobGlob compile(String glob) {
        StringBuilder re = new StringBuilder();
        int[] pos = {0};
        try {
            compileSeq(glob, pos, re, 0);
        } catch (UnclosedGroup e) {
            return NOTHING;
        }
        if (pos[0] != glob.length()) throw new IllegalArgumentException("unexpected '" + glob.charAt(pos[0]) + "'");
        try {
            return new GobGlob(Pattern.compile(re.toString(), Pattern.DOTALL));
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException(e.getDescription());
        }
    }

    /** Compiles until the end, or (inside braces) until an unmatched {@code ,} or {@code }}. */
    private static void compileSeq(String g, int[] pos, StringBuilder re, int braceDepth) {
        while (pos[0] < g.length()) {
            char c = g.charAt(pos[0]);
            if (braceDepth > 0 && (c == ',' || c == '}')) return;
            switch (c) {
                case '*' -> {
                    if (pos[0] + 1 < g.length() && g.charAt(pos[0] + 1) == '*') {
                        re.append(".*");
                        pos[0] += 2;
                    } else {
                        re.append("[^/]*");
                        pos[0]++;
                    }
                }
                case '?' -> {
                    re.append("[^/]");
                    pos[0]++;
                }
                case '\\' -> {
                    if (pos[0] + 1 >= g.length()) throw new IllegalArgumentException("unexpected end of pattern after escape");
                    int cp = g.codePointAt(pos[0] + 1);
                    re.append(Pattern.quote(new String(Character.toChars(cp))));
                    pos[0] += 1 + Character.charCount(cp);
                }
                case '[' -> compileClass(g, pos, re);
                case '{' -> {
                    pos[0]++;
                    re.append("(?:");
                    while (true) {
                        compileSeq(g, pos, re, braceDepth + 1);
                        if (pos[0] >= g.length()) throw new UnclosedGroup();
                        char d = g.charAt(pos[0]++);
                        if (d == '}') break;
                        re.append('|');
                    }
                    re.append(')');
                }
                default -> {
                    int cp = g.codePointAt(pos[0]);
                    re.append(Pattern.quote(new String(Character.toChars(cp))));
                    pos[0] += Character.charCount(cp);
                }
            }
        }
    }

    private static void compileClass(String g, int[] pos, StringBuilder re) {
        int i = pos[0] + 1;
        boolean not = i < g.length() && g.charAt(i) == '!';
        if (not) i++;
        StringBuilder cls = new StringBuilder(not ? "[^" : "[");
        boolean any = false;
        while (true) {
            if (i >= g.length()) throw new IllegalArgumentException("unclosed character class");
            int cp = g.codePointAt(i);
            if (cp == ']') {
                i++;
                break;
            }
            if (cp == '\\') {
                i++;
                if (i >= g.length()) throw new IllegalArgumentException("unclosed character class");
                cp = g.codePointAt(i);
            }
            i += Character.charCount(cp);
            if (i + 1 < g.length() && g.charAt(i) == '-' && g.charAt(i + 1) != ']') {
                int hi = g.codePointAt(i + 1);
                i += 1 + Character.charCount(hi);
                if (hi < cp) throw new IllegalArgumentException("invalid range");
                cls.append(esc(cp)).append('-').append(esc(hi));
            } else {
                cls.append(esc(cp));
            }
            any = true;
        }
        if (!any) throw new IllegalArgumentException("empty character class");
        re.append(cls).append(']');
        pos[0] = i;
    }

    private static String esc(int cp) {
        return String.format("\\x{%x}", cp);
    }

    private static final class UnclosedGroup extends RuntimeException {
        UnclosedGroup() {
            super(null, null, false, false);
        }
    }

    public boolean matches(String s) {
        return pattern.matcher(s).matches();
    }
}
