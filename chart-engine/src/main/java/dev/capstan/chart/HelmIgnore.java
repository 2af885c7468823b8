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
    private record Rule(String pattern, boolean negate, boolean mustDir, int kind) {
    }

    private static final int BASENAME = 0;
    private static final int PATH = 1;

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
        rules.add(new Rule(rule, negate, mustDir, kind));
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
        for (Rule r : rules) {
            if (r.negate) {
                if (r.mustDir && !isDir) {
                    return true;
                }
                if (!matches(r, path)) {
                    return true;
                }
                continue;
            }
            if (r.mustDir && !isDir) {
                continue;
            }
            if (matches(r, path)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(Rule r, String path) {
        String subject = r.kind == BASENAME ? goBase(path) : path;
        try {
            return GoPathMatch.match(r.pattern, subject);
        } catch (GoPathMatch.BadPattern e) {
            return false;
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
