package dev.capstan.chart;

import dev.capstan.gotemplate.GoText;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code .helmignore} rules with Helm's semantics (pkg/ignore), quirks included:
 * <ul>
 *   <li>a pattern without {@code /} is matched against the basename only, one with {@code /}
 *       against the whole chart-relative path, a leading {@code /} just anchors;</li>
 *   <li>a trailing {@code /} restricts a rule to directories;</li>
 *   <li>rules are tried in order and the first positive match ignores the path;</li>
 *   <li>a negated rule {@code !p} ignores every path that does NOT match {@code p} (and every
 *       non-directory when it ends in {@code /}) — not gitignore re-inclusion;</li>
 *   <li>{@code **} is refused; {@code templates/.?*} is always appended.</li>
 * </ul>
 */
public final class HelmIgnore {
    /**
     * One rule. {@code shape} says how {@link #matches} may answer without the general matcher:
     * most .helmignore lines are a plain name ({@code .git}) or a star and a suffix ({@code *.bak}),
     * and a chart's every file is tried against every rule (redis: 25 rules x 70 files), which
     * cost ~5 ms of a cold run through Go's full Match algorithm.
     */
    private record Rule(String pattern, boolean negate, boolean mustDir, int kind, int shape, String tail) {
    }

    private static final int BASENAME = 0;
    private static final int PATH = 1;

    private static final int GENERAL = 0;
    /** no meta character: the subject must equal the pattern */
    private static final int LITERAL = 1;
    /** {@code *} then no meta character: the subject ends with {@code tail}, and the part the star
     *  covers holds no {@code /} (Go's star never crosses a separator) */
    private static final int STAR_SUFFIX = 2;

    private final List<Rule> rules = new ArrayList<>();

    private HelmIgnore() {
    }

    /** The rules of a .helmignore file followed by Helm's defaults. */
    public static HelmIgnore parse(byte[] data) {
        HelmIgnore r = rulesOnly(data);
        r.add("templates/.?*");
        return r;
    }

    /** Only the rules written in {@code data} (Helm's {@code ignore.Parse}, no defaults). */
    static HelmIgnore rulesOnly(byte[] data) {
        HelmIgnore r = new HelmIgnore();
        String text = new String(data, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        // bufio.ScanLines: split on \n, drop one trailing \r (TrimSpace would anyway)
        for (String line : text.split("\n", -1)) {
            r.add(line);
        }
        return r;
    }

    /** How many rules were kept (comments and blank lines are dropped). */
    int size() {
        return rules.size();
    }

    /** Only Helm's defaults (no .helmignore file). */
    public static HelmIgnore defaults() {
        HelmIgnore r = new HelmIgnore();
        r.add("templates/.?*");
        return r;
    }

    private void add(String raw) {
        String rule = GoText.trimSpace(raw);
        if (rule.isEmpty() || rule.startsWith("#")) {
            return;
        }
        if (rule.contains("**")) {
            throw new ChartLoadException("double-star (**) syntax is not supported");
        }
        try {
            GoPathMatch.validate(rule);
        } catch (GoPathMatch.BadPattern e) {
            throw new ChartLoadException(e.getMessage());
        }
        boolean negate = false;
        if (rule.startsWith("!")) {
            negate = true;
            rule = rule.substring(1);
        }
        boolean mustDir = false;
        if (rule.endsWith("/")) {
            mustDir = true;
            rule = rule.substring(0, rule.length() - 1);
        }
        int kind;
        if (rule.startsWith("/")) {
            rule = rule.substring(1);
            kind = PATH;
        } else if (rule.contains("/")) {
            kind = PATH;
        } else {
            kind = BASENAME;
        }
        int shape = GENERAL;
        String tail = null;
        if (!hasMeta(rule, 0)) {
            shape = LITERAL;
        } else if (rule.length() > 1 && rule.charAt(0) == '*' && !hasMeta(rule, 1)) {
            shape = STAR_SUFFIX;
            tail = rule.substring(1);
        }
        rules.add(new Rule(rule, negate, mustDir, kind, shape, tail));
    }

    private static boolean hasMeta(String pattern, int from) {
        for (int i = from; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '*' || c == '?' || c == '[' || c == '\\') {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the chart-relative {@code path} (with {@code /}) is ignored.
     *
     * @param isDir whether the path is a directory (a matching directory is skipped whole)
     */
    public boolean ignore(String path, boolean isDir) {
        if (path.isEmpty() || path.equals(".") || path.equals("./")) {
            return false;
        }
        String base = goBase(path);
        for (Rule r : rules) {
            String subject = r.kind == BASENAME ? base : path;
            if (r.negate) {
                if (r.mustDir && !isDir) {
                    return true;
                }
                if (!matches(r, subject)) {
                    return true;
                }
                continue;
            }
            if (r.mustDir && !isDir) {
                continue;
            }
            if (matches(r, subject)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(Rule r, String subject) {
        switch (r.shape) {
            case LITERAL:
                return subject.equals(r.pattern);
            case STAR_SUFFIX:
                return subject.endsWith(r.tail)
                        && subject.lastIndexOf('/', subject.length() - r.tail.length() - 1) < 0;
            default:
                try {
                    return GoPathMatch.match(r.pattern, subject);
                } catch (GoPathMatch.BadPattern e) {
                    return false;
                }
        }
    }

    /** Go's filepath.Base. */
    static String goBase(String p) {
        if (p.isEmpty()) {
            return ".";
        }
        int e = p.length();
        while (e > 0 && p.charAt(e - 1) == '/') {
            e--;
        }
        if (e == 0) {
            return "/";
        }
        p = p.substring(0, e);
        int i = p.lastIndexOf('/');
        return i >= 0 ? p.substring(i + 1) : p;
    }
}
