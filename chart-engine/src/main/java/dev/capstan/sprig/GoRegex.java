package dev.capstan.sprig;

import dev.capstan.gotemplate.GoText;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A Go {@code regexp} (RE2 syntax, leftmost-first) running on java.util.regex. Go and Java agree
 * on which match a leftmost-first search finds, so the work is in the syntax: {@link Translator}
 * rewrites a Go pattern into an equivalent Java one and rejects what Go rejects (look-around,
 * backreferences, possessive and stacked repetition, repeat counts over 1000) with Go's error
 * text. The search loops (find all, replace all, split) follow Go's rules for empty matches.
 * Compiled patterns are cached.
 */
final class GoRegex {
    private static final int CACHE_LIMIT = 512;
    private static final Map<String, Object> CACHE = new ConcurrentHashMap<>();

    private final String expr;
    private final Pattern pattern;
    /** Go's SubexpNames: index 0 is the whole match, "" for unnamed groups. */
    private final List<String> names;

    private GoRegex(String expr, Pattern pattern, List<String> names) {
        this.expr = expr;
        this.pattern = pattern;
        this.names = names;
    }

    /** Go's regexp.Compile; throws {@link GoRegexException} with Go's "error parsing regexp: ..." message. */
    static GoRegex compile(String expr) {
        Object cached = CACHE.get(expr);
        if (cached instanceof GoRegex r) return r;
        if (cached instanceof GoRegexException e) throw new GoRegexException(e.getMessage());
        Object result;
        try {
            Translator t = new Translator(expr);
            String java = t.translate();
            result = new GoRegex(expr, Pattern.compile(java), t.names);
        } catch (GoRegexException e) {
            result = e;
        } catch (PatternSyntaxException e) {
            result = new GoRegexException("error parsing regexp: " + e.getDescription() + ": `" + expr + "`");
        }
        if (CACHE.size() >= CACHE_LIMIT) CACHE.clear();
        CACHE.put(expr, result);
        if (result instanceof GoRegexException e) throw new GoRegexException(e.getMessage());
        return (GoRegex) result;
    }

    /** The message of regexp.MustCompile's panic. */
    static String mustCompileMessage(String expr, GoRegexException e) {
        return "regexp: Compile(" + GoStrings.quoteBacktick(expr) + "): " + e.getMessage();
    }

    boolean matches(String s) {
        return pattern.matcher(new Budget(s)).find();
    }

    /** FindString: the leftmost match or "". */
    String find(String s) {
        Matcher m = pattern.matcher(new Budget(s));
        return m.find() ? m.group() : "";
    }

    /** FindAllStringIndex with Go's rule: no empty match right after the previous match. */
    List<int[]> findAllIndex(String s, int n) {
        if (n < 0) n = GoText.utf8Length(s) + 1;
        List<int[]> out = new ArrayList<>();
        Matcher m = pattern.matcher(new Budget(s));
        int pos = 0;
        int prevEnd = -1;
        while (out.size() < n && pos <= s.length()) {
            if (!m.find(pos)) break;
            boolean accept = true;
            if (m.end() == pos) {
                if (m.start() == prevEnd) accept = false;
                pos += pos < s.length() ? Character.charCount(s.codePointAt(pos)) : 1;
            } else {
                pos = m.end();
            }
            prevEnd = m.end();
            if (accept) out.add(new int[]{m.start(), m.end()});
        }
        return out;
    }

    List<Object> findAll(String s, int n) {
        // Go's FindAllString returns a []string, nil when nothing matches.
        List<int[]> found = findAllIndex(s, n);
        if (found.isEmpty()) return dev.capstan.gotemplate.GoList.nil("string");
        List<Object> out = new dev.capstan.gotemplate.GoList("string", List.of());
        for (int[] x : found) out.add(s.substring(x[0], x[1]));
        return out;
    }

    /** Regexp.Split. */
    List<Object> split(String s, int n) {
        // Go's Split returns a []string, nil for n == 0.
        if (n == 0) return dev.capstan.gotemplate.GoList.nil("string");
        List<Object> out = new dev.capstan.gotemplate.GoList("string", List.of());
        if (!expr.isEmpty() && s.isEmpty()) {
            out.add("");
            return out;
        }
        int beg = 0;
        int end = 0;
        for (int[] x : findAllIndex(s, n)) {
            if (n > 0 && out.size() >= n - 1) break;
            end = x[0];
            if (x[1] != 0) out.add(s.substring(beg, end));
            beg = x[1];
        }
        if (end != s.length()) out.add(s.substring(beg));
        return out;
    }

    /** ReplaceAllString (expand=true, Go's $-template) or ReplaceAllLiteralString. */
    String replaceAll(String src, String repl, boolean expand) {
        StringBuilder buf = new StringBuilder();
        Matcher m = pattern.matcher(new Budget(src));
        int lastMatchEnd = 0;
        int searchPos = 0;
        while (searchPos <= src.length()) {
            if (!m.find(searchPos)) break;
            int a0 = m.start();
            int a1 = m.end();
            buf.append(src, lastMatchEnd, a0);
            // No replacement for an empty match right after another match.
            if (a1 > lastMatchEnd || a0 == 0) {
                if (expand) expand(buf, repl, src, m);
                else buf.append(repl);
            }
            lastMatchEnd = a1;
            int width = searchPos < src.length() ? Character.charCount(src.codePointAt(searchPos)) : 1;
            if (searchPos + width > a1) searchPos += width;
            else if (searchPos + 1 > a1) searchPos++;
            else searchPos = a1;
        }
        buf.append(src, lastMatchEnd, src.length());
        return buf.toString();
    }

    /** Regexp.Expand: $name / ${name}, longest name, $$ for a dollar; unknown groups expand to "". */
    private void expand(StringBuilder dst, String template, String src, Matcher m) {
        int i = 0;
        while (i < template.length()) {
            int d = template.indexOf('$', i);
            if (d < 0) break;
            dst.append(template, i, d);
            i = d + 1;
            if (i < template.length() && template.charAt(i) == '$') {
                dst.append('$');
                i++;
                continue;
            }
            int start = i;
            boolean brace = i < template.length() && template.charAt(i) == '{';
            if (brace) start++;
            int j = start;
            while (j < template.length()) {
                int c = template.codePointAt(j);
                if (!Character.isLetter(c) && !Character.isDigit(c) && c != '_') break;
                j += Character.charCount(c);
            }
            if (j == start || brace && (j >= template.length() || template.charAt(j) != '}')) {
                dst.append('$');
                continue;
            }
            String name = template.substring(start, j);
            i = brace ? j + 1 : j;
            int num = groupNumber(name);
            if (num >= 0) {
                if (num <= m.groupCount() && m.start(num) >= 0) dst.append(src, m.start(num), m.end(num));
            } else {
                for (int g = 0; g < names.size(); g++) {
                    if (name.equals(names.get(g)) && g <= m.groupCount() && m.start(g) >= 0) {
                        dst.append(src, m.start(g), m.end(g));
                        break;
                    }
                }
            }
        }
        dst.append(template, Math.min(i, template.length()), template.length());
    }

    private static int groupNumber(String name) {
        int num = 0;
        for (int k = 0; k < name.length(); k++) {
            char c = name.charAt(k);
            if (c < '0' || c > '9' || num >= 100_000_000) return -1;
            num = num * 10 + (c - '0');
        }
        if (name.charAt(0) == '0' && name.length() > 1) return -1;
        return num;
    }

    /** regexp.QuoteMeta. */
    static String quoteMeta(String s) {
        StringBuilder sb = new StringBuilder(s.length() * 2);
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if ("\\.+*?()|[]{}^$".indexOf(c) >= 0) sb.append('\\');
            sb.append(c);
        }
        return sb.toString();
    }

    /**
     * Go's engine is linear-time; java.util.regex backtracks and can take exponential time on a
     * hostile pattern. Charts are untrusted, so every match runs over this view of the input, which
     * fails the function once the engine has read more characters than a linear-time engine
     * plausibly would: {@link #BASE_STEPS} plus {@link #STEPS_PER_CHAR} per input character.
     */
    static final long BASE_STEPS = 2_000_000L;
    static final long STEPS_PER_CHAR = 100L;

    private static final class Budget implements CharSequence {
        private final String s;
        private final long max;
        private long steps;

        Budget(String s) {
            this.s = s;
            this.max = BASE_STEPS + STEPS_PER_CHAR * s.length();
        }

        @Override
        public int length() {
            return s.length();
        }

        @Override
        public char charAt(int index) {
            if (++steps > max) {
                throw new dev.capstan.gotemplate.FunctionException("regexp: match aborted after " + max
                        + " steps (the pattern backtracks too much for java.util.regex)");
            }
            return s.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return s.substring(start, end);
        }

        @Override
        public String toString() {
            return s;
        }
    }

    /** A Go regexp syntax error. */
    static final class GoRegexException extends RuntimeException {
        GoRegexException(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * Go RE2 syntax to java.util.regex. Flags are tracked per group: {@code i} is passed on
     * (with Unicode case folding), {@code m} and {@code s} are applied here by rewriting
     * {@code ^ $ .}, and {@code U} (ungreedy, unlike Java's U) swaps greedy and lazy quantifiers.
     */
    static final class Translator {
        private final String src;
        private int pos;
        private final StringBuilder out = new StringBuilder();
        final List<String> names = new ArrayList<>();

        private static final class Flags {
            boolean i;
            boolean m;
            boolean s;
            boolean u;

            Flags copy() {
                Flags f = new Flags();
                f.i = i;
                f.m = m;
                f.s = s;
                f.u = u;
                return f;
            }
        }

        Translator(String src) {
            this.src = src;
            names.add("");
        }

        private GoRegexException err(String code, String arg) {
            return new GoRegexException("error parsing regexp: " + code + ": `" + arg + "`");
        }

        String translate() {
            parseAlternation(new Flags(), 0);
            if (pos < src.length()) throw err("unexpected )", src);
            return out.toString();
        }

        /** Parses until an unmatched ')' or the end. depth &gt; 0 means inside a group. */
        private void parseAlternation(Flags flags, int depth) {
            boolean atomStart = true; // nothing to repeat yet
            int lastRepeatStart = -1;
            while (pos < src.length()) {
                char c = src.charAt(pos);
                if (c == ')') {
                    if (depth == 0) throw err("unexpected )", src);
                    return;
                }
                if (c == '|') {
                    out.append('|');
                    pos++;
                    atomStart = true;
                    lastRepeatStart = -1;
                    continue;
                }
                if (c == '*' || c == '+' || c == '?' || c == '{' && isRepeat(pos)) {
                    int opStart = pos;
                    String q = readRepeat();
                    boolean lazy = pos < src.length() && src.charAt(pos) == '?';
                    if (lazy) pos++;
                    if (atomStart) throw err("missing argument to repetition operator", src.substring(opStart, pos));
                    // Go reports the stacked operators including a trailing '?': `{2}*?`
                    if (lastRepeatStart >= 0) throw err("invalid nested repetition operator", src.substring(lastRepeatStart, pos));
                    lastRepeatStart = opStart;
                    if (flags.u) lazy = !lazy;
                    out.append(q);
                    if (lazy) out.append('?');
                    continue;
                }
                lastRepeatStart = -1;
                if (c == '(') {
                    if (parseGroup(flags, depth)) {
                        atomStart = false;
                    } else {
                        // a flag group (?i) changed the flags for the rest of this group
                        atomStart = true;
                    }
                    continue;
                }
                atomStart = false;
                pos++;
                switch (c) {
                    case '[' -> parseClass(flags);
                    case '.' -> out.append(flags.s ? "(?s:.)" : "[^\\n]");
                    case '^' -> out.append(flags.m ? "(?:^|(?<=\\n))" : "\\A");
                    case '$' -> out.append(flags.m ? "(?=\\n|\\z)" : "\\z");
                    case '\\' -> parseEscape(flags);
                    default -> appendLiteral(c);
                }
            }
            if (depth > 0) throw err("missing closing )", src);
        }

        private void appendLiteral(int c) {
            if ("\\.+*?()|[]{}^$&-#~ \t\n".indexOf(c) >= 0 && c < 128) {
                if (c == ' ') out.append("\\x20");
                else if (c == '\t') out.append("\\t");
                else if (c == '\n') out.append("\\n");
                else out.append('\\').append((char) c);
            } else {
                out.appendCodePoint(c);
            }
        }

        /** Whether a '{' at p starts a valid {n}, {n,} or {n,m}; otherwise Go takes it literally. */
        private boolean isRepeat(int p) {
            int k = p + 1;
            int d = k;
            while (k < src.length() && Character.isDigit(src.charAt(k)) && src.charAt(k) < 128) k++;
            if (k == d || k >= src.length()) return false;
            if (src.charAt(k) == '}') return true;
            if (src.charAt(k) != ',') return false;
            k++;
            while (k < src.length() && src.charAt(k) >= '0' && src.charAt(k) <= '9') k++;
            return k < src.length() && src.charAt(k) == '}';
        }

        private String readRepeat() {
            char c = src.charAt(pos);
            if (c != '{') {
                pos++;
                return String.valueOf(c);
            }
            int start = pos;
            int close = src.indexOf('}', pos);
            String body = src.substring(pos + 1, close);
            pos = close + 1;
            String[] mm = body.split(",", -1);
            long min = parseCount(mm[0]);
            long max = mm.length == 1 ? min : mm[1].isEmpty() ? -1 : parseCount(mm[1]);
            if (min > 1000 || max > 1000 || max >= 0 && max < min) {
                throw err("invalid repeat count", src.substring(start, pos));
            }
            return "{" + body + "}";
        }

        private static long parseCount(String s) {
            if (s.length() > 8) return Long.MAX_VALUE;
            return Long.parseLong(s);
        }

        /** Returns true for a capturing or non-capturing group, false for a bare flag setting. */
        private boolean parseGroup(Flags flags, int depth) {
            int start = pos;
            pos++;
            if (pos < src.length() && src.charAt(pos) == '?') {
                String rest = src.substring(pos);
                if (rest.startsWith("?P<") || rest.startsWith("?<") && !rest.startsWith("?<=") && !rest.startsWith("?<!")) {
                    pos += rest.startsWith("?P<") ? 3 : 2;
                    int close = src.indexOf('>', pos);
                    if (close < 0) throw err("invalid named capture", src.substring(start));
                    String name = src.substring(pos, close);
                    if (name.isEmpty() || !name.matches("[A-Za-z0-9_]+")) {
                        throw err("invalid named capture", src.substring(start, close + 1));
                    }
                    pos = close + 1;
                    names.add(name);
                    out.append('(');
                    parseAlternation(flags.copy(), depth + 1);
                    pos++;
                    out.append(')');
                    return true;
                }
                // (?flags) for the rest of the group, or (?flags:re)
                pos++;
                Flags inner = flags.copy();
                boolean neg = false;
                boolean sawFlag = false;
                while (true) {
                    if (pos >= src.length()) throw err("missing closing )", src);
                    char c = src.charAt(pos);
                    pos++;
                    switch (c) {
                        case 'i' -> inner.i = !neg;
                        case 'm' -> inner.m = !neg;
                        case 's' -> inner.s = !neg;
                        case 'U' -> inner.u = !neg;
                        case '-' -> {
                            if (neg) throw err("invalid or unsupported Perl syntax", src.substring(start, pos));
                            neg = true;
                            sawFlag = false;
                            continue;
                        }
                        case ':', ')' -> {
                            if (neg && !sawFlag || c == ')' && !neg && !sawFlag) {
                                throw err("invalid or unsupported Perl syntax", src.substring(start, pos));
                            }
                            String caseFlag = inner.i == flags.i ? "" : inner.i ? "iu" : "-iu";
                            if (c == ')') {
                                // Go and Java both scope a bare flag group to the rest of the enclosing group.
                                if (!caseFlag.isEmpty()) out.append("(?").append(caseFlag).append(')');
                                flags.i = inner.i;
                                flags.m = inner.m;
                                flags.s = inner.s;
                                flags.u = inner.u;
                                return false;
                            }
                            out.append("(?").append(caseFlag).append(':');
                            parseAlternation(inner, depth + 1);
                            pos++;
                            out.append(')');
                            return true;
                        }
                        default -> throw err("invalid or unsupported Perl syntax", src.substring(start, pos));
                    }
                    sawFlag = true;
                }
            }
            names.add("");
            out.append('(');
            parseAlternation(flags.copy(), depth + 1);
            pos++;
            out.append(')');
            return true;
        }

        private void parseEscape(Flags flags) {
            if (pos >= src.length()) throw err("trailing backslash at end of expression", "");
            char c = src.charAt(pos);
            pos++;
            switch (c) {
                case 'A' -> out.append("\\A");
                case 'z' -> out.append("\\z");
                case 'b' -> out.append("(?:(?<=[0-9A-Za-z_])(?![0-9A-Za-z_])|(?<![0-9A-Za-z_])(?=[0-9A-Za-z_]))");
                case 'B' -> out.append("(?:(?<=[0-9A-Za-z_])(?=[0-9A-Za-z_])|(?<![0-9A-Za-z_])(?![0-9A-Za-z_]))");
                case 'Q' -> {
                    int end = src.indexOf("\\E", pos);
                    String lit = end < 0 ? src.substring(pos) : src.substring(pos, end);
                    pos = end < 0 ? src.length() : end + 2;
                    lit.codePoints().forEach(this::appendLiteral);
                }
                case 'C' -> out.append("(?s:.)");
                default -> {
                    pos--;
                    String cls = perlOrUnicodeClass(false);
                    if (cls != null) {
                        out.append(cls);
                        return;
                    }
                    appendLiteral(escapedChar());
                }
            }
        }

        /** \d \s \w (ASCII in Go) and \pX / \p{Name}; null when the escape is something else. */
        private String perlOrUnicodeClass(boolean inClass) {
            char c = src.charAt(pos);
            String body = switch (c) {
                case 'd' -> "0-9";
                case 's' -> "\\t\\n\\f\\r\\x20";
                case 'w' -> "0-9A-Za-z_";
                default -> null;
            };
            if (body != null) {
                pos++;
                return inClass ? body : "[" + body + "]";
            }
            String neg = switch (c) {
                case 'D' -> "0-9";
                case 'S' -> "\\t\\n\\f\\r\\x20";
                case 'W' -> "0-9A-Za-z_";
                default -> null;
            };
            if (neg != null) {
                pos++;
                return "[^" + neg + "]";
            }
            if (c == 'p' || c == 'P') {
                int start = pos - 1;
                pos++;
                boolean negate = c == 'P';
                String name;
                if (pos >= src.length()) throw err("invalid character class range", src.substring(start));
                if (src.charAt(pos) == '{') {
                    int close = src.indexOf('}', pos);
                    if (close < 0) throw err("invalid character class range", src.substring(start));
                    name = src.substring(pos + 1, close);
                    pos = close + 1;
                } else {
                    name = src.substring(pos, pos + Character.charCount(src.codePointAt(pos)));
                    pos += name.length();
                }
                if (name.startsWith("^")) {
                    negate = !negate;
                    name = name.substring(1);
                }
                String javaName = unicodeClassName(name);
                if (javaName == null) throw err("invalid character class range", src.substring(start, pos));
                return (negate ? "\\P{" : "\\p{") + javaName + "}";
            }
            return null;
        }

        private static String unicodeClassName(String name) {
            if (name.matches("[A-Z][a-z]?")) return name;
            if (name.matches("[A-Z][A-Za-z_]*")) {
                try {
                    Character.UnicodeScript.forName(name);
                    return "Is" + name;
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
            return null;
        }

        /** An escaped single character (outside \d etc.); pos is at the char after the backslash. */
        private int escapedChar() {
            int start = pos - 1;
            char c = src.charAt(pos);
            pos++;
            switch (c) {
                case 'a':
                    return 7;
                case 'f':
                    return '\f';
                case 't':
                    return '\t';
                case 'n':
                    return '\n';
                case 'r':
                    return '\r';
                case 'v':
                    return 0x0B;
                case 'x': {
                    if (pos < src.length() && src.charAt(pos) == '{') {
                        int close = src.indexOf('}', pos);
                        String hex = close < 0 ? "" : src.substring(pos + 1, close);
                        if (hex.isEmpty() || !hex.matches("[0-9A-Fa-f]+") || hex.length() > 8
                                || Long.parseLong(hex, 16) > 0x10FFFF) {
                            throw err("invalid escape sequence", src.substring(start, close < 0 ? src.length() : close + 1));
                        }
                        pos = close + 1;
                        return Integer.parseInt(hex, 16);
                    }
                    if (pos + 2 > src.length() || !src.substring(pos, pos + 2).matches("[0-9A-Fa-f]{2}")) {
                        throw err("invalid escape sequence", src.substring(start, Math.min(src.length(), pos + 2)));
                    }
                    pos += 2;
                    return Integer.parseInt(src.substring(pos - 2, pos), 16);
                }
                default:
                    break;
            }
            if (c >= '0' && c <= '7') {
                // \1-\7 alone would be a backreference, which Go does not support.
                if (c != '0' && (pos >= src.length() || src.charAt(pos) < '0' || src.charAt(pos) > '7')) {
                    throw err("invalid escape sequence", src.substring(start, pos));
                }
                int v = c - '0';
                for (int k = 0; k < 2 && pos < src.length() && src.charAt(pos) >= '0' && src.charAt(pos) <= '7'; k++) {
                    v = v * 8 + (src.charAt(pos) - '0');
                    pos++;
                }
                return v;
            }
            if (c < 128 && !Character.isLetterOrDigit(c)) return c;
            int end = Math.min(src.length(), start + 1 + Character.charCount(src.codePointAt(start + 1)));
            throw err("invalid escape sequence", src.substring(start, end));
        }

        private static final Map<String, String> POSIX = Map.ofEntries(
                Map.entry("alnum", "0-9A-Za-z"), Map.entry("alpha", "A-Za-z"), Map.entry("ascii", "\\x00-\\x7F"),
                Map.entry("blank", "\\t\\x20"), Map.entry("cntrl", "\\x00-\\x1F\\x7F"), Map.entry("digit", "0-9"),
                Map.entry("graph", "!-~"), Map.entry("lower", "a-z"), Map.entry("print", "\\x20-~"),
                Map.entry("punct", "!-/:-@\\[-`{-~"), Map.entry("space", "\\t\\n\\x0B\\f\\r\\x20"),
                Map.entry("upper", "A-Z"), Map.entry("word", "0-9A-Za-z_"), Map.entry("xdigit", "0-9A-Fa-f"));

        /** A bracket expression; pos is just after '['. */
        private void parseClass(Flags flags) {
            int start = pos - 1;
            StringBuilder cls = new StringBuilder("[");
            if (pos < src.length() && src.charAt(pos) == '^') {
                cls.append('^');
                pos++;
            }
            boolean first = true;
            while (true) {
                if (pos >= src.length()) throw err("missing closing ]", src.substring(start));
                char c = src.charAt(pos);
                if (c == ']' && !first) {
                    pos++;
                    break;
                }
                first = false;
                if (c == '[' && src.startsWith("[:", pos)) {
                    int close = src.indexOf(":]", pos + 2);
                    if (close >= 0) {
                        String name = src.substring(pos + 2, close);
                        boolean neg = name.startsWith("^");
                        String body = POSIX.get(neg ? name.substring(1) : name);
                        if (body == null) throw err("invalid character class range", src.substring(pos, close + 2));
                        cls.append(neg ? "[^" + body + "]" : body);
                        pos = close + 2;
                        continue;
                    }
                }
                int lo;
                if (c == '\\') {
                    pos++;
                    if (pos >= src.length()) throw err("missing closing ]", src.substring(start));
                    String perl = perlOrUnicodeClass(true);
                    if (perl != null) {
                        cls.append(perl);
                        continue;
                    }
                    lo = escapedChar();
                } else {
                    lo = src.codePointAt(pos);
                    pos += Character.charCount(lo);
                }
                int rangeStart = pos - 1;
                if (pos + 1 < src.length() && src.charAt(pos) == '-' && src.charAt(pos + 1) != ']') {
                    pos++;
                    int hi;
                    if (src.charAt(pos) == '\\') {
                        pos++;
                        hi = escapedChar();
                    } else {
                        hi = src.codePointAt(pos);
                        pos += Character.charCount(hi);
                    }
                    if (hi < lo) throw err("invalid character class range", src.substring(rangeStart, pos));
                    appendClassChar(cls, lo);
                    cls.append('-');
                    appendClassChar(cls, hi);
                } else {
                    appendClassChar(cls, lo);
                }
            }
            out.append(cls).append(']');
        }

        private static void appendClassChar(StringBuilder cls, int c) {
            if (c < 128 && !Character.isLetterOrDigit(c)) {
                if (c < 0x20 || c == 0x7f) cls.append(String.format("\\x%02X", c));
                else cls.append('\\').append((char) c);
            } else {
                cls.appendCodePoint(c);
            }
        }
    }
}
