package dev.capstan.values;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.capstan.chart.Chart;
import dev.capstan.chart.ChartLoader;
import dev.capstan.chart.Dependency;
import dev.capstan.chart.Fixtures;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs dependencies/dependencies.yaml (dependencies_test.go as data) on re-created fixtures. */
class DependenciesTableTest {
    @TempDir
    Path tmp;

    static Stream<Arguments> rows() {
        return TestData.rows("dependencies/dependencies.yaml").stream().map(r -> Arguments.of(r.get("name"), r));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    @SuppressWarnings("unchecked")
    void row(String name, Map<String, Object> row) {
        Chart c = ChartLoader.load(Fixtures.chart((String) row.get("chart"), tmp));
        if (row.containsKey("initialDepCount")) {
            assertEquals(((Number) row.get("initialDepCount")).intValue(), c.dependencies().size());
        }
        boolean merge = Boolean.TRUE.equals(row.get("merge"));
        for (String step : (List<String>) row.get("steps")) {
            if (step.equals("enabled")) {
                Map<String, Object> v = "chart".equals(row.get("values"))
                        ? ValueMaps.copyMap(c.values())
                        : (Map<String, Object>) TestData.normalize(row.get("values"), true);
                c = Dependencies.processEnabled(c, v, null);
            } else {
                c = Dependencies.processImportValues(c, merge, null);
            }
        }
        if (row.containsKey("expectCharts")) {
            List<String> names = new ArrayList<>();
            collect(c, c.name(), names);
            Collections.sort(names);
            assertEquals(row.get("expectCharts"), names);
        }
        if (row.containsKey("expectDepCount")) {
            assertEquals(((Number) row.get("expectDepCount")).intValue(), c.dependencies().size());
        }
        if (row.containsKey("expectMetaDepCount")) {
            assertEquals(((Number) row.get("expectMetaDepCount")).intValue(), c.metadata().dependencies().size());
        }
        Map<String, Object> values = c.values();
        Map<String, Object> expect = (Map<String, Object>) row.getOrDefault("expectValues", Map.of());
        for (Map.Entry<String, Object> e : expect.entrySet()) {
            assertEquals(TestData.normalize(e.getValue(), true), CoalesceTableTest.lookup(values, e.getKey()), e.getKey());
        }
        for (String p : (List<String>) row.getOrDefault("absent", List.of())) {
            assertTrue(CoalesceTableTest.lookup(values, p) != null && !values.containsKey(p), p + " should be absent");
        }
        for (String p : (List<String>) row.getOrDefault("present", List.of())) {
            assertTrue(values.containsKey(p), p + " should be present");
        }
        if (row.containsKey("expectFirstDepValues")) {
            Map<String, Object> first = c.dependencies().get(0).values();
            ((Map<String, Object>) row.get("expectFirstDepValues")).forEach((k, v) -> assertEquals(v, first.get(k), k));
        }
    }

    private static void collect(Chart c, String path, List<String> out) {
        out.add(path);
        for (Chart d : c.dependencies()) {
            collect(d, path + "." + d.name(), out);
        }
    }

    /** TestLoadDependency: requirements and lock of frobnitz. */
    @Test
    void loadDependency() {
        Chart c = ChartLoader.load(Fixtures.chart("frobnitz", tmp));
        for (List<Dependency> deps : List.of(c.metadata().dependencies(), c.lock().dependencies())) {
            assertEquals(2, deps.size());
            assertEquals(List.of("alpine", "0.1.0", "https://example.com/charts"),
                    List.of(deps.get(0).name(), deps.get(0).version(), deps.get(0).repository()));
            assertEquals(List.of("mariner", "4.3.2", "https://example.com/charts"),
                    List.of(deps.get(1).name(), deps.get(1).version(), deps.get(1).repository()));
        }
    }
}
