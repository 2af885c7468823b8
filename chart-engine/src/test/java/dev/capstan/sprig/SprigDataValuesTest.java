package dev.capstan.sprig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.capstan.gotemplate.Func;
import dev.capstan.gotemplate.FuncMap;
import dev.capstan.gotemplate.FunctionException;
import dev.capstan.gotemplate.ParamType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Direct calls with Java arguments: the Java types of results (Go's int, int64, float64),
 * in-place mutation and aliasing of maps as Go has them, and the declared Go signatures.
 */
class SprigDataValuesTest {
    private static final FuncMap FUNCS = SprigDataTemplateRowsTest.funcs();

    private static Object call(String name, Object... args) {
        return FUNCS.get(name).impl().call(args);
    }

    static Stream<String[]> signatures() throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                SprigDataValuesTest.class.getResourceAsStream("/sprig-data/signatures.tsv"), StandardCharsets.UTF_8))) {
            return r.lines().filter(l -> !l.startsWith("#") && !l.isBlank()).map(l -> l.split("\t", -1))
                    .collect(Collectors.toList()).stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("signatures")
    void declaredLikeGo(String name, String fixed, String variadic) {
        Func f = FUNCS.get(name);
        assertEquals(fixed.equals("-") ? "" : fixed, f.params().stream().map(ParamType::goName).collect(Collectors.joining(",")), name);
        assertEquals(variadic, f.isVariadic() ? f.variadic().goName() : "-", name);
    }

    @Test
    void registersExactlyTheOwnedFunctions() throws IOException {
        Set<String> expected = signatures().map(s -> s[0]).collect(Collectors.toCollection(TreeSet::new));
        FuncMap m = new FuncMap();
        SprigDataFuncs.register(m, false);
        assertEquals(expected, m.names());
    }

    @Test
    void resultTypesFollowGo() {
        assertEquals(3L, call("add", 1, 1.5, "1"));
        assertEquals(2L, call("add1", 1.5));
        assertEquals(3, call("until", 3) instanceof List<?> l ? l.size() : -1);
        assertEquals(List.of(0, 1, 2), call("until", 3));
        assertEquals(0.3, call("addf", 0.1, 0.2));
        assertEquals(42, call("atoi", "42"));
        assertEquals(10_000_000_000L, call("int", 1e10), "Go's int is 64-bit");
        assertEquals(7, call("int", 7.9));
        assertEquals(7L, call("int64", "7"));
        assertEquals(1.0, call("float64", true));
        assertEquals(511L, call("toDecimal", "777"));
        assertEquals(Long.MIN_VALUE, call("int64", Double.NaN));
        assertEquals(2.0, call("ceil", 1.1));
        assertEquals(-1.0, call("round", -0.4, 0), "Sprig floors negative numbers");
        assertEquals("1 2 3", call("seq", 1, 3));
        assertEquals(Double.POSITIVE_INFINITY, call("maxf", Double.NaN, Double.POSITIVE_INFINITY), "Go's Max: +Inf beats NaN");
    }

    @Test
    void setUnsetAndMergeMutateTheirMap() {
        Map<String, Object> d = new LinkedHashMap<>(Map.of("a", 1));
        assertSame(d, call("set", d, "b", 2));
        assertSame(d, call("unset", d, "a"));
        assertEquals(Map.of("b", 2), d);
        assertSame(d, call("merge", d, new LinkedHashMap<>(Map.of("c", 3))));
        assertEquals(Map.of("b", 2, "c", 3), d);
    }

    @Test
    void mergeStoresSourceMapsByReferenceAsGoDoes() {
        Map<String, Object> inner = new LinkedHashMap<>(Map.of("k", 1));
        Map<String, Object> src = new LinkedHashMap<>(Map.of("m", inner));
        Map<String, Object> dst = new LinkedHashMap<>();
        call("merge", dst, src);
        assertSame(inner, dst.get("m"));
        call("merge", dst, new LinkedHashMap<>(Map.of("m", new LinkedHashMap<>(Map.of("j", 2)))));
        assertEquals(Map.of("k", 1, "j", 2), inner, "the later merge is visible through the source");
    }

    @Test
    void mergeRules() {
        Map<String, Object> dst = new LinkedHashMap<>();
        dst.put("zero", 0.0);
        dst.put("list", new ArrayList<>(List.of(1)));
        dst.put("keep", "x");
        dst.put("nil", null);
        Map<String, Object> src = new LinkedHashMap<>();
        src.put("zero", 5.0);
        src.put("list", new ArrayList<>(List.of(2, 3)));
        src.put("keep", "y");
        src.put("nil", "set");
        src.put("absent", null);
        call("merge", dst, src);
        assertEquals(5.0, dst.get("zero"));
        assertEquals(List.of(1), dst.get("list"), "a non-empty list is kept, never appended");
        assertEquals("x", dst.get("keep"));
        assertEquals("set", dst.get("nil"));
        assertEquals(false, dst.containsKey("absent"), "nil source values are skipped by merge");
        call("mergeOverwrite", dst, src);
        assertEquals(List.of(2, 3), dst.get("list"));
        assertEquals("y", dst.get("keep"));
        assertEquals(true, dst.containsKey("absent") && dst.get("absent") == null, "mergeOverwrite stores nil");
    }

    @Test
    void deepCopyIsIndependent() {
        Map<String, Object> d = new LinkedHashMap<>(Map.of("l", new ArrayList<>(List.of(1))));
        @SuppressWarnings("unchecked")
        Map<String, Object> c = (Map<String, Object>) call("deepCopy", d);
        @SuppressWarnings("unchecked")
        List<Object> l = (List<Object>) c.get("l");
        l.add(2);
        assertEquals(List.of(1), d.get("l"));
    }

    @Test
    void ipAddressesPrintLikeGo() {
        assertEquals("::1", NetworkFunctions.goIpString(new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1}));
        assertEquals("2001:db8::1:0:0:1", NetworkFunctions.goIpString(
                new byte[] {0x20, 0x01, 0x0d, (byte) 0xb8, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1}));
        assertEquals("2001:db8:0:1:1:1:1:1", NetworkFunctions.goIpString(
                new byte[] {0x20, 0x01, 0x0d, (byte) 0xb8, 0, 0, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1}));
        assertEquals("::", NetworkFunctions.goIpString(new byte[16]));
        assertEquals("10.0.0.1", NetworkFunctions.goIpString(new byte[] {10, 0, 0, 1}));
        FuncMap dns = new FuncMap();
        NetworkFunctions.register(dns, true);
        assertEquals("127.0.0.1", dns.get("getHostByName").impl().call(new Object[] {"127.0.0.1"}));
        assertEquals("", call("getHostByName", "localhost"), "Helm without --enable-dns");
    }

    @Test
    void namedMapTypesWorkThroughTheirContents() {
        Map<String, Object> inner = new LinkedHashMap<>(Map.of("a", 1.0));
        dev.capstan.gotemplate.GoObject values = new dev.capstan.gotemplate.GoObject() {
            @Override
            public String goType() {
                return "common.Values";
            }

            @Override
            public Object underlying() {
                return inner;
            }

            @Override
            public String goString() {
                return "map[a:1]";
            }
        };
        assertEquals(1.0, call("get", values, "a"));
        assertEquals(true, call("hasKey", values, "a"));
        assertEquals("interface conversion: interface {} is common.Values, not map[string]interface {}",
                assertThrows(FunctionException.class, () -> call("dig", "a", "d", values)).getMessage());
        @SuppressWarnings("unchecked")
        Map<String, Object> copy = (Map<String, Object>) call("deepCopy", values);
        copy.put("b", 2);
        assertEquals(Map.of("a", 1.0), inner, "a deep copy never aliases the original");
        assertSame(inner, call("merge", values, new LinkedHashMap<>(Map.of("c", 3))));
        assertEquals("Cannot find first on type map",
                assertThrows(FunctionException.class, () -> call("first", values)).getMessage());
    }

    @Test
    void panicsBecomeFunctionErrors() {
        assertEquals("runtime error: integer divide by zero",
                assertThrows(FunctionException.class, () -> call("div", 1, 0)).getMessage());
        assertEquals("interface conversion: interface {} is string, not map[string]interface {}",
                assertThrows(FunctionException.class, () -> call("dig", "a", "d", "x")).getMessage());
    }
}
