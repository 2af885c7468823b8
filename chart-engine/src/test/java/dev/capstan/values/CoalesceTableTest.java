package dev.capstan.values;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.capstan.chart.Chart;
import dev.capstan.chart.Metadata;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs coalesce/coalesce.yaml (coalesce_test.go as data plus oracle cases). */
class CoalesceTableTest {

    static Stream<Arguments> rows() {
        return TestData.rows("coalesce/coalesce.yaml").stream().map(r -> Arguments.of(r.get("name"), r));
    }

    @SuppressWarnings("unchecked")
    static Chart chart(Map<String, Object> spec) {
        List<Chart> deps = new ArrayList<>();
        for (Object d : (List<Object>) spec.getOrDefault("deps", List.of())) {
            deps.add(chart((Map<String, Object>) d));
        }
        Map<String, Object> values = (Map<String, Object>) TestData.normalize(spec.getOrDefault("values", Map.of()), true);
        return new Chart(Metadata.of((String) spec.get("name"), "0.1.0"), null, null, values, null, null, null, deps);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    @SuppressWarnings("unchecked")
    void row(String name, Map<String, Object> row) throws Exception {
        Map<String, Object> vals = row.containsKey("valuesYaml")
                ? ValuesYaml.load(((String) row.get("valuesYaml")).getBytes())
                : (Map<String, Object>) TestData.normalize(row.getOrDefault("values", Map.of()), true);
        List<String> warnings = new ArrayList<>();
        String op = (String) row.get("op");
        if (row.containsKey("error")) {
            ValuesException e = assertThrows(ValuesException.class,
                    () -> Coalesce.coalesceValues(chart((Map<String, Object>) row.get("chart")), vals, warnings::add));
            assertEquals(row.get("error"), e.getMessage());
            return;
        }
        Map<String, Object> before = ValueMaps.copyMap(vals);
        Map<String, Object> out = switch (op) {
            case "coalesce" -> Coalesce.coalesceValues(chart((Map<String, Object>) row.get("chart")), vals, warnings::add);
            case "merge" -> Coalesce.mergeValues(chart((Map<String, Object>) row.get("chart")), vals, warnings::add);
            case "coalesceTables" -> Coalesce.coalesceTables(vals,
                    (Map<String, Object>) TestData.normalize(row.get("src"), true), warnings::add);
            case "mergeTables" -> Coalesce.mergeTables(vals,
                    (Map<String, Object>) TestData.normalize(row.get("src"), true), warnings::add);
            default -> throw new IllegalArgumentException(op);
        };
        if (op.equals("coalesce") || op.equals("merge")) {
            assertEquals(before, vals, "the user values must not be mutated");
        }
        Map<String, Object> expect = (Map<String, Object>) row.getOrDefault("expect", Map.of());
        for (Map.Entry<String, Object> e : expect.entrySet()) {
            Object got = lookup(out, e.getKey());
            if ("<no value>".equals(e.getValue())) {
                assertTrue(got == null || got == MISSING, e.getKey() + " should have no value, got " + got);
            } else {
                assertEquals(TestData.normalize(e.getValue(), true), got == MISSING ? "<missing>" : got, e.getKey());
            }
        }
        for (String p : (List<String>) row.getOrDefault("present", List.of())) {
            assertTrue(lookup(out, p) != MISSING, p + " should be present");
        }
        for (String p : (List<String>) row.getOrDefault("absent", List.of())) {
            assertTrue(lookup(out, p) == MISSING, p + " should be absent");
        }
        for (String w : (List<String>) row.getOrDefault("warnings", List.of())) {
            assertTrue(warnings.contains(w), "missing warning " + w + " in " + warnings);
        }
        if (row.containsKey("expectJson")) {
            Object want = TestData.normalize(row.get("expectJson"), true);
            assertEquals(new ObjectMapper().writeValueAsString(sorted(want)), new ObjectMapper().writeValueAsString(sorted(out)));
        }
        assertFalse(out.isEmpty() && !expect.isEmpty());
    }

    private static final Object MISSING = new Object();

    @SuppressWarnings("unchecked")
    static Object lookup(Map<String, Object> m, String path) {
        Object cur = m;
        for (String part : path.split("\\.")) {
            if (!(cur instanceof Map<?, ?> cm) || !cm.containsKey(part)) {
                return MISSING;
            }
            cur = ((Map<String, Object>) cm).get(part);
        }
        return cur;
    }

    @SuppressWarnings("unchecked")
    static Object sorted(Object v) {
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new java.util.TreeMap<>();
            m.forEach((k, x) -> out.put((String) k, sorted(x)));
            return out;
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(x -> out.add(sorted(x)));
            return out;
        }
        return v;
    }

    static Map<String, Object> newMap() {
        return new LinkedHashMap<>();
    }
}
