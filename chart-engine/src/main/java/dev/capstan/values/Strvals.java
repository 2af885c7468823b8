package dev.capstan.values;

import dev.capstan.gotemplate.GoFmt;
import dev.capstan.gotemplate.GoStrconv;
import dev.capstan.gotemplate.GoText;
import dev.capstan.gotemplate.GoTypes;
import dev.capstan.yaml.GoJsonDecoder;
import dev.capstan.yaml.JsonException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Helm's {@code --set} family parsers (pkg/strvals), with their exact typing and quirks:
 * <ul>
 *   <li>{@code --set}: {@code true/false/null} (any case), {@code 0}, and integers without a
 *       leading zero become Boolean / null / Long; everything else stays a String;</li>
 *   <li>{@code --set-string}: every value a String; {@code --set-file}: the value names a file
 *       whose content becomes the String; {@code --set-json}: each value is one JSON value;</li>
 *   <li>{@code a.b=v} nests maps, {@code a[0]=v} indexes lists (at most {@link #MAX_INDEX}),
 *       {@code {x,y}} is a list, {@code \} escapes the next character, keys nest at most
 *       {@link #MAX_NESTED_NAME_LEVEL} levels;</li>
 *   <li>an input that ends early ({@code a.}, {@code a[0}, {@code a[0]}) silently sets nothing
 *       or an empty list, as Helm does (its parser treats the end of input as success).</li>
 * </ul>
 * {@code --set-literal} is {@link LiteralStrvals}.
 */
public final class Strvals {
    public static final int MAX_INDEX = 65536;
    public static final int MAX_NESTED_NAME_LEVEL = 30;

    /** Reads a {@code --set-file} value (the runes after '='), returning the value to store. */
    @FunctionalInterface
    public interface ValueReader {
        Object read(String raw) throws StrvalsException;
    }

    private enum Mode { TYPED, STRING, FILE, JSON }

    private final RuneBuffer sc;
    private final Mode mode;
    private final ValueReader fileReader;

    private Strvals(String s, Mode mode, ValueReader fileReader) {
        this.sc = new RuneBuffer(s);
        this.mode = mode;
        this.fileReader = fileReader;
    }

    /** {@code strvals.Parse}. */
    public static Map<String, Object> parse(String s) {
        Map<String, Object> m = new LinkedHashMap<>();
        parseInto(s, m);
        return m;
    }

    /** {@code strvals.ParseString}. */
    public static Map<String, Object> parseString(String s) {
        Map<String, Object> m = new LinkedHashMap<>();
        parseIntoString(s, m);
        return m;
    }

    /** {@code strvals.ParseInto}: merges {@code s} into {@code dest} (mutated in place). */
    public static void parseInto(String s, Map<String, Object> dest) {
        new Strvals(s, Mode.TYPED, null).run(dest);
    }

    public static void parseIntoString(String s, Map<String, Object> dest) {
        new Strvals(s, Mode.STRING, null).run(dest);
    }

    public static void parseIntoFile(String s, Map<String, Object> dest, ValueReader reader) {
        new Strvals(s, Mode.FILE, reader).run(dest);
    }

    public static Map<String, Object> parseFile(String s, ValueReader reader) {
        Map<String, Object> m = new LinkedHashMap<>();
        parseIntoFile(s, m, reader);
        return m;
    }

    /** {@code strvals.ParseJSON}: {@code key=<json>} pairs merged into {@code dest}. */
    public static void parseJson(String s, Map<String, Object> dest) {
        new Strvals(s, Mode.JSON, null).run(dest);
    }

    private void run(Map<String, Object> data) {
        while (true) {
            try {
                key(data, 0);
            } catch (StrvalsException e) {
                if (e.isEof()) {
                    return;
                }
                throw e;
            }
        }
    }

    /** A Go runtime panic (failed type assertion), recovered by the nearest {@code key}. */
    static final class Panic extends RuntimeException {
        Panic(String message) {
            super(message, null, false, false);
        }
    }

    private static Panic conversion(Object have, String want) {
        return new Panic(GoTypes.interfaceConversion(have, want));
    }

    @SuppressWarnings("unchecked")
    static List<Object> asList(Object v) {
        if (v instanceof List<?> l) {
            return (List<Object>) l;
        }
        throw conversion(v, "[]interface {}");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(Object v) {
        if (v instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        throw conversion(v, "map[string]interface {}");
    }

    private void key(Map<String, Object> data, int nestedNameLevel) {
        try {
            keyBody(data, nestedNameLevel);
        } catch (Panic p) {
            throw new StrvalsException("unable to parse key: " + p.getMessage());
        }
    }

    private void keyBody(Map<String, Object> data, int level) {
        RuneBuffer.Run r = sc.until("=[,.");
        String k = r.text();
        if (r.eof()) {
            if (k.isEmpty()) {
                throw StrvalsException.EOF;
            }
            throw new StrvalsException("key " + GoFmt.quote(k) + " has no value");
        }
        switch (r.last()) {
            case '[' -> {
                int i = keyIndex();
                List<Object> list = data.containsKey(k) ? asList(data.get(k)) : new ArrayList<>();
                ListResult res = listItem(list, i, level);
                set(data, k, res.list);
                if (res.error != null) {
                    throw res.error;
                }
            }
            case '=' -> {
                if (mode == Mode.JSON) {
                    jsonValue(data, k);
                    return;
                }
                List<Object> vl;
                try {
                    vl = valList();
                } catch (NotList e) {
                    String rs = val();
                    set(data, k, read(rs));
                    return;
                } catch (StrvalsException e) {
                    if (e.isEof()) {
                        set(data, k, "");
                    }
                    throw e;
                }
                set(data, k, vl);
            }
            case ',' -> {
                set(data, k, "");
                throw new StrvalsException("key " + GoFmt.quote(k) + " has no value (cannot end with ,)");
            }
            default -> { // '.'
                level++;
                if (level > MAX_NESTED_NAME_LEVEL) {
                    throw new StrvalsException("value name nested level is greater than maximum supported nested level of "
                            + MAX_NESTED_NAME_LEVEL);
                }
                Map<String, Object> inner = data.containsKey(k) ? asMap(data.get(k)) : new LinkedHashMap<>();
                StrvalsException err = null;
                try {
                    key(inner, level);
                } catch (StrvalsException e) {
                    err = e;
                }
                if (err == null && inner.isEmpty()) {
                    throw new StrvalsException("key map " + GoFmt.quote(k) + " has no value");
                }
                if (!inner.isEmpty()) {
                    set(data, k, inner);
                }
                if (err != null) {
                    throw err;
                }
            }
        }
    }

    private void jsonValue(Map<String, Object> data, String k) {
        if (emptyVal()) {
            set(data, k, null);
            return;
        }
        set(data, k, decodeJson());
        emptyVal();
    }

    private Object decodeJson() {
        GoJsonDecoder.Prefix p;
        try {
            p = GoJsonDecoder.decodePrefix(sc.rest());
        } catch (JsonException e) {
            // json.Decoder's io.EOF (blank input) ends the --set-json list like the end of input does
            throw "EOF".equals(e.getMessage()) ? StrvalsException.EOF : new StrvalsException(e.getMessage());
        }
        sc.skipChars(p.consumedChars());
        return p.value();
    }

    private Object read(String rs) {
        return switch (mode) {
            case STRING -> rs;
            case FILE -> fileReader.read(rs);
            default -> typedVal(rs);
        };
    }

    private static void set(Map<String, Object> data, String key, Object val) {
        if (key.isEmpty()) {
            return;
        }
        data.put(key, val);
    }

    /** {@code setIndex}: grows the list with nulls; the returned list may be a new one. */
    static List<Object> setIndex(List<Object> list, long index, Object val) {
        if (index < 0) {
            throw new StrvalsException("negative " + index + " index not allowed");
        }
        if (index > MAX_INDEX) {
            throw new StrvalsException("index of " + index + " is greater than maximum supported index of " + MAX_INDEX);
        }
        int i = (int) index;
        List<Object> out = list == null ? new ArrayList<>() : list;
        if (out.size() <= i) {
            List<Object> grown = new ArrayList<>(i + 1);
            grown.addAll(out);
            while (grown.size() <= i) {
                grown.add(null);
            }
            out = grown;
        }
        out.set(i, val);
        return out;
    }

    private int keyIndex() {
        RuneBuffer.Run r = sc.until("]");
        if (r.eof()) {
            throw StrvalsException.wrapEof("error parsing index: EOF");
        }
        return atoi(r.text(), "error parsing index: ");
    }

    /** {@code strconv.Atoi} with its error text. */
    static int atoi(String s, String prefix) {
        String t = s;
        int i = 0;
        if (!t.isEmpty() && (t.charAt(0) == '+' || t.charAt(0) == '-')) {
            i = 1;
        }
        boolean ok = i < t.length();
        for (int k = i; k < t.length(); k++) {
            if (t.charAt(k) < '0' || t.charAt(k) > '9') {
                ok = false;
            }
        }
        if (!ok) {
            throw new StrvalsException(prefix + "strconv.Atoi: parsing " + GoFmt.quote(s) + ": invalid syntax");
        }
        try {
            long v = Long.parseLong(t);
            if (v > Integer.MAX_VALUE || v < Integer.MIN_VALUE) {
                // Go's int is 64-bit; such indexes fail later with the MaxIndex check
                return v > 0 ? Integer.MAX_VALUE : Integer.MIN_VALUE;
            }
            return (int) v;
        } catch (NumberFormatException e) {
            throw new StrvalsException(prefix + "strconv.Atoi: parsing " + GoFmt.quote(s) + ": value out of range");
        }
    }

    private record ListResult(List<Object> list, StrvalsException error) {
    }

    private ListResult listItem(List<Object> list, int i, int level) {
        if (i < 0) {
            return new ListResult(list, new StrvalsException("negative " + i + " index not allowed"));
        }
        RuneBuffer.Run r = sc.until("[.=");
        if (!r.text().isEmpty()) {
            return new ListResult(list, new StrvalsException("unexpected data at end of array index: "
                    + GoFmt.sprintf("%q", r.text().codePoints().boxed().toList())));
        }
        if (r.eof()) {
            return new ListResult(list, StrvalsException.EOF);
        }
        try {
            switch (r.last()) {
                case '=' -> {
                    if (mode == Mode.JSON) {
                        if (emptyVal()) {
                            return new ListResult(setIndex(list, i, null), null);
                        }
                        Object v = decodeJson();
                        List<Object> out = setIndex(list, i, v);
                        emptyVal();
                        return new ListResult(out, null);
                    }
                    List<Object> vl;
                    try {
                        vl = valList();
                    } catch (NotList e) {
                        String rs = val();
                        return new ListResult(setIndex(list, i, read(rs)), null);
                    } catch (StrvalsException e) {
                        if (e.isEof()) {
                            return new ListResult(setIndex(list, i, ""), null);
                        }
                        return new ListResult(list, e);
                    }
                    return new ListResult(setIndex(list, i, vl), null);
                }
                case '[' -> {
                    int nextI;
                    try {
                        nextI = keyIndex();
                    } catch (StrvalsException e) {
                        return new ListResult(list, e);
                    }
                    List<Object> crt = null;
                    if (list.size() > i && list.get(i) != null) {
                        crt = asList(list.get(i));
                    }
                    ListResult inner = listItem(crt == null ? new ArrayList<>() : crt, nextI, level);
                    if (inner.error != null) {
                        return new ListResult(list, inner.error);
                    }
                    return new ListResult(setIndex(list, i, inner.list), null);
                }
                default -> { // '.'
                    Map<String, Object> inner = new LinkedHashMap<>();
                    if (list.size() > i) {
                        if (list.get(i) instanceof Map<?, ?>) {
                            inner = asMap(list.get(i));
                        } else {
                            list.set(i, inner);
                        }
                    }
                    try {
                        key(inner, level);
                    } catch (StrvalsException e) {
                        return new ListResult(list, e);
                    }
                    return new ListResult(setIndex(list, i, inner), null);
                }
            }
        } catch (StrvalsException e) {
            return new ListResult(list, e);
        }
    }

    /** Consumes blanks and one comma; true when the value is empty (comma or end reached). */
    private boolean emptyVal() {
        while (true) {
            int r = sc.read();
            if (r < 0 || r == ',') {
                return true;
            }
            if (!GoText.isSpace(r)) {
                sc.unread();
                return false;
            }
        }
    }

    private String val() {
        return sc.until(",").text();
    }

    private static final class NotList extends RuntimeException {
        NotList() {
            super("not a list", null, false, false);
        }
    }

    private List<Object> valList() {
        int r = sc.read();
        if (r < 0) {
            throw StrvalsException.EOF;
        }
        if (r != '{') {
            sc.unread();
            throw new NotList();
        }
        List<Object> list = new ArrayList<>();
        while (true) {
            RuneBuffer.Run run = sc.until(",}");
            if (run.eof()) {
                throw new StrvalsException("list must terminate with '}'");
            }
            if (run.last() == '}') {
                int next = sc.read();
                if (next >= 0 && next != ',') {
                    sc.unread();
                }
                list.add(read(run.text()));
                return list;
            }
            list.add(read(run.text()));
        }
    }

    /** {@code typedVal} of {@code --set}. */
    static Object typedVal(String val) {
        if (val.equalsIgnoreCase("true")) {
            return Boolean.TRUE;
        }
        if (val.equalsIgnoreCase("false")) {
            return Boolean.FALSE;
        }
        if (val.equalsIgnoreCase("null")) {
            return null;
        }
        if (val.equals("0")) {
            return 0L;
        }
        if (!val.isEmpty() && val.charAt(0) != '0') {
            Long l = GoStrconv.parseInt(val, 10);
            if (l != null) {
                return l;
            }
        }
        return val;
    }
}
