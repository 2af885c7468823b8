package dev.capstan.values;

import dev.capstan.yaml.GoJsonDecoder;

import dev.capstan.gotemplate.GoFmt;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** JSON values as the schema library sees them: types, numbers, equality and display. */
final class SchemaValues {
    private SchemaValues() {
    }

    static List<String> missing(Map<?, ?> obj, List<?> required) {
        List<String> out = new ArrayList<>();
        for (Object o : required) {
            if (!obj.containsKey(String.valueOf(o))) {
                out.add(String.valueOf(o));
            }
        }
        return out;
    }

    static List<String> sortedKeys(Map<?, ?> m) {
        List<String> keys = new ArrayList<>();
        m.keySet().forEach(k -> keys.add((String) k));
        Collections.sort(keys);
        return keys;
    }

    static String joinQuoted(List<String> l) {
        List<String> q = new ArrayList<>();
        l.forEach(x -> q.add(SchemaError.quote(x)));
        return String.join(", ", q);
    }

    static String joinInts(List<Integer> l) {
        List<String> q = new ArrayList<>();
        l.forEach(x -> q.add(String.valueOf(x)));
        return String.join(" ", q);
    }

    static Integer intOf(Object o) {
        if (o instanceof GoJsonDecoder.Number n) {
            return n.value().intValue();
        }
        return null;
    }

    static String typeOf(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof Boolean) {
            return "boolean";
        }
        if (v instanceof String) {
            return "string";
        }
        if (v instanceof List<?>) {
            return "array";
        }
        if (v instanceof Map<?, ?>) {
            return "object";
        }
        if (v instanceof Number || v instanceof GoJsonDecoder.Number) {
            return "number";
        }
        return "invalid";
    }

    static boolean isInteger(Object v) {
        // the common cases without BigDecimal (its class initialisation is costly in a cold JVM)
        if (v instanceof Integer || v instanceof Long || v instanceof java.math.BigInteger) {
            return true;
        }
        if (v instanceof Double x) {
            return !x.isInfinite() && !x.isNaN() && x == Math.rint(x);
        }
        BigDecimal d = decimal(v);
        return d != null && d.stripTrailingZeros().scale() <= 0;
    }

    static BigDecimal decimal(Object v) {
        if (v instanceof GoJsonDecoder.Number n) {
            return n.value();
        }
        if (v instanceof Double d) {
            if (d.isNaN() || d.isInfinite()) {
                return null;
            }
            return new BigDecimal(GoFmt.formatFloat(d, 'g', -1).replace("e+", "e"));
        }
        if (v instanceof Long || v instanceof Integer) {
            return BigDecimal.valueOf(((Number) v).longValue());
        }
        if (v instanceof java.math.BigInteger b) {
            return new BigDecimal(b);
        }
        return null;
    }

    /**
     * A float64 as the library's messages print it: they go through golang.org/x/text's
     * message.Printer, which keeps %v's choice between plain and exponent form but groups the
     * digits of the plain form ({@code 70,000}) and writes the exponent as a power of ten with
     * superscript digits ({@code 2.34567825×10⁰⁶}, {@code 1×10⁻⁰⁹}).
     */
    static String fmt(BigDecimal d) {
        String g = GoFmt.formatFloat(d.doubleValue(), 'g', -1);
        int e = g.indexOf('e');
        if (e < 0) {
            int dot = g.indexOf('.');
            return group(dot < 0 ? g : g.substring(0, dot)) + (dot < 0 ? "" : g.substring(dot));
        }
        StringBuilder sb = new StringBuilder(g.substring(0, e)).append("×10");
        String exp = g.substring(e + 1);
        if (exp.charAt(0) == '-') sb.append('⁻');
        for (char c : exp.substring(exp.charAt(0) == '-' || exp.charAt(0) == '+' ? 1 : 0).toCharArray()) {
            sb.append(SUPERSCRIPT.charAt(c - '0'));
        }
        return sb.toString();
    }

    private static final String SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    /** An integer as the library's messages print a %d through x/text: digits grouped by three. */
    static String num(long n) {
        return group(Long.toString(n));
    }

    private static String group(String digits) {
        int start = digits.startsWith("-") ? 1 : 0;
        StringBuilder sb = new StringBuilder(digits);
        for (int i = digits.length() - 3; i > start; i -= 3) sb.insert(i, ',');
        return sb.toString();
    }

    /** The library's display of an enum/const value. */
    static String display(Object v) {
        if (v instanceof String s) {
            return SchemaError.quote(s);
        }
        if (v instanceof Map<?, ?> || v instanceof List<?>) {
            return "value";
        }
        if (v == null) {
            return "<nil>";
        }
        return v.toString();
    }

    static boolean jsonEquals(Object a, Object b) {
        if (a instanceof Map<?, ?> ma) {
            if (!(b instanceof Map<?, ?> mb) || ma.size() != mb.size()) {
                return false;
            }
            for (Map.Entry<?, ?> e : ma.entrySet()) {
                if (!mb.containsKey(e.getKey()) || !jsonEquals(e.getValue(), mb.get(e.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof List<?> la) {
            if (!(b instanceof List<?> lb) || la.size() != lb.size()) {
                return false;
            }
            for (int i = 0; i < la.size(); i++) {
                if (!jsonEquals(la.get(i), lb.get(i))) {
                    return false;
                }
            }
            return true;
        }
        BigDecimal da = decimal(a);
        BigDecimal db = decimal(b);
        if (da != null || db != null) {
            return da != null && db != null && da.compareTo(db) == 0;
        }
        return a == null ? b == null : a.equals(b);
    }
}
