package dev.capstan.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.capstan.gotemplate.Func;
import dev.capstan.gotemplate.FuncMap;
import dev.capstan.gotemplate.FunctionException;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Runs every row of {@code yaml-emit/expected.json}: each input through toYaml, toYamlPretty,
 * toJson, toPrettyJson, toRawJson and the must variants, against the output (or error text) the
 * reference Helm produced for the same input ({@code regen.py} regenerates the file).
 */
class YamlEmitTableTest {
    private static final FuncMap FUNCS = new FuncMap();

    static {
        YamlJsonFunctions.register(FUNCS);
    }

    static Stream<Arguments> rows() throws IOException {
        JsonNode root;
        try (InputStream in = YamlEmitTableTest.class.getResourceAsStream("/yaml-emit/expected.json")) {
            root = new ObjectMapper().readTree(in);
        }
        List<Arguments> out = new ArrayList<>();
        for (JsonNode c : root) out.add(Arguments.of(c.get("id").asText(), c.get("value"), c.get("outputs")));
        return out.stream();
    }

    /** One row per input; every function's output is checked (all failures are reported). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void matchesReferenceHelm(String id, JsonNode value, JsonNode outputs) {
        Object v = toValue(value);
        List<Executable> checks = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> it = outputs.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String fn = e.getKey();
            JsonNode exp = e.getValue();
            Func f = FUNCS.get(fn);
            if (exp.has("err")) {
                checks.add(() -> {
                    FunctionException ex = assertThrows(FunctionException.class, () -> f.impl().call(new Object[]{v}), fn);
                    assertEquals(exp.get("err").asText(), ex.getMessage(), fn);
                });
            } else {
                checks.add(() -> assertEquals(exp.get("out").asText(), f.impl().call(new Object[]{v}), fn));
            }
        }
        assertAll(id, checks);
    }

    /** Typed JSON to the value model: numbers are float64 (values.yaml), $int/$int64/$float/$bytes mark Go types. */
    static Object toValue(JsonNode n) {
        if (n.isNull()) return null;
        if (n.isBoolean()) return n.booleanValue();
        if (n.isNumber()) return n.isBigInteger() ? n.bigIntegerValue().doubleValue() : n.doubleValue();
        if (n.isTextual()) return n.textValue();
        if (n.isArray()) {
            List<Object> l = new ArrayList<>();
            for (JsonNode x : n) l.add(toValue(x));
            return l;
        }
        if (n.has("$int")) return n.get("$int").intValue();
        if (n.has("$int64")) return Long.parseLong(n.get("$int64").asText());
        if (n.has("$float")) return Double.parseDouble(n.get("$float").asText().replace("Inf", "Infinity"));
        if (n.has("$bytes")) return Base64.getDecoder().decode(n.get("$bytes").asText());
        if (n.has("$expr")) return toValue(n.get("v"));
        Map<String, Object> m = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = n.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            m.put(e.getKey(), toValue(e.getValue()));
        }
        return m;
    }
}
