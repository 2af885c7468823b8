package dev.capstan.sprig;

import dev.capstan.gotemplate.Func;
import dev.capstan.gotemplate.FuncMap;
import dev.capstan.gotemplate.FunctionException;
import dev.capstan.gotemplate.GoObject;
import dev.capstan.gotemplate.ParamType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A test-only evaluator for the small subset of Go template syntax the sprig tables use
 * (text and {@code {{ pipeline }}} actions with literals, {@code .field} chains, parentheses,
 * method calls and pipes), so the function tables run before the real interpreter is on main.
 * It converts arguments the way text/template does for the few declared types, and prints
 * results with {@code %v}. Anything else ({@code if}, variables, trim markers) is reported as
 * unsupported and the row is skipped here; the real interpreter runs every row.
 */
final class MiniTemplate {
    static final class Unsupported extends RuntimeException {
        Unsupported(String m) {
            super(m, null, false, false);
        }
    }

    /** A template-level error (the message text/template would put after the location). */
    static final class TemplateError extends RuntimeException {
        TemplateError(String m) {
            super(m, null, false, false);
        }
    }

    private final FuncMap funcs;
    private final Object data;
    private String src;
    private int pos;

    MiniTemplate(FuncMap funcs, Object data) {
        this.funcs = funcs;
        this.data = data;
    }

    String execute(String tpl) {
        if (tpl.contains("{{-") || tpl.contains("-}}") || tpl.contains("$") && tpl.matches("(?s).*\\{\\{[^}]*\\$[a-z].*")) {
            throw new Unsupported("syntax");
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < tpl.length()) {
            int open = tpl.indexOf("{{", i);
            if (open < 0) {
                out.append(tpl, i, tpl.length());
                break;
            }
            out.append(tpl, i, open);
            int close = findClose(tpl, open + 2);
            String action = tpl.substring(open + 2, close).trim();
            if (action.matches("(if|else|end|range|with|define|template|block)\\b.*")) throw new Unsupported("control");
            src = action;
            pos = 0;
            Object v = pipeline();
            skipSpace();
            if (pos != src.length()) throw new Unsupported("trailing " + src.substring(pos));
            out.append(v == null ? "<no value>" : dev.capstan.gotemplate.GoFmt.formatValue(v));
            i = close + 2;
        }
        return out.toString();
    }

    private static int findClose(String t, int from) {
        boolean inStr = false;
        for (int i = from; i < t.length(); i++) {
            char c = t.charAt(i);
            if (inStr) {
                if (c == '\\') i++;
                else if (c == '"') inStr = false;
            } else if (c == '"') {
                inStr = true;
            } else if (t.startsWith("}}", i)) {
                return i;
            }
        }
        throw new Unsupported("unclosed");
    }

    private void skipSpace() {
        while (pos < src.length() && Character.isWhitespace(src.charAt(pos))) pos++;
    }

    private Object pipeline() {
        Object v = command(null, false);
        while (true) {
            skipSpace();
            if (pos < src.length() && src.charAt(pos) == '|') {
                pos++;
                v = command(v, true);
            } else {
                return v;
            }
        }
    }

    private interface Callable {
        Object call(List<Object> args);
    }

    private Object command(Object piped, boolean hasPiped) {
        skipSpace();
        List<Object> operands = new ArrayList<>();
        Callable head = null;
        Func headFunc = null;
        // the first word may be a function name
        int save = pos;
        String ident = identifier();
        if (ident != null && !ident.equals("true") && !ident.equals("false") && !ident.equals("nil")) {
            Func f = funcs.get(ident);
            if (f == null) throw new Unsupported("function " + ident);
            headFunc = f;
        } else {
            pos = save;
            Object first = operand();
            if (first instanceof BoundMethod bm) {
                headFunc = bm.f;
            } else {
                operands.add(first);
            }
        }
        while (true) {
            skipSpace();
            if (pos >= src.length() || src.charAt(pos) == '|' || src.charAt(pos) == ')') break;
            Object o = operand();
            if (o instanceof BoundMethod bm) o = callFunc(bm.f, List.of());
            operands.add(o);
        }
        if (hasPiped) operands.add(piped);
        if (headFunc == null) {
            if (operands.size() != 1) throw new Unsupported("non-function command with arguments");
            return operands.get(0);
        }
        return callFunc(headFunc, operands);
    }

    private record BoundMethod(Func f) {
    }

    private String identifier() {
        int start = pos;
        while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_')) pos++;
        if (pos == start || !Character.isLetter(src.charAt(start))) {
            pos = start;
            return null;
        }
        return src.substring(start, pos);
    }

    private Object operand() {
        skipSpace();
        if (pos >= src.length()) throw new Unsupported("missing operand");
        char c = src.charAt(pos);
        Object v;
        if (c == '"') {
            v = stringLiteral();
        } else if (c == '(') {
            pos++;
            v = pipeline();
            skipSpace();
            if (pos >= src.length() || src.charAt(pos) != ')') throw new Unsupported("paren");
            pos++;
        } else if (c == '.') {
            v = data;
            if (pos + 1 < src.length() && !Character.isLetter(src.charAt(pos + 1))) {
                pos++;
                return data;
            }
        } else if (c == '-' || Character.isDigit(c)) {
            int start = pos;
            pos++;
            while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '.'
                    || src.charAt(pos) == '+' && (src.charAt(pos - 1) == 'e'))) pos++;
            String num = src.substring(start, pos);
            if (num.contains(".") || num.contains("e")) v = Double.parseDouble(num);
            else {
                long l = Long.parseLong(num);
                v = (int) l == l ? (Object) (int) l : (Object) l;
            }
        } else {
            String id = identifier();
            if ("true".equals(id)) v = true;
            else if ("false".equals(id)) v = false;
            else if ("nil".equals(id)) v = null;
            else if (id != null && funcs.get(id) != null) v = callFunc(funcs.get(id), List.of());
            else throw new Unsupported("operand " + src.substring(pos));
        }
        // field / method chain
        while (pos < src.length() && src.charAt(pos) == '.') {
            pos++;
            String name = identifier();
            if (name == null) throw new Unsupported("field");
            if (v instanceof BoundMethod bm) v = callFunc(bm.f, List.of());
            if (v == null) throw new TemplateError("nil pointer evaluating interface {}." + name);
            if (v instanceof Map<?, ?> m) {
                v = m.get(name);
            } else if (v instanceof GoObject o) {
                Func f = o.method(name);
                if (f == null) throw new TemplateError("can't evaluate field " + name + " in type " + o.goType());
                v = new BoundMethod(f);
            } else {
                throw new TemplateError("can't evaluate field " + name + " in type interface {}");
            }
        }
        return v;
    }

    private String stringLiteral() {
        StringBuilder sb = new StringBuilder();
        pos++;
        while (true) {
            char c = src.charAt(pos++);
            if (c == '"') break;
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char e = src.charAt(pos++);
            switch (e) {
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'r' -> sb.append('\r');
                case '\\' -> sb.append('\\');
                case '"' -> sb.append('"');
                case 'x' -> {
                    sb.append((char) Integer.parseInt(src.substring(pos, pos + 2), 16));
                    pos += 2;
                }
                case 'u' -> {
                    sb.append((char) Integer.parseInt(src.substring(pos, pos + 4), 16));
                    pos += 4;
                }
                default -> throw new Unsupported("escape " + e);
            }
        }
        return sb.toString();
    }

    private Object callFunc(Func f, List<Object> args) {
        int fixed = f.params().size();
        if (f.isVariadic() ? args.size() < fixed : args.size() != fixed) {
            throw new TemplateError("wrong number of args for " + f.name() + ": want " + fixed + " got " + args.size());
        }
        Object[] a = new Object[args.size()];
        for (int k = 0; k < a.length; k++) {
            ParamType t = k < fixed ? f.params().get(k) : f.variadic();
            a[k] = convert(args.get(k), t);
        }
        try {
            return f.impl().call(a);
        } catch (Unsupported | TemplateError e) {
            throw e;
        } catch (RuntimeException e) {
            throw new TemplateError("error calling " + f.name() + ": " + e.getMessage());
        }
    }

    private static Object convert(Object v, ParamType t) {
        switch (t.kind()) {
            case INT:
                if (v instanceof Integer) return v;
                throw new TemplateError("wrong type for value; expected int; got " + dev.capstan.gotemplate.GoTypes.typeName(v));
            case INT64:
                if (v instanceof Integer i) return (long) i;
                if (v instanceof Long) return v;
                throw new TemplateError("wrong type for value; expected int64; got " + dev.capstan.gotemplate.GoTypes.typeName(v));
            case FLOAT64:
                if (v instanceof Number n) return n.doubleValue();
                throw new TemplateError("wrong type");
            case STRING:
                if (v instanceof String) return v;
                throw new TemplateError("wrong type for value; expected string; got " + dev.capstan.gotemplate.GoTypes.typeName(v));
            case BOOL:
                if (v instanceof Boolean) return v;
                throw new TemplateError("wrong type for value; expected bool; got " + dev.capstan.gotemplate.GoTypes.typeName(v));
            default:
                return v;
        }
    }

    /** fmt's %v for the value model (floats via Double.toString when integral-free cases suffice). */
    static String print(Object v) {
        if (v == null) return "<nil>";
        if (v instanceof String s) return s;
        if (v instanceof Double d) return formatFloat(d);
        if (v instanceof GoObject o) return o.goString();
        if (v instanceof byte[] b) {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < b.length; i++) sb.append(i > 0 ? " " : "").append(b[i] & 0xff);
            return sb.append(']').toString();
        }
        if (v instanceof List<?> l) {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < l.size(); i++) sb.append(i > 0 ? " " : "").append(print(l.get(i)));
            return sb.append(']').toString();
        }
        if (v instanceof Map<?, ?> m) {
            StringBuilder sb = new StringBuilder("map[");
            boolean first = true;
            for (Map.Entry<?, ?> e : new TreeMap<>(m).entrySet()) {
                sb.append(first ? "" : " ").append(e.getKey()).append(':').append(print(e.getValue()));
                first = false;
            }
            return sb.append(']').toString();
        }
        return String.valueOf(v);
    }

    /** Enough of strconv.FormatFloat(f, 'g', -1, 64) for the test tables. */
    static String formatFloat(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e21) {
            long l = (long) d;
            if (Math.abs(d) >= 1e6) {
                String digits = Long.toString(Math.abs(l)).replaceAll("0+$", "");
                int exp = Long.toString(Math.abs(l)).length() - 1;
                String mant = digits.length() > 1 ? digits.charAt(0) + "." + digits.substring(1) : digits;
                return (l < 0 ? "-" : "") + mant + "e+" + (exp < 10 ? "0" : "") + exp;
            }
            return Long.toString(l);
        }
        return Double.toString(d);
    }

    /** Minimal stand-ins for builtins and data-family functions the tables use. */
    static void registerTestHelpers(FuncMap m) {
        m.put(Func.variadic("list", a -> new ArrayList<>(java.util.Arrays.asList(a)), ParamType.ANY));
        m.put(Func.variadic("tuple", a -> new ArrayList<>(java.util.Arrays.asList(a)), ParamType.ANY));
        m.put(Func.variadic("dict", a -> {
            Map<String, Object> d = new java.util.LinkedHashMap<>();
            for (int i = 0; i + 1 < a.length; i += 2) d.put((String) a[i], a[i + 1]);
            return d;
        }, ParamType.ANY));
        m.put(Func.of("len", a -> {
            Object v = a[0];
            if (v instanceof String s) return GoStrings.byteLen(s);
            if (v instanceof List<?> l) return l.size();
            if (v instanceof Map<?, ?> mm) return mm.size();
            throw new FunctionException("len of type " + dev.capstan.gotemplate.GoTypes.typeName(v));
        }, ParamType.ANY));
        m.put(Func.of("int64", a -> ((Number) a[0]).longValue(), ParamType.ANY));
        m.put(Func.of("int", a -> ((Number) a[0]).intValue(), ParamType.ANY));
        m.put(Func.variadic("index", a -> {
            Object v = a[0];
            for (int i = 1; i < a.length; i++) {
                if (v instanceof Map<?, ?> mm) v = mm.get(a[i]);
                else if (v instanceof List<?> l) v = l.get((Integer) a[i]);
                else throw new Unsupported("index");
            }
            return v;
        }, ParamType.ANY, ParamType.ANY));
        m.put(Func.of("toJson", a -> toJson(a[0]), ParamType.ANY));
    }

    private static String toJson(Object v) {
        try {
            return dev.capstan.yaml.GoJson.marshal(v);
        } catch (dev.capstan.yaml.GoJsonException e) {
            return "";
        }
    }
}
