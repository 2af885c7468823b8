package dev.capstan.sprig;

import dev.capstan.gotemplate.GoList;
import dev.capstan.gotemplate.GoText;
import dev.capstan.gotemplate.Func;
import dev.capstan.gotemplate.FuncMap;
import dev.capstan.gotemplate.FunctionException;
import dev.capstan.gotemplate.GoFmt;
import dev.capstan.gotemplate.GoObject;

import java.util.ArrayList;
import java.util.List;

import static dev.capstan.gotemplate.ParamType.ANY;
import static dev.capstan.gotemplate.ParamType.INT;
import static dev.capstan.gotemplate.ParamType.STRING;

/**
 * Sprig's string family (strings.go and the string entries of functions.go). Parameter types
 * follow the Go signatures so the interpreter converts and checks arguments as Go does; several
 * sprig functions take their arguments in "pipeline order" (the subject last).
 */
public final class StringFuncs {
    private StringFuncs() {
    }

    private static String s(Object o) {
        return (String) o;
    }

    private static int i(Object o) {
        return (Integer) o;
    }

    public static void register(FuncMap m) {
        m.put(Func.of("hello", a -> "Hello!"));
        m.put(Func.of("abbrev", a -> abbrev(i(a[0]), s(a[1])), INT, STRING));
        m.put(Func.of("abbrevboth", a -> abbrevboth(i(a[0]), i(a[1]), s(a[2])), INT, INT, STRING));
        m.put(Func.of("trunc", a -> trunc(i(a[0]), s(a[1])), INT, STRING));
        m.put(Func.of("trim", a -> GoText.trimSpace(s(a[0])), STRING));
        m.put(Func.of("upper", a -> GoStrings.mapCase(s(a[0]), true), STRING));
        m.put(Func.of("lower", a -> GoStrings.mapCase(s(a[0]), false), STRING));
        m.put(Func.of("title", a -> title(s(a[0])), STRING));
        m.put(Func.of("untitle", a -> WordUtils.uncapitalize(s(a[0])), STRING));
        m.put(Func.of("substr", a -> substr(i(a[0]), i(a[1]), s(a[2])), INT, INT, STRING));
        m.put(Func.of("repeat", a -> repeat(i(a[0]), s(a[1])), INT, STRING));
        m.put(Func.of("trimall", a -> GoStrings.trimCutset(s(a[1]), s(a[0])), STRING, STRING));
        m.put(Func.of("trimAll", a -> GoStrings.trimCutset(s(a[1]), s(a[0])), STRING, STRING));
        m.put(Func.of("trimSuffix", a -> trimSuffix(s(a[1]), s(a[0])), STRING, STRING));
        m.put(Func.of("trimPrefix", a -> trimPrefix(s(a[1]), s(a[0])), STRING, STRING));
        m.put(Func.of("nospace", a -> WordUtils.deleteWhiteSpace(s(a[0])), STRING));
        m.put(Func.of("initials", a -> WordUtils.initials(s(a[0])), STRING));
        m.put(Func.of("randAlphaNum", a -> WordUtils.random(i(a[0]), true, true), INT));
        m.put(Func.of("randAlpha", a -> WordUtils.random(i(a[0]), true, false), INT));
        m.put(Func.of("randAscii", a -> WordUtils.random(i(a[0]), false, false), INT));
        m.put(Func.of("randNumeric", a -> WordUtils.random(i(a[0]), false, true), INT));
        m.put(Func.of("swapcase", a -> WordUtils.swapCase(s(a[0])), STRING));
        m.put(Func.of("shuffle", a -> shuffle(s(a[0])), STRING));
        m.put(Func.of("snakecase", a -> CaseConvert.toSnakeCase(s(a[0])), STRING));
        m.put(Func.of("camelcase", a -> CaseConvert.toPascalCase(s(a[0])), STRING));
        m.put(Func.of("kebabcase", a -> CaseConvert.toKebabCase(s(a[0])), STRING));
        m.put(Func.of("wrap", a -> WordUtils.wrap(s(a[1]), i(a[0]), "", false), INT, STRING));
        m.put(Func.of("wrapWith", a -> WordUtils.wrap(s(a[2]), i(a[0]), s(a[1]), true), INT, STRING, STRING));
        m.put(Func.of("contains", a -> s(a[1]).contains(s(a[0])), STRING, STRING));
        m.put(Func.of("hasPrefix", a -> s(a[1]).startsWith(s(a[0])), STRING, STRING));
        m.put(Func.of("hasSuffix", a -> s(a[1]).endsWith(s(a[0])), STRING, STRING));
        m.put(Func.variadic("quote", StringFuncs::quote, ANY));
        m.put(Func.variadic("squote", StringFuncs::squote, ANY));
        m.put(Func.variadic("cat", StringFuncs::cat, ANY));
        m.put(Func.of("indent", a -> indent(i(a[0]), s(a[1])), INT, STRING));
        m.put(Func.of("nindent", a -> "\n" + indent(i(a[0]), s(a[1])), INT, STRING));
        m.put(Func.of("replace", a -> GoStrings.replaceAll(s(a[2]), s(a[0]), s(a[1])), STRING, STRING, STRING));
        m.put(Func.of("plural", a -> i(a[2]) == 1 ? a[0] : a[1], STRING, STRING, INT));
        m.put(Func.of("toString", a -> GoStrings.strval(a[0]), ANY));
        m.put(Func.of("toStrings", a -> new GoList("string", GoStrings.strslice(a[0])), ANY));
        m.put(Func.of("split", a -> GoStrings.indexedParts(GoStrings.splitN(s(a[1]), s(a[0]), -1)), STRING, STRING));
        m.put(Func.of("splitList", a -> new GoList("string", GoStrings.splitN(s(a[1]), s(a[0]), -1)), STRING, STRING));
        m.put(Func.of("splitn", a -> GoStrings.indexedParts(GoStrings.splitN(s(a[2]), s(a[0]), i(a[1]))), STRING, INT, STRING));
        m.put(Func.of("join", a -> String.join(s(a[0]), GoStrings.strslice(a[1])), STRING, ANY));
        m.put(Func.of("sortAlpha", a -> sortAlpha(a[0]), ANY));
    }

    static String abbrev(int width, String s) {
        if (width < 4) return s;
        return WordUtils.abbreviateFull(s, 0, width);
    }

    static String abbrevboth(int left, int right, String s) {
        if (right < 4 || left > 0 && right < 7) return s;
        return WordUtils.abbreviateFull(s, left, right);
    }

    static String trunc(int c, String s) {
        int len = GoText.utf8Length(s);
        if (c < 0 && len + c > 0) return GoStrings.slice(s, len + c, len);
        if (c >= 0 && len > c) return GoStrings.slice(s, 0, c);
        return s;
    }

    /** sprig substring: start &lt; 0 means s[:end]; end &lt; 0 or past the end means s[start:]. */
    static String substr(int start, int end, String s) {
        int len = GoText.utf8Length(s);
        if (start < 0) return GoStrings.slice(s, 0, end);
        if (end < 0 || end > len) {
            if (start > len) throw new FunctionException("runtime error: slice bounds out of range [" + start + ":" + len + "]");
            return GoStrings.slice(s, start, len);
        }
        return GoStrings.slice(s, start, end);
    }

    static String repeat(int count, String s) {
        if (count < 0) throw new FunctionException("strings: negative Repeat count");
        if (s.isEmpty() || count == 0) return "";
        if ((long) GoText.utf8Length(s) * count > Integer.MAX_VALUE / 2) {
            throw new FunctionException("strings: Repeat output length overflow");
        }
        return s.repeat(count);
    }

    static String trimSuffix(String s, String suffix) {
        return s.endsWith(suffix) ? s.substring(0, s.length() - suffix.length()) : s;
    }

    static String trimPrefix(String s, String prefix) {
        return s.startsWith(prefix) ? s.substring(prefix.length()) : s;
    }

    /** strings.Title: upper-cases (title case) each letter that follows a separator. */
    static String title(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        int prev = ' ';
        for (int k = 0; k < s.length(); ) {
            int c = s.codePointAt(k);
            k += Character.charCount(c);
            sb.appendCodePoint(isSeparator(prev) ? GoStrings.toTitle(c) : c);
            prev = c;
        }
        return sb.toString();
    }

    private static boolean isSeparator(int r) {
        if (r <= 0x7F) {
            if ('0' <= r && r <= '9' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || r == '_') return false;
            return true;
        }
        if (Character.isLetter(r) || Character.isDigit(r)) return false;
        return GoText.isSpace(r);
    }

    static String shuffle(String s) {
        if (s.isEmpty()) return s;
        int[] runes = s.codePoints().toArray();
        java.util.concurrent.ThreadLocalRandom rnd = java.util.concurrent.ThreadLocalRandom.current();
        for (int k = runes.length - 1; k > 0; k--) {
            int j = rnd.nextInt(k + 1);
            int t = runes[k];
            runes[k] = runes[j];
            runes[j] = t;
        }
        return new String(runes, 0, runes.length);
    }

    static Object quote(Object[] args) {
        List<String> out = new ArrayList<>();
        for (Object o : args) if (o != null) out.add(GoFmt.quote(GoStrings.strval(o)));
        return String.join(" ", out);
    }

    static Object squote(Object[] args) {
        List<String> out = new ArrayList<>();
        for (Object o : args) if (o != null) out.add("'" + GoFmt.formatValue(o) + "'");
        return String.join(" ", out);
    }

    static Object cat(Object[] args) {
        List<String> out = new ArrayList<>();
        for (Object o : args) if (o != null) out.add(GoFmt.formatValue(o));
        return String.join(" ", out);
    }

    static String indent(int spaces, String v) {
        if (spaces < 0) throw new FunctionException("strings: negative Repeat count");
        String pad = " ".repeat(spaces);
        return pad + v.replace("\n", "\n" + pad);
    }

    static GoList sortAlpha(Object list) {
        boolean isSlice = list instanceof List || list instanceof byte[]
                || list instanceof GoObject o && o.underlying() instanceof List;
        List<String> a = isSlice ? GoStrings.strslice(list) : List.of(GoStrings.strval(list));
        List<String> sorted = new ArrayList<>(a);
        sorted.sort(GoText::compare);
        return new GoList("string", sorted);
    }
}
