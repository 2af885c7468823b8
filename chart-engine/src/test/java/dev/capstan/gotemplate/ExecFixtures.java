package dev.capstan.gotemplate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Java stand-ins for the data and functions of Go's exec_test.go: the {@code tVal} struct as a
 * {@link GoObject} (fields and methods the ported rows use) and the test FuncMap.
 */
final class ExecFixtures {
    private ExecFixtures() {
    }

    /** A struct-like GoObject built from field and method tables. */
    static final class Struct implements GoObject {
        final String type;
        final Map<String, Object> fields = new LinkedHashMap<>();
        final Map<String, Func> methods = new LinkedHashMap<>();
        String str;

        Struct(String type) {
            this.type = type;
        }

        @Override
        public String goType() {
            return type;
        }

        @Override
        public Object field(String name) {
            return fields.containsKey(name) ? fields.get(name) : NO_FIELD;
        }

        @Override
        public Func method(String name) {
            return methods.get(name);
        }

        @Override
        public String goString() {
            if (str != null) return str;
            StringBuilder sb = new StringBuilder("{");
            boolean first = true;
            for (Object v : fields.values()) {
                if (!first) sb.append(' ');
                first = false;
                sb.append(GoFmt.formatValue(v));
            }
            return sb.append('}').toString();
        }
    }

    static Struct stringer(String type, String s) {
        Struct o = new Struct(type);
        o.str = s;
        return o;
    }

    static Struct u(String v) {
        Struct u = new Struct("*template.U");
        u.fields.put("V", v);
        u.methods.put("TrueFalse", Func.of("TrueFalse", a -> (Boolean) a[0] ? "true" : "", ParamType.BOOL));
        return u;
    }

    static List<Object> list(Object... xs) {
        return new ArrayList<>(Arrays.asList(xs));
    }

    static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
        return m;
    }

    static Struct tVal() {
        Struct t = new Struct("*template.T");
        Struct theU = u("v");
        t.fields.put("True", true);
        t.fields.put("I", 17);
        t.fields.put("X", "x");
        t.fields.put("FloatZero", 0.0);
        t.fields.put("U", theU);
        t.fields.put("V0", stringer("template.V", "<6666>"));
        t.fields.put("V1", stringer("*template.V", "<7777>"));
        t.fields.put("V2", stringer("*template.V", "nilV"));
        t.fields.put("W0", stringer("template.W", "[888]"));
        t.fields.put("W1", stringer("*template.W", "[999]"));
        t.fields.put("W2", stringer("*template.W", "nilW"));
        t.fields.put("SI", list(3, 4, 5));
        t.fields.put("SIEmpty", list());
        t.fields.put("SB", list(true, false));
        t.fields.put("MSI", map("one", 1, "two", 2, "three", 3));
        t.fields.put("MSIone", map("one", 1));
        t.fields.put("MSIEmpty", map());
        t.fields.put("MXI", map("one", 1));
        t.fields.put("SMSI", list(map("one", 1, "two", 2), map("eleven", 11, "twelve", 12)));
        t.fields.put("Empty0", null);
        t.fields.put("Empty1", 3);
        t.fields.put("Empty2", "empty2");
        t.fields.put("Empty3", list(7, 8));
        t.fields.put("Empty4", u("UinEmpty"));
        t.fields.put("Str", stringer("*bytes.Buffer", "foozle"));
        t.fields.put("Err", stringer("*errors.errorString", "erroozle"));
        t.fields.put("PI", 23);
        t.fields.put("PS", "a string");
        t.fields.put("PSI", list(21, 22, 23));
        t.fields.put("BinaryFunc", Func.of("BinaryFunc", a -> "[" + a[0] + "=" + a[1] + "]", ParamType.STRING, ParamType.STRING));
        t.fields.put("VariadicFunc", Func.variadic("VariadicFunc", a -> "<" + join(a, 0) + ">", ParamType.STRING));
        t.fields.put("VariadicFuncInt", Func.variadic("VariadicFuncInt", a -> a[0] + "=<" + join(a, 1) + ">", ParamType.STRING, ParamType.INT));
        t.fields.put("NilOKFunc", Func.of("NilOKFunc", a -> a[0] == null, ParamType.object("*int")));
        t.fields.put("ErrFunc", Func.of("ErrFunc", a -> "bla"));
        t.methods.put("Method0", Func.of("Method0", a -> "M0"));
        t.methods.put("Method1", Func.of("Method1", a -> a[0], ParamType.INT));
        t.methods.put("Method2", Func.of("Method2", a -> GoFmt.sprintf("Method2: %d %s", a[0], a[1]), ParamType.INT, ParamType.STRING));
        t.methods.put("Method3", Func.of("Method3", a -> GoFmt.sprintf("Method3: %v", a[0]), ParamType.ANY));
        t.methods.put("Copy", Func.of("Copy", a -> t));
        t.methods.put("MAdd", Func.of("MAdd", a -> {
            List<Object> out = new ArrayList<>();
            for (Object x : (List<?>) a[1]) out.add((Integer) x + (Integer) a[0]);
            return out;
        }, ParamType.INT, ParamType.LIST));
        t.methods.put("MyError", Func.of("MyError", a -> {
            if ((Boolean) a[0]) throw new FunctionException("my error");
            return false;
        }, ParamType.BOOL));
        t.methods.put("GetU", Func.of("GetU", a -> theU));
        return t;
    }

    private static String join(Object[] a, int from) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < a.length; i++) {
            if (i > from) sb.append('+');
            sb.append(a[i]);
        }
        return sb.toString();
    }

    /** The FuncMap of Go's testExecute. */
    static FuncMap funcs() {
        FuncMap f = new FuncMap();
        f.put(Func.variadic("add", a -> {
            int sum = 0;
            for (Object x : a) sum += (Integer) x;
            return sum;
        }, ParamType.INT));
        f.put(Func.variadic("dddArg", a -> GoFmt.sprintln(a[0], Arrays.asList(a).subList(1, a.length)), ParamType.STRING, ParamType.INT));
        f.put(Func.of("echo", a -> a[0], ParamType.ANY));
        f.put(Func.variadic("makemap", a -> {
            if (a.length % 2 != 0) throw new RuntimeException("bad makemap");
            Map<String, Object> m = new LinkedHashMap<>();
            for (int i = 0; i < a.length; i += 2) m.put((String) a[i], a[i + 1]);
            return m;
        }, ParamType.STRING));
        f.put(Func.of("mapOfThree", a -> map("three", 3)));
        f.put(Func.of("oneArg", a -> "oneArg=" + a[0], ParamType.STRING));
        f.put(Func.of("returnInt", a -> 7));
        f.put(Func.of("twoArgs", a -> "twoArgs=" + a[0] + a[1], ParamType.STRING, ParamType.STRING));
        f.put(Func.of("typeOf", a -> GoFmt.sprintf("%T", a[0]), ParamType.ANY));
        f.put(Func.of("valueString", a -> "value is ignored", ParamType.STRING));
        f.put(Func.of("zeroArgs", a -> "zeroArgs"));
        return f;
    }
}
