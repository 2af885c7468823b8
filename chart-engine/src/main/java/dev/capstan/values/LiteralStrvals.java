package dev.capstan.values;

import dev.capstan.gotemplate.GoFmt;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code --set-literal} (pkg/strvals literal_parser): the key may nest with {@code .} and
 * {@code [i]} as for {@code --set}, but everything after the first {@code =} is the value,
 * verbatim (no comma splitting, no escapes, no typing).
 */
public final class LiteralStrvals {
    private final RuneBuffer sc;

    private LiteralStrvals(String s) {
        this.sc = new RuneBuffer(s);
    }

    public static Map<String, Object> parse(String s) {
        Map<String, Object> m = new LinkedHashMap<>();
        parseInto(s, m);
        return m;
    }

    public static void parseInto(String s, Map<String, Object> dest) {
        LiteralStrvals p = new LiteralStrvals(s);
        while (true) {
            try {
                p.key(dest, 0);
            } catch (StrvalsException e) {
                if (e.isEof()) {
                    return;
                }
                throw e;
            }
        }
    }

    private void key(Map<String, Object> data, int level) {
        try {
            keyBody(data, level);
        } catch (Strvals.Panic p) {
            throw new StrvalsException("unable to parse key: " + p.getMessage());
        }
    }

    private void keyBody(Map<String, Object> data, int level) {
        RuneBuffer.Run r = sc.untilLiteral("=[.");
        String k = r.text();
        if (r.eof()) {
            if (k.isEmpty()) {
                throw StrvalsException.EOF;
            }
            throw new StrvalsException("key " + GoFmt.quote(k) + " has no value");
        }
        switch (r.last()) {
            case '=' -> set(data, k, sc.untilLiteral("").text());
            case '.' -> {
                level++;
                if (level > Strvals.MAX_NESTED_NAME_LEVEL) {
                    throw new StrvalsException("value name nested level is greater than maximum supported nested level of "
                            + Strvals.MAX_NESTED_NAME_LEVEL);
                }
                Map<String, Object> inner = data.containsKey(k) ? Strvals.asMap(data.get(k)) : new LinkedHashMap<>();
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
            default -> { // '['
                int i = keyIndex();
                List<Object> list = data.containsKey(k) ? Strvals.asList(data.get(k)) : new ArrayList<>();
                List<Object>[] holder = new List[] {list};
                StrvalsException err = null;
                try {
                    holder[0] = listItem(list, i, level);
                } catch (ListError e) {
                    holder[0] = e.list;
                    err = e.error;
                }
                set(data, k, holder[0]);
                if (err != null) {
                    throw err;
                }
            }
        }
    }

    /** An error from listItem together with the list Go returns beside it. */
    private static final class ListError extends RuntimeException {
        final transient List<Object> list;
        final StrvalsException error;

        ListError(List<Object> list, StrvalsException error) {
            super(error.getMessage(), null, false, false);
            this.list = list;
            this.error = error;
        }
    }

    private int keyIndex() {
        RuneBuffer.Run r = sc.untilLiteral("]");
        if (r.eof()) {
            throw StrvalsException.wrapEof("error parsing index: EOF");
        }
        return Strvals.atoi(r.text(), "error parsing index: ");
    }

    private List<Object> listItem(List<Object> list, int i, int level) {
        if (i < 0) {
            throw new ListError(list, new StrvalsException("negative " + i + " index not allowed"));
        }
        RuneBuffer.Run r = sc.untilLiteral("[.=");
        if (!r.text().isEmpty()) {
            throw new ListError(list, new StrvalsException("unexpected data at end of array index: "
                    + GoFmt.sprintf("%q", r.text().codePoints().boxed().toList())));
        }
        if (r.eof()) {
            throw new ListError(list, StrvalsException.EOF);
        }
        try {
            switch (r.last()) {
                case '=' -> {
                    return Strvals.setIndex(list, i, sc.untilLiteral("").text());
                }
                case '.' -> {
                    Map<String, Object> inner = new LinkedHashMap<>();
                    if (list.size() > i) {
                        if (list.get(i) instanceof Map<?, ?>) {
                            inner = Strvals.asMap(list.get(i));
                        } else {
                            list.set(i, inner);
                        }
                    }
                    key(inner, level);
                    return Strvals.setIndex(list, i, inner);
                }
                default -> { // '['
                    int nextI = keyIndex();
                    List<Object> crt = null;
                    if (list.size() > i && list.get(i) != null) {
                        crt = Strvals.asList(list.get(i));
                    }
                    List<Object> inner;
                    try {
                        inner = listItem(crt == null ? new ArrayList<>() : crt, nextI, level);
                    } catch (ListError e) {
                        throw new ListError(list, e.error);
                    }
                    return Strvals.setIndex(list, i, inner);
                }
            }
        } catch (StrvalsException e) {
            throw new ListError(list, e);
        }
    }

    private static void set(Map<String, Object> data, String key, Object val) {
        if (!key.isEmpty()) {
            data.put(key, val);
        }
    }
}
