package dev.capstan.gotemplate;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Go's text/template builtin functions that do not need the evaluator (and, or and call are in
 * {@link Exec}). Arguments arrive as Go's reflect.Value would: {@link Exec#MISSING} for an invalid
 * value, null for a nil interface.
 */
final class Builtins {
    private Builtins() {
    }

    static final Set<String> NAMES = Set.of("and", "call", "html", "index", "slice", "js", "len", "not", "or",
            "print", "printf", "println", "urlquery", "eq", "ge", "gt", "le", "lt", "ne");

    /** Parameter shape: fixed count and whether more follow; RAW params see MISSING and null as distinct. */
    record Spec(int fixed, boolean variadic, boolean raw, boolean firstIsString) {
    }

    static Spec spec(String name) {
        return switch (name) {
            case "and", "or", "call", "index", "slice", "eq" -> new Spec(1, true, true, false);
            case "not", "len" -> new Spec(1, false, true, false);
            case "ne", "lt", "le", "gt", "ge" -> new Spec(2, false, true, false);
            case "html", "js", "urlquery", "print", "println" -> new Spec(0, true, false, false);
            case "printf" -> new Spec(1, true, false, true);
            default -> null;
        };
    }

    static Object call(String name, Object[] a) {
        switch (name) {
            case "not":
                return !truth(a[0]);
            case "len":
                return length(a[0]);
            case "index":
                return index(a);
            case "slice":
                return slice(a);
            case "eq":
                return eq(a);
            case "ne":
                return !eq(a);
            case "lt":
                return lt(a[0], a[1]);
            case "le":
                return lt(a[0], a[1]) || eq(a);
            case "gt":
                return !(lt(a[0], a[1]) || eq(a));
            case "ge":
                return !lt(a[0], a[1]);
            case "print":
                return GoFmt.sprint(a);
            case "println":
                return GoFmt.sprintln(a);
            case "printf": {
                Object[] rest = new Object[a.length - 1];
                System.arraycopy(a, 1, rest, 0, rest.length);
                return GoFmt.sprintf((String) a[0], rest);
            }
            case "html":
                return htmlEscape(evalArgs(a));
            case "js":
                return jsEscape(evalArgs(a));
            case "urlquery":
                return queryEscape(evalArgs(a));
            default:
                throw new IllegalStateException("not a builtin: " + name);
        }
    }

    static boolean truth(Object v) {
        if (v == Exec.MISSING) return false;
        return GoTypes.isTrue(v);
    }

    private static Object underlying(Object v) {
        if (v instanceof GoObject o && o.underlying() != null) return o.underlying();
        return v;
    }

    static Object length(Object item) {
        if (item == Exec.MISSING) throw new RuntimeException("reflect: call of reflect.Value.Type on zero Value");
        if (item == null) throw new FunctionException("len of nil pointer");
        Object v = underlying(item);
        if (v instanceof String s) return GoText.utf8Length(s);
        if (v instanceof List<?> l) return l.size();
        if (v instanceof Map<?, ?> m) return m.size();
        if (v instanceof byte[] b) return b.length;
        throw new FunctionException("len of type " + GoTypes.typeName(item));
    }

    private static int indexArg(Object index, int cap) {
        long x;
        if (index instanceof Integer i) x = i;
        else if (index instanceof Long l) x = l;
        else if (index == Exec.MISSING || index == null) throw new FunctionException("cannot index slice/array with nil");
        else throw new FunctionException("cannot index slice/array with type " + GoTypes.typeName(index));
        if (x < 0 || x > cap) throw new FunctionException("index out of range: " + x);
        return (int) x;
    }

    static Object index(Object[] a) {
        Object item = a[0];
        if (item == Exec.MISSING || item == null) throw new FunctionException("index of untyped nil");
        for (int k = 1; k < a.length; k++) {
            Object index = a[k] == null ? Exec.MISSING : a[k];
            if (item == null) throw new FunctionException("index of nil pointer");
            Object v = underlying(item);
            if (v instanceof List<?> l) {
                int x = indexArg(index, l.size());
                if (x == l.size()) throw new RuntimeException("reflect: slice index out of range");
                item = l.get(x);
            } else if (v instanceof String s) {
                byte[] b = s.getBytes(StandardCharsets.UTF_8);
                int x = indexArg(index, b.length);
                if (x == b.length) throw new RuntimeException("reflect: string index out of range");
                item = b[x] & 0xFF;
            } else if (v instanceof byte[] b) {
                int x = indexArg(index, b.length);
                if (x == b.length) throw new RuntimeException("reflect: slice index out of range");
                item = b[x] & 0xFF;
            } else if (v instanceof Map<?, ?> m) {
                if (index == Exec.MISSING) throw new FunctionException("value is nil; should be of type string");
                if (!(index instanceof String key)) {
                    throw new FunctionException("value has type " + GoTypes.typeName(index) + "; should be string");
                }
                item = m.get(key);
                // a missing key yields the element type's zero value ("" for map[string]string)
                if (item == null && m instanceof GoMap g && !m.containsKey(key)) item = g.zeroValue();
            } else {
                throw new FunctionException("can't index item of type " + GoTypes.typeName(item));
            }
        }
        return item;
    }

    static Object slice(Object[] a) {
        Object item = a[0];
        if (item == Exec.MISSING || item == null) throw new FunctionException("slice of untyped nil");
        int n = a.length - 1;
        if (n > 3) throw new FunctionException("too many slice indexes: " + n);
        Object v = underlying(item);
        int len;
        if (v instanceof String s) {
            if (n == 3) throw new FunctionException("cannot 3-index slice a string");
            len = GoText.utf8Length(s);
        } else if (v instanceof List<?> l) {
            len = l.size();
        } else if (v instanceof byte[] b) {
            len = b.length;
        } else {
            throw new FunctionException("can't slice item of type " + GoTypes.typeName(item));
        }
        int[] idx = {0, len, len};
        for (int i = 0; i < n; i++) idx[i] = indexArg(a[i + 1] == null ? Exec.MISSING : a[i + 1], len);
        if (idx[0] > idx[1]) throw new FunctionException("invalid slice index: " + idx[0] + " > " + idx[1]);
        if (n == 3 && idx[1] > idx[2]) throw new FunctionException("invalid slice index: " + idx[1] + " > " + idx[2]);
        if (v instanceof String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            return new String(b, idx[0], idx[1] - idx[0], StandardCharsets.UTF_8);
        }
        if (v instanceof byte[] b) return java.util.Arrays.copyOfRange(b, idx[0], idx[1]);
        // slicing keeps the slice type ([]string stays []string)
        if (v instanceof GoList g) return new GoList(g.elemType(), g.subList(idx[0], idx[1]));
        return new java.util.ArrayList<>(((List<?>) v).subList(idx[0], idx[1]));
    }

    // ---- comparison --------------------------------------------------------------------------

    private enum BasicKind { INVALID, BOOL, INT, FLOAT, STRING }

    private static BasicKind basicKind(Object v) {
        if (v instanceof Boolean) return BasicKind.BOOL;
        if (v instanceof Integer || v instanceof Long) return BasicKind.INT;
        if (v instanceof Double) return BasicKind.FLOAT;
        if (v instanceof String) return BasicKind.STRING;
        return BasicKind.INVALID;
    }

    private static String typeOf(Object v) {
        return v == Exec.MISSING ? "<nil>" : GoTypes.typeName(v);
    }

    static boolean eq(Object[] a) {
        Object arg1 = a[0] == null ? Exec.MISSING : a[0];
        if (a.length < 2) throw new FunctionException("missing argument for comparison");
        BasicKind k1 = basicKind(arg1);
        for (int i = 1; i < a.length; i++) {
            Object arg = a[i] == null ? Exec.MISSING : a[i];
            BasicKind k2 = basicKind(arg);
            boolean truth = false;
            if (k1 != k2) {
                if (arg1 != Exec.MISSING && arg != Exec.MISSING) {
                    throw new FunctionException("incompatible types for comparison: " + typeOf(arg1) + " and " + typeOf(arg));
                }
            } else {
                switch (k1) {
                    case BOOL -> truth = arg1.equals(arg);
                    case FLOAT -> truth = ((Double) arg1).doubleValue() == ((Double) arg).doubleValue();
                    case INT -> truth = ((Number) arg1).longValue() == ((Number) arg).longValue();
                    case STRING -> truth = arg1.equals(arg);
                    default -> {
                        boolean n1 = arg1 == Exec.MISSING;
                        boolean n2 = arg == Exec.MISSING;
                        if (n1 || n2) {
                            truth = n1 == n2;
                        } else {
                            if (!GoTypes.typeName(arg1).equals(GoTypes.typeName(arg))) {
                                throw new FunctionException(GoFmt.sprintf("non-comparable types %s: %v, %s: %v",
                                        arg1, GoTypes.typeName(arg1), GoTypes.typeName(arg), arg));
                            }
                            if (arg instanceof List || arg instanceof Map || arg instanceof byte[]) {
                                throw new FunctionException(GoFmt.sprintf("non-comparable type %s: %v", arg, GoTypes.typeName(arg)));
                            }
                            truth = arg1.equals(arg);
                        }
                    }
                }
            }
            if (truth) return true;
        }
        return false;
    }

    static boolean lt(Object arg1, Object arg2) {
        if (arg1 == null) arg1 = Exec.MISSING;
        if (arg2 == null) arg2 = Exec.MISSING;
        BasicKind k1 = basicKind(arg1);
        if (k1 == BasicKind.INVALID) throw new FunctionException("invalid type for comparison");
        BasicKind k2 = basicKind(arg2);
        if (k2 == BasicKind.INVALID) throw new FunctionException("invalid type for comparison");
        if (k1 != k2) {
            throw new FunctionException("incompatible types for comparison: " + typeOf(arg1) + " and " + typeOf(arg2));
        }
        return switch (k1) {
            case BOOL -> throw new FunctionException("invalid type for comparison");
            case FLOAT -> (Double) arg1 < (Double) arg2;
            case INT -> ((Number) arg1).longValue() < ((Number) arg2).longValue();
            case STRING -> GoText.compare((String) arg1, (String) arg2) < 0;
            default -> throw new IllegalStateException();
        };
    }

    // ---- escapers ---------------------------------------------------------------------------

    /** Go's evalArgs: fmt.Sprint of the args, a missing value printing as {@code <no value>}. */
    static String evalArgs(Object[] args) {
        if (args.length == 1 && args[0] instanceof String s) return s;
        Object[] a = args.clone();
        for (int i = 0; i < a.length; i++) if (a[i] == null || a[i] == Exec.MISSING) a[i] = "<no value>";
        return GoFmt.sprint(a);
    }

    static String htmlEscape(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String rep = switch (c) {
                case '\0' -> "\uFFFD";
                case '"' -> "&#34;";
                case '\'' -> "&#39;";
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                default -> null;
            };
            if (rep == null) {
                if (sb != null) sb.append(c);
                continue;
            }
            if (sb == null) sb = new StringBuilder(s.length() + 16).append(s, 0, i);
            sb.append(rep);
        }
        return sb == null ? s : sb.toString();
    }

    private static final String HEX = "0123456789ABCDEF";

    static String jsEscape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c < 0x80) {
                switch (c) {
                    case '\\' -> sb.append("\\\\");
                    case '\'' -> sb.append("\\'");
                    case '"' -> sb.append("\\\"");
                    case '<' -> sb.append("\\u003C");
                    case '>' -> sb.append("\\u003E");
                    case '&' -> sb.append("\\u0026");
                    case '=' -> sb.append("\\u003D");
                    default -> {
                        if (c < ' ') {
                            sb.append("\\u00").append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xF));
                        } else {
                            sb.append((char) c);
                        }
                    }
                }
            } else if (GoQuote.isPrint(c)) {
                sb.appendCodePoint(c);
            } else {
                sb.append(GoFmt.sprintf("\\u%04X", c));
            }
        }
        return sb.toString();
    }

    /** Go's url.QueryEscape. */
    static String queryEscape(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        StringBuilder sb = new StringBuilder(b.length + 8);
        for (byte x : b) {
            int c = x & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' || c == '~') {
                sb.append((char) c);
            } else if (c == ' ') {
                sb.append('+');
            } else {
                sb.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xF));
            }
        }
        return sb.toString();
    }
}
