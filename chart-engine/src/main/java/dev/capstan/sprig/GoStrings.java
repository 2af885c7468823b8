package dev.capstan.sprig;

import dev.capstan.gotemplate.FunctionException;
import dev.capstan.gotemplate.GoFmt;
import dev.capstan.gotemplate.GoObject;
import dev.capstan.gotemplate.GoText;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Go string semantics that Java's {@link String} does not share: Go strings are UTF-8 byte
 * sequences, so {@code len}, slicing and the byte-walking helpers of goutils work on bytes;
 * Go's {@code unicode.IsSpace} and case mapping are per code point and locale-free.
 */
public final class GoStrings {
    private GoStrings() {
    }

    /** Sprig's {@code strval}: strings as-is, bytes as text, Stringers via String(), else {@code %v}. */
    public static String strval(Object v) {
        if (v instanceof String s) return s;
        if (v instanceof byte[] b) return new String(b, StandardCharsets.UTF_8);
        if (v instanceof GoObject o) return o.goString();
        return GoFmt.formatValue(v);
    }

    /** Go's {@code strslice} from sprig: a list becomes its non-nil elements via strval. */
    public static List<String> strslice(Object v) {
        List<String> out = new ArrayList<>();
        if (v instanceof List<?> l) {
            for (Object o : l) if (o != null) out.add(strval(o));
            return out;
        }
        if (v instanceof byte[] b) {
            // A []byte is a slice of uint8: each element prints as its number.
            for (byte x : b) out.add(Integer.toString(x & 0xff));
            return out;
        }
        if (v instanceof GoObject o && o.underlying() instanceof List<?> l) {
            for (Object e : l) if (e != null) out.add(strval(e));
            return out;
        }
        if (v == null) return out;
        out.add(strval(v));
        return out;
    }

    public static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    public static String fromUtf8(byte[] b, int from, int to) {
        return new String(b, from, to - from, StandardCharsets.UTF_8);
    }

    static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= 0x80) return false;
        return true;
    }

    /**
     * Go's {@code s[from:to]} on bytes. Out-of-range indexes panic in Go; the message matches the
     * Go runtime's.
     */
    public static String slice(String s, int from, int to) {
        int len = GoText.utf8Length(s);
        if (to < 0 || to > len) throw new FunctionException("runtime error: slice bounds out of range [:" + to + "] with length " + len);
        if (from < 0 || from > to) throw new FunctionException("runtime error: slice bounds out of range [" + from + ":" + to + "]");
        if (isAscii(s)) return s.substring(from, to);
        return fromUtf8(utf8(s), from, to);
    }

    public static int toUpper(int c) {
        return Character.toUpperCase(c);
    }

    public static int toLower(int c) {
        return Character.toLowerCase(c);
    }

    public static int toTitle(int c) {
        return Character.toTitleCase(c);
    }

    /** Go's {@code unicode.IsUpper}: category Lu. */
    public static boolean isUpper(int c) {
        return Character.getType(c) == Character.UPPERCASE_LETTER;
    }

    /** Go's {@code unicode.IsLower}: category Ll. */
    public static boolean isLower(int c) {
        return Character.getType(c) == Character.LOWERCASE_LETTER;
    }

    /** Go's {@code unicode.IsTitle}: category Lt. */
    public static boolean isTitle(int c) {
        return Character.getType(c) == Character.TITLECASE_LETTER;
    }

    /** Go's {@code unicode.IsLetter}: category L. */
    public static boolean isLetter(int c) {
        return Character.isLetter(c);
    }

    /** Go's {@code unicode.IsNumber}: category N. */
    public static boolean isNumber(int c) {
        int t = Character.getType(c);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
    }

    /** Go's {@code unicode.IsPunct}: category P. */
    public static boolean isPunct(int c) {
        switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION:
                return true;
            default:
                return false;
        }
    }

    /** regexp's quote: backquoted when strconv.CanBackquote allows, else strconv.Quote. */
    static String quoteBacktick(String s) {
        boolean can = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '`' || c == 0xFEFF || c < ' ' && c != '\t' || c == 0x7f) {
                can = false;
                break;
            }
        }
        return can ? "`" + s + "`" : GoFmt.quote(s);
    }

    /** Go's {@code strings.Replace(s, old, new, -1)}, including the empty-old case (insert around runes). */
    public static String replaceAll(String s, String old, String repl) {
        if (!old.isEmpty()) return s.replace(old, repl);
        StringBuilder sb = new StringBuilder();
        sb.append(repl);
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            sb.appendCodePoint(c).append(repl);
        }
        return sb.toString();
    }

    /** Go's {@code strings.SplitN}: n &lt; 0 all, n == 0 none, empty sep splits into runes. */
    public static List<String> splitN(String s, String sep, int n) {
        List<String> out = new ArrayList<>();
        if (n == 0) return out;
        if (sep.isEmpty()) {
            int count = s.codePointCount(0, s.length());
            if (n < 0 || n > count) n = count;
            int i = 0;
            for (int k = 0; k < n - 1; k++) {
                int c = s.codePointAt(i);
                int w = Character.charCount(c);
                out.add(s.substring(i, i + w));
                i += w;
            }
            if (n > 0) out.add(s.substring(i));
            return out;
        }
        int from = 0;
        while (n < 0 || out.size() < n - 1) {
            int at = s.indexOf(sep, from);
            if (at < 0) break;
            out.add(s.substring(from, at));
            from = at + sep.length();
        }
        out.add(s.substring(from));
        return out;
    }

    /** Go's {@code strings.Trim(s, cutset)}: strips leading and trailing runes found in cutset. */
    public static String trimCutset(String s, String cutset) {
        if (s.isEmpty() || cutset.isEmpty()) return s;
        int start = 0;
        int end = s.length();
        while (start < end) {
            int c = s.codePointAt(start);
            if (cutset.indexOf(c) < 0) break;
            start += Character.charCount(c);
        }
        while (end > start) {
            int c = s.codePointBefore(end);
            if (cutset.indexOf(c) < 0) break;
            end -= Character.charCount(c);
        }
        return s.substring(start, end);
    }

    /** Per-code-point case mapping (Go's strings.ToUpper / ToLower never expand, e.g. ß stays ß). */
    public static String mapCase(String s, boolean upper) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            sb.appendCodePoint(upper ? toUpper(c) : toLower(c));
        }
        return sb.toString();
    }

    /** A map view helper: Go's {@code map[string]string} results built in insertion order. */
    static Map<String, Object> indexedParts(List<String> parts) {
        // sprig's split returns map[string]string, which Go keeps apart from map[string]interface {}.
        Map<String, Object> res = new dev.capstan.gotemplate.GoMap(dev.capstan.gotemplate.GoMap.STRING_MAP, Map.of());
        for (int i = 0; i < parts.size(); i++) res.put("_" + i, parts.get(i));
        return res;
    }
}
