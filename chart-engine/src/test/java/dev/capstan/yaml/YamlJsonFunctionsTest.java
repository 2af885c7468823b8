package dev.capstan.yaml;

import dev.capstan.gotemplate.FuncMap;
import dev.capstan.gotemplate.FunctionException;
import dev.capstan.gotemplate.GoObject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Cases the reference table cannot express: cycles (Helm's funcs_test.go), GoObjects, Go int types. */
class YamlJsonFunctionsTest {
    private static final FuncMap F = new FuncMap();

    static {
        YamlJsonFunctions.register(F);
    }

    private static Object call(String fn, Object v) {
        return F.get(fn).impl().call(new Object[]{v});
    }

    /** helm pkg/engine/funcs_test.go mustFuncsTests: a map that contains itself. */
    @Test
    void cyclesFailTheMustVariantsAndEmptyTheOthers() {
        Map<String, Object> loop = new HashMap<>();
        loop.put("foo", "bar");
        List<Object> l = new ArrayList<>();
        l.add(loop);
        loop.put("loop", l);
        assertThrows(FunctionException.class, () -> call("mustToYaml", loop));
        assertThrows(FunctionException.class, () -> call("mustToJson", loop));
        assertEquals("", call("toYaml", loop));
        assertEquals("", call("toJson", loop));
        assertEquals("", call("toYamlPretty", loop));
    }

    /** helm pkg/engine/funcs_test.go TestFuncs rows for the encoders. */
    @Test
    void helmFuncsTestRows() {
        assertEquals("foo: bar", call("toYaml", Map.of("foo", "bar")));
        assertEquals("baz:\n  - 1\n  - 2\n  - 3", call("toYamlPretty", Map.of("baz", List.of(1, 2, 3))));
        assertEquals("{\"foo\":\"bar\"}", call("toJson", Map.of("foo", "bar")));
    }

    private record Obj(Object json, Object underlying) implements GoObject {
        public String goType() {
            return "*x.Obj";
        }

        public String goString() {
            return "obj";
        }

        @Override
        public Object jsonValue() {
            return json;
        }

        @Override
        public Object underlying() {
            return underlying;
        }
    }

    @Test
    void goObjectsEncodeTheirJsonValueOrUnderlyingOrAnEmptyObject() {
        assertEquals("{}", call("toJson", new Obj(null, null)));
        assertEquals("{}", call("toYaml", new Obj(null, null)));
        assertEquals("a: {}", call("toYaml", Map.of("a", new Obj(null, null))));
        assertEquals("[\"v1\"]", call("toJson", new Obj(null, List.of("v1"))));
        assertEquals("{\"Major\":\"1\"}", call("toJson", new Obj(Map.of("Major", "1"), null)));
        assertEquals("x:\n- v1", call("toYaml", Map.of("x", new Obj(null, List.of("v1")))));
        assertEquals("x:\n  - v1", call("toYamlPretty", Map.of("x", new Obj(null, List.of("v1")))));
    }

    /** Observed with the reference Helm: toJson .Capabilities.KubeVersion keeps the struct's field order. */
    @Test
    void structFieldsKeepTheirOrderInJsonButNotInYaml() {
        Map<String, Object> fields = new java.util.LinkedHashMap<>();
        fields.put("Version", "v1.35.0");
        fields.put("Major", "1");
        fields.put("Minor", "35");
        Obj kube = new Obj(fields, null);
        assertEquals("{\"Version\":\"v1.35.0\",\"Major\":\"1\",\"Minor\":\"35\"}", call("toJson", kube));
        assertEquals("Major: \"1\"\nMinor: \"35\"\nVersion: v1.35.0", call("toYaml", kube));
    }

    @Test
    void goIntegersPrintAsIntegersEverywhere() {
        Map<String, Object> v = Map.of("i", 7, "l", Long.MIN_VALUE);
        assertEquals("i: 7\nl: -9223372036854775808", call("toYaml", v));
        assertEquals("i: 7\nl: -9223372036854775808", call("toYamlPretty", v));
        assertEquals("{\"i\":7,\"l\":-9223372036854775808}", call("toJson", v));
    }

    @Test
    void functionValuesAreNotEncodable() {
        Object fn = dev.capstan.gotemplate.Func.of("f", a -> null);
        assertEquals("", call("toJson", fn));
        FunctionException e = assertThrows(FunctionException.class, () -> call("mustToJson", fn));
        assertTrue(e.getMessage().startsWith("json: unsupported type: func"));
    }
}
