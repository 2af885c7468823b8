package dev.capstan.sprig;

import dev.capstan.gotemplate.Func;
import dev.capstan.gotemplate.FuncMap;
import dev.capstan.gotemplate.FunctionException;
import dev.capstan.gotemplate.GoObject;
import dev.capstan.gotemplate.ParamType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A deliberately small stand-in for the Go template interpreter, used only to drive the Sprig
 * functions with template rows before {@code dev.capstan.gotemplate.TemplateSet} exists: text,
 * {@code {{ }}} actions with trim markers, literals, {@code $var :=}, parenthesised calls and
 * pipelines. Anything else (range, if, fields) is reported as {@link Unsupported} so the row is
 * skipped rather than judged. Printing follows Go's {@code %v} for the value model.
 */
final class DataMiniTemplate {
    /** A construct this stand-in does not interpret. */
    static final class Unsupported extends RuntimeException {
        Unsupported(String what) {
            super(what, null, false, false);
        }
    }

    private final FuncMap funcs;
    private final Map<String, Object> vars = new HashMap<>();
    private List<String> toks;
    private int pos;

    DataMiniTemplate(FuncMap funcs) {
        this.funcs = funcs;
    }

    String execute(String tpl) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < tpl.length()) {
            int open = tpl.indexOf("{{", i);
            if (open < 0) {
                out.append(tpl.substring(i));
                break;
            }
            String text = tpl.substring(i, open);
            boolean trimLeft = tpl.startsWith("{{- ", open);
            if (trimLeft) text = text.stripTrailing();
            out.append(text);
            int close = tpl.indexOf("}}", open);
            if (close < 0) throw new Unsupported("unclosed action");
            boolean trimRight = close >= 2 && tpl.startsWith(" -", close - 2);
            String body = tpl.substring(open + (trimLeft ? 3 : 2), trimRight ? close - 1 : close).trim();
            i = close + 2;
            if (trimRight) {
                while (i < tpl.length() && Character.isWhitespace(tpl.charAt(i))) i++;
            }
            if (body.startsWith("/*")) continue;
            Object v = action(body);
            if (v != NOTHING) out.append(print(v));
        }
        return out.toString();
    }

    private static final Object NOTHING = new Object();

    private Object action(String body) {
        toks = tokenize(body);
        pos = 0;
        if (toks.size() >= 2 && toks.get(0).startsWith("$") && (toks.get(1).equals(":=") || toks.get(1).equals("="))) {
            String name = toks.get(0);
            pos = 2;
            Object v = pipeline();
            vars.put(name, v);
            return NOTHING;
        }
        Object v = pipeline();
        if (pos != toks.size()) throw new Unsupported("trailing tokens in " + body);
        return v;
    }

    private Object pipeline() {
        Object v = command(null, false);
        while (pos < toks.size() && toks.get(pos).equals("|")) {
            pos++;
            v = command(v, true);
        }
        return v;
    }

    private Object command(Object piped, boolean hasPiped) {
        if (pos >= toks.size()) throw new Unsupported("empty command");
        String first = toks.get(pos);
        if (isIdent(first) && !first.equals("nil") && !first.equals("true") && !first.equals("false")) {
            pos++;
            Func f = funcs.get(first);
            if (f == null) throw new Unsupported("function " + first);
            List<Object> args = new ArrayList<>();
            while (pos < toks.size() && !toks.get(pos).equals("|") && !toks.get(pos).equals(")")) args.add(operand());
            if (hasPiped) args.add(piped);
            return call(f, args);
        }
        if (hasPiped) throw new Unsupported("pipe into non-function");
        Object v = operand();
        if (pos < toks.size() && !toks.get(pos).equals("|") && !toks.get(pos).equals(")")) {
            throw new Unsupported("non-function command with arguments");
        }
        return v;
    }

    private Object operand() {
        String t = toks.get(pos++);
        if (t.equals("(")) {
            Object v = pipeline();
            if (pos >= toks.size() || !toks.get(pos).equals(")")) throw new Unsupported("unbalanced (");
            pos++;
            return v;
        }
        if (t.startsWith("\"")) return unquote(t);
        if (t.startsWith("`")) return t.substring(1, t.length() - 1);
        if (t.equals("nil")) return null;
        if (t.equals("true")) return true;
        if (t.equals("false")) return false;
        if (t.startsWith("$")) {
            if (!vars.containsKey(t)) throw new Unsupported("variable " + t);
            return vars.get(t);
        }
        if (t.startsWith(".")) throw new Unsupported("field " + t);
        if (isIdent(t)) {
            Func f = funcs.get(t);
            if (f == null) throw new Unsupported("function " + t);
            return call(f, List.of());
        }
        return number(t);
    }

    private static Object number(String t) {
        if (t.matches("[-+]?\\d+")) {
            long l = Long.parseLong(t);
            return l == (int) l ? (Object) (int) l : (Object) l;
        }
        if (t.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?")) return Double.parseDouble(t);
        throw new Unsupported("literal " + t);
    }

    /** Argument conversion as text/template does it for the declared parameter type. */
    private static Object call(Func f, List<Object> args) {
        int fixed = f.params().size();
        if (f.isVariadic() ? args.size() < fixed : args.size() != fixed) {
            throw new FunctionException("wrong number of args for " + f.name() + ": want " + fixed + " got " + args.size());
        }
        Object[] a = new Object[args.size()];
        for (int i = 0; i < a.length; i++) {
            ParamType p = i < fixed ? f.params().get(i) : f.variadic();
            a[i] = convert(args.get(i), p);
        }
        return f.impl().call(a);
    }

    private static Object convert(Object v, ParamType p) {
        switch (p.kind()) {
            case ANY:
                return v;
            case INT:
                if (v instanceof Integer) return v;
                if (v instanceof Long l && l == l.intValue()) return l.intValue();
                break;
            case INT64:
                if (v instanceof Integer i) return (long) i;
                if (v instanceof Long) return v;
                break;
            case UINT32:
                if (v instanceof Integer i && i >= 0) return (long) i;
                if (v instanceof Long l && l >= 0 && l <= 0xffffffffL) return l;
                break;
            case FLOAT64:
                if (v instanceof Double) return v;
                if (v instanceof Integer i) return (double) i;
                break;
            case STRING:
                if (v instanceof String) return v;
                break;
            case BOOL:
                if (v instanceof Boolean) return v;
                break;
            case MAP:
                if (v == null || v instanceof Map) return v;
                break;
            case LIST:
            case STRING_LIST:
                if (v == null || v instanceof List) return v;
                break;
            case OBJECT:
                if (v instanceof GoObject o && o.goType().equals(p.goName())) return v;
                break;
            default:
                break;
        }
        throw new Unsupported("argument " + v + " for " + p.goName());
    }

    private static boolean isIdent(String t) {
        return t.matches("[A-Za-z_][A-Za-z0-9_]*");
    }

    private static String unquote(String t) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i < t.length() - 1; i++) {
            char c = t.charAt(i);
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char n = t.charAt(++i);
            switch (n) {
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'r' -> sb.append('\r');
                case '"' -> sb.append('"');
                case '\\' -> sb.append('\\');
                default -> throw new Unsupported("escape \\" + n);
            }
        }
        return sb.toString();
    }

    private static List<String> tokenize(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(' || c == ')' || c == '|') {
                out.add(String.valueOf(c));
                i++;
            } else if (c == ':' && i + 1 < s.length() && s.charAt(i + 1) == '=') {
                out.add(":=");
                i += 2;
            } else if (c == '=') {
                out.add("=");
                i++;
            } else if (c == '"') {
                int j = i + 1;
                while (s.charAt(j) != '"') j += s.charAt(j) == '\\' ? 2 : 1;
                out.add(s.substring(i, j + 1));
                i = j + 1;
            } else if (c == '`') {
                int j = s.indexOf('`', i + 1);
                out.add(s.substring(i, j + 1));
                i = j + 1;
            } else {
                int j = i;
                while (j < s.length() && !Character.isWhitespace(s.charAt(j)) && "()|".indexOf(s.charAt(j)) < 0) j++;
                out.add(s.substring(i, j));
                i = j;
            }
        }
        return out;
    }

    /** Go's %v for the value model; a nil at top level is text/template's "<no value>". */
    static String print(Object v) {
        return v == null ? "<no value>" : dev.capstan.gotemplate.GoFmt.formatValue(v);
    }
}
