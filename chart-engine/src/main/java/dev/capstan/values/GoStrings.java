package dev.capstan.values;

/** Go string formatting helpers used in error texts ({@code %q}, {@code %v} of []rune). */
public final class GoStrings {
    private GoStrings() {
    }

    /** {@code strconv.Quote}. */
    public static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        s.codePoints().forEach(c -> appendEscaped(sb, c, '"'));
        return sb.append('"').toString();
    }

    /** {@code %q} of a single rune ({@code strconv.QuoteRune}). */
    public static String quoteRune(int c) {
        StringBuilder sb = new StringBuilder("'");
        appendEscaped(sb, c, '\'');
        return sb.append('\'').toString();
    }

    /** {@code %q} of a {@code []rune}: each element quoted as a rune, in brackets. */
    public static String quoteRunes(String s) {
        StringBuilder sb = new StringBuilder("[");
        int[] cps = s.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(quoteRune(cps[i]));
        }
        return sb.append(']').toString();
    }

    private static void appendEscaped(StringBuilder sb, int c, char quote) {
        if (c == quote || c == '\\') {
            sb.append('\\').appendCodePoint(c);
            return;
        }
        switch (c) {
            case 7 -> sb.append("\\a");
            case 8 -> sb.append("\\b");
            case 12 -> sb.append("\\f");
            case '\n' -> sb.append("\\n");
            case '\r' -> sb.append("\\r");
            case '\t' -> sb.append("\\t");
            case 11 -> sb.append("\\v");
            default -> {
                if (c < 0x20 || c == 0x7f) {
                    sb.append(String.format("\\x%02x", c));
                } else if (c == 0xFFFD || Character.isDefined(c) && Character.getType(c) != Character.CONTROL
                        && Character.getType(c) != Character.FORMAT && Character.getType(c) != Character.SURROGATE
                        && Character.getType(c) != Character.PRIVATE_USE
                        && Character.getType(c) != Character.UNASSIGNED
                        && !(Character.isSpaceChar(c) && c != ' ')) {
                    sb.appendCodePoint(c);
                } else if (c < 0x10000) {
                    sb.append(String.format("\\u%04x", c));
                } else {
                    sb.append(String.format("\\U%08x", c));
                }
            }
        }
    }

    /** The Go dynamic type name of a value-model object, as panics print it. */
    public static String goTypeName(Object v) {
        if (v == null) {
            return "nil";
        }
        if (v instanceof String) {
            return "string";
        }
        if (v instanceof Long) {
            return "int64";
        }
        if (v instanceof Integer) {
            return "int";
        }
        if (v instanceof Double) {
            return "float64";
        }
        if (v instanceof Boolean) {
            return "bool";
        }
        if (v instanceof java.util.List<?>) {
            return "[]interface {}";
        }
        if (v instanceof java.util.Map<?, ?>) {
            return "map[string]interface {}";
        }
        if (v instanceof byte[]) {
            return "[]uint8";
        }
        return v.getClass().getSimpleName();
    }

    /** Go's {@code %v} of a value-model object (maps print with sorted keys). */
    public static String formatV(Object v) {
        StringBuilder sb = new StringBuilder();
        appendV(sb, v);
        return sb.toString();
    }

    private static void appendV(StringBuilder sb, Object v) {
        if (v == null) {
            sb.append("<nil>");
        } else if (v instanceof Double d) {
            sb.append(GoNumbers.formatFloat64(d));
        } else if (v instanceof java.util.Map<?, ?> m) {
            sb.append("map[");
            java.util.List<String> keys = new java.util.ArrayList<>();
            m.keySet().forEach(k -> keys.add(String.valueOf(k)));
            java.util.Collections.sort(keys);
            for (int i = 0; i < keys.size(); i++) {
                if (i > 0) {
                    sb.append(' ');
                }
                sb.append(keys.get(i)).append(':');
                appendV(sb, m.get(keys.get(i)));
            }
            sb.append(']');
        } else if (v instanceof java.util.List<?> l) {
            sb.append('[');
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) {
                    sb.append(' ');
                }
                appendV(sb, l.get(i));
            }
            sb.append(']');
        } else {
            sb.append(v);
        }
    }

    /** Go's {@code %t} of a value: booleans print, anything else is a bad-verb marker. */
    public static String formatT(Object v) {
        if (v instanceof Boolean b) {
            return b.toString();
        }
        if (v == null) {
            return "%!t(<nil>)";
        }
        if (v instanceof java.util.List<?> l) {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) {
                    sb.append(' ');
                }
                sb.append(formatT(l.get(i)));
            }
            return sb.append(']').toString();
        }
        if (v instanceof java.util.Map<?, ?> m) {
            // fmt applies the verb to keys and values of a map
            StringBuilder sb = new StringBuilder("map[");
            java.util.List<String> keys = new java.util.ArrayList<>();
            m.keySet().forEach(k -> keys.add(String.valueOf(k)));
            java.util.Collections.sort(keys);
            for (int i = 0; i < keys.size(); i++) {
                if (i > 0) {
                    sb.append(' ');
                }
                sb.append("%!t(string=").append(keys.get(i)).append("):").append(formatT(m.get(keys.get(i))));
            }
            return sb.append(']').toString();
        }
        return "%!t(" + goTypeName(v) + "=" + formatV(v) + ")";
    }
}
