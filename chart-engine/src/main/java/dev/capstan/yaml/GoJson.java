package dev.capstan.yaml;

import dev.capstan.gotemplate.Func;
import dev.capstan.gotemplate.GoFmt;
import dev.capstan.gotemplate.GoList;
import dev.capstan.gotemplate.GoMap;
import dev.capstan.gotemplate.GoObject;
import dev.capstan.gotemplate.GoTypes;

import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Go's {@code encoding/json} encoder for the template value model: {@code json.Marshal},
 * {@code json.MarshalIndent(v, "", "  ")} and an {@code Encoder} with {@code SetEscapeHTML(false)}.
 *
 * <p>What it reproduces: map keys sorted by their UTF-8 bytes, no insignificant spaces, the
 * HTML-safe escapes of {@code < > &} as backslash-u003c etc. (optional), the unconditional escapes of
 * U+2028/U+2029, the short escapes {@code \b \f \n \r \t}, backslash-u00XX (lower-case hex) for
 * other control bytes, U+FFFD for text that is not valid Unicode, floats in the ES6 style
 * ({@code 'f'} unless the magnitude is below 1e-6 or at least 1e21, with {@code e-07} cleaned up
 * to {@code e-7}), {@code []byte} as standard base64, and the error
 * {@code json: unsupported value: NaN} for non-finite floats.
 */
public final class GoJson {
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final int MAX_DEPTH = 1000;

    private GoJson() {
    }

    /** {@code json.Marshal(v)}. */
    public static String marshal(Object v) throws GoJsonException {
        StringBuilder sb = new StringBuilder();
        new Writer(sb, true, null).value(v, 0);
        return sb.toString();
    }

    /** A {@code json.Encoder} with HTML escaping off, without the trailing newline (sprig's {@code toRawJson}). */
    public static String marshalNoHtmlEscape(Object v) throws GoJsonException {
        StringBuilder sb = new StringBuilder();
        new Writer(sb, false, null).value(v, 0);
        return sb.toString();
    }

    /** {@code json.MarshalIndent(v, "", "  ")}. */
    public static String marshalIndent(Object v) throws GoJsonException {
        StringBuilder sb = new StringBuilder();
        new Writer(sb, true, "  ").value(v, 0);
        return sb.toString();
    }

    /**
     * The value a GoObject encodes as: its {@link GoObject#jsonValue()}, else the named slice or
     * map it wraps, else null (a struct without exported fields: {@code {}}).
     */
    static Object objectValue(GoObject o) {
        Object j = o.jsonValue();
        if (j != null) return j;
        return o.underlying();
    }

    /** Go's float encoding for JSON; the caller has rejected NaN and infinities. */
    static String formatFloat(double f) {
        double abs = Math.abs(f);
        if (abs != 0 && (abs < 1e-6 || abs >= 1e21)) {
            String s = GoFmt.formatFloat(f, 'e', -1);
            int n = s.length();
            // Go writes e-07; JSON wants e-7.
            if (n >= 4 && s.charAt(n - 4) == 'e' && s.charAt(n - 3) == '-' && s.charAt(n - 2) == '0') {
                s = s.substring(0, n - 2) + s.charAt(n - 1);
            }
            return s;
        }
        return GoFmt.formatFloat(f, 'f', -1);
    }

    /** {@code json: unsupported value: NaN} and friends. */
    static String unsupportedFloat(double d) {
        return "json: unsupported value: " + (Double.isNaN(d) ? "NaN" : d > 0 ? "+Inf" : "-Inf");
    }

    private static final class Writer {
        private final StringBuilder sb;
        private final boolean escapeHtml;
        private final String indent;

        Writer(StringBuilder sb, boolean escapeHtml, String indent) {
            this.sb = sb;
            this.escapeHtml = escapeHtml;
            this.indent = indent;
        }

        void value(Object v, int depth) {
            if (depth > MAX_DEPTH) {
                throw new GoJsonException("json: unsupported value: encountered a cycle via " + GoTypes.typeName(v));
            }
            if (v == null || v instanceof GoMap gm && gm.isNil() || v instanceof GoList gl && gl.isNil()) {
                // Go's nil map and nil slice encode as null, unlike empty ones.
                sb.append("null");
            } else if (v instanceof String s) {
                string(sb, s, escapeHtml);
            } else if (v instanceof Boolean b) {
                sb.append(b ? "true" : "false");
            } else if (v instanceof Integer || v instanceof Long) {
                sb.append(v);
            } else if (v instanceof Double d) {
                if (d.isNaN() || d.isInfinite()) throw new GoJsonException(unsupportedFloat(d));
                sb.append(formatFloat(d));
            } else if (v instanceof Map<?, ?> m) {
                map(m, depth);
            } else if (v instanceof List<?> l) {
                list(l, depth);
            } else if (v instanceof byte[] b) {
                sb.append('"').append(Base64.getEncoder().encodeToString(b)).append('"');
            } else if (v instanceof GoObject o) {
                Object j = o.jsonValue();
                if (j instanceof Map<?, ?> fields) {
                    struct(fields, depth);
                } else if (j != null) {
                    value(j, depth + 1);
                } else if (o.underlying() != null) {
                    value(o.underlying(), depth + 1);
                } else {
                    sb.append("{}");
                }
            } else if (v instanceof Func) {
                throw new GoJsonException("json: unsupported type: func");
            } else if (v instanceof Number n) {
                // Not part of the value model; print other Java numbers the way Go prints its ints.
                sb.append(n);
            } else {
                throw new GoJsonException("json: unsupported type: " + GoTypes.typeName(v));
            }
        }

        private void map(Map<?, ?> m, int depth) {
            if (m.isEmpty()) {
                sb.append("{}");
                return;
            }
            String[] keys = SortKeys.utf8Sorted(m);
            sb.append('{');
            for (int i = 0; i < keys.length; i++) {
                if (i > 0) sb.append(',');
                newline(depth + 1);
                string(sb, keys[i], escapeHtml);
                sb.append(':');
                if (indent != null) sb.append(' ');
                value(m.get(keys[i]), depth + 1);
            }
            newline(depth);
            sb.append('}');
        }

        /** A struct's fields: in declaration order (the map's iteration order), not sorted. */
        private void struct(Map<?, ?> fields, int depth) {
            if (fields.isEmpty()) {
                sb.append("{}");
                return;
            }
            sb.append('{');
            int i = 0;
            for (Map.Entry<?, ?> e : fields.entrySet()) {
                if (i++ > 0) sb.append(',');
                newline(depth + 1);
                string(sb, String.valueOf(e.getKey()), escapeHtml);
                sb.append(':');
                if (indent != null) sb.append(' ');
                value(e.getValue(), depth + 1);
            }
            newline(depth);
            sb.append('}');
        }

        private void list(List<?> l, int depth) {
            if (l.isEmpty()) {
                sb.append("[]");
                return;
            }
            sb.append('[');
            int i = 0;
            for (Object e : l) {
                if (i++ > 0) sb.append(',');
                newline(depth + 1);
                value(e, depth + 1);
            }
            newline(depth);
            sb.append(']');
        }

        private void newline(int level) {
            if (indent == null) return;
            sb.append('\n');
            for (int i = 0; i < level; i++) sb.append(indent);
        }
    }

    /** Appends {@code s} as a JSON string literal the way Go's {@code encodeState.string} does. */
    static void string(StringBuilder sb, String s, boolean escapeHtml) {
        sb.append('"');
        int n = s.length();
        int start = 0;
        for (int i = 0; i < n; ) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (c >= 0x20 && c != '"' && c != '\\' && !(escapeHtml && (c == '<' || c == '>' || c == '&'))) {
                    i++;
                    continue;
                }
                sb.append(s, start, i).append('\\');
                switch (c) {
                    case '"', '\\' -> sb.append(c);
                    case '\b' -> sb.append('b');
                    case '\f' -> sb.append('f');
                    case '\n' -> sb.append('n');
                    case '\r' -> sb.append('r');
                    case '\t' -> sb.append('t');
                    default -> sb.append("u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
                }
                i++;
                start = i;
                continue;
            }
            if (Character.isSurrogate(c)) {
                boolean pair = Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1));
                if (pair) {
                    i += 2;
                    continue;
                }
                // A lone surrogate stands for bytes that are not UTF-8; Go writes U+FFFD.
                sb.append(s, start, i).append("\\ufffd");
                i++;
                start = i;
                continue;
            }
            if (c == '\u2028' || c == '\u2029') {
                sb.append(s, start, i).append("\\u202").append(HEX[c & 0xF]);
                i++;
                start = i;
                continue;
            }
            i++;
        }
        sb.append(s, start, n).append('"');
    }
}
