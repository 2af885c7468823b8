package dev.capstan.yaml;

import dev.capstan.gotemplate.GoObject;

import java.util.List;
import java.util.Map;

/**
 * The rare places where {@code sigs.k8s.io/yaml}'s JSON-to-YAML round trip changes or rejects a
 * value, because go-yaml v2 re-reads the JSON text as YAML:
 * <ul>
 *   <li>JSON leaves U+007F..U+009F, U+FFFE and U+FFFF unescaped and the YAML reader rejects
 *       them: {@code yaml: control characters are not allowed};</li>
 *   <li>JSON leaves NEL (U+0085) unescaped and YAML reads it as a line break inside the quoted
 *       string, so it folds: one NEL (with the spaces around it) becomes a space, n NELs become
 *       n-1 newlines; {@code ---}/{@code ...} right after one is a document marker;</li>
 *   <li>a key spanning lines (a NEL) or longer than 1024 characters of JSON text is not a valid
 *       simple key: {@code yaml: did not find expected ',' or '}'}.</li>
 * </ul>
 * Line numbers in these messages count the NELs before the problem, as go-yaml counts lines.
 */
final class JsonYamlRoundTrip {
    static final char NEL = '\u0085';

    private int line;

    private JsonYamlRoundTrip() {
    }

    /** Whether a string may need this slow path (cheap test on every string). */
    static boolean suspicious(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if ((c >= 0x7F && c <= 0x9F) || c == 0xFFFE || c == 0xFFFF) return true;
        }
        return false;
    }

    /** Whether a key's JSON text may exceed the 1024-character simple key limit. */
    static boolean longKey(String key) {
        return key.length() > 170 && jsonLength(key) > 1024;
    }

    /** Throws the error go-yaml reports when reading {@code json.Marshal(v)}, if any. */
    static void check(Object v) {
        new JsonYamlRoundTrip().walk(v);
    }

    private void walk(Object v) {
        if (v instanceof String s) {
            value(s);
        } else if (v instanceof Map<?, ?> m) {
            for (String k : SortKeys.utf8Sorted(m)) {
                key(k);
                walk(m.get(k));
            }
        } else if (v instanceof List<?> l) {
            for (Object x : l) walk(x);
        } else if (v instanceof GoObject o) {
            Object j = GoJson.objectValue(o);
            if (j != null) walk(j);
        }
    }

    private void key(String k) {
        controls(k);
        int nels = 0;
        for (int i = 0; i < k.length(); i++) if (k.charAt(i) == NEL) nels++;
        if (nels > 0 || jsonLength(k) > 1024) {
            line += nels;
            throw new GoJsonException("yaml: " + (line > 0 ? "line " + line + ": " : "")
                    + "did not find expected ',' or '}'");
        }
    }

    private void value(String s) {
        controls(s);
        int n = s.length();
        for (int i = 0; i < n; ) {
            char c = s.charAt(i);
            if (c != ' ' && c != NEL) {
                i++;
                continue;
            }
            boolean sawBreak = false, lastWasBreak = false;
            while (i < n && (s.charAt(i) == ' ' || s.charAt(i) == NEL)) {
                lastWasBreak = s.charAt(i) == NEL;
                if (lastWasBreak) {
                    sawBreak = true;
                    line++;
                }
                i++;
            }
            if (sawBreak && lastWasBreak && i + 3 < n
                    && (s.startsWith("---", i) || s.startsWith("...", i))
                    && (s.charAt(i + 3) == ' ' || s.charAt(i + 3) == NEL)) {
                throw new GoJsonException("yaml: line " + (line + 1) + ": found unexpected document indicator");
            }
        }
    }

    private static void controls(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if ((c >= 0x7F && c <= 0x9F && c != NEL) || c == 0xFFFE || c == 0xFFFF) {
                throw new GoJsonException("yaml: control characters are not allowed");
            }
        }
    }

    /** A quoted string after the YAML scanner folded its raw NELs and the spaces around them. */
    static String foldNel(String s) {
        if (s.indexOf(NEL) < 0) return s;
        StringBuilder out = new StringBuilder(s.length());
        int n = s.length();
        for (int i = 0; i < n; ) {
            char c = s.charAt(i);
            if (c != ' ' && c != NEL) {
                out.append(c);
                i++;
                continue;
            }
            int spaces = 0, breaks = 0;
            boolean leadingBlanks = false;
            while (i < n && (s.charAt(i) == ' ' || s.charAt(i) == NEL)) {
                if (s.charAt(i) == ' ') {
                    if (!leadingBlanks) spaces++;
                } else {
                    if (leadingBlanks) breaks++;
                    leadingBlanks = true;
                }
                i++;
            }
            if (!leadingBlanks) out.append(" ".repeat(spaces));
            else if (breaks == 0) out.append(' ');
            else out.append("\n".repeat(breaks));
        }
        return out.toString();
    }

    /** Characters of the JSON text of a key, quotes included, as go-yaml's scanner counts them. */
    static int jsonLength(String s) {
        int len = 2;
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\' || c == '\b' || c == '\f' || c == '\n' || c == '\r' || c == '\t') len += 2;
            else if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') len += 6;
            else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                len += 1;
                i++;
            } else if (Character.isSurrogate(c)) len += 6;
            else len += 1;
        }
        return len;
    }
}
