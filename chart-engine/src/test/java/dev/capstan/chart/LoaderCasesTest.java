package dev.capstan.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.capstan.values.Coalesce;
import dev.capstan.values.Dependencies;
import dev.capstan.values.TestData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs loader/cases.yaml: small charts and what the reference helm made of them (.Files names,
 * subcharts, final values, .Chart fields, or the error text). Regenerate with loader/regen.py.
 */
class LoaderCasesTest {
    @TempDir
    Path tmp;

    static Stream<Arguments> rows() {
        return TestData.rows("loader/cases.yaml").stream().map(r -> Arguments.of(r.get("name"), r));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    @SuppressWarnings("unchecked")
    void row(String name, Map<String, Object> row) throws Exception {
        Path dir = tmp.resolve("c");
        for (Map.Entry<String, Object> f : ((Map<String, Object>) row.get("files")).entrySet()) {
            write(dir.resolve(f.getKey()), ((String) f.getValue()).getBytes(StandardCharsets.UTF_8));
        }
        Map<String, Object> tgz = (Map<String, Object>) row.getOrDefault("tgz", Map.of());
        for (Map.Entry<String, Object> t : tgz.entrySet()) {
            Path content = tmp.resolve("tgz-content");
            for (Map.Entry<String, Object> f : ((Map<String, Object>) t.getValue()).entrySet()) {
                write(content.resolve(f.getKey()), ((String) f.getValue()).getBytes(StandardCharsets.UTF_8));
            }
            Files.createDirectories(dir.resolve(t.getKey()).getParent());
            Fixtures.pack(content, dir.resolve(t.getKey()));
        }
        String error = (String) row.get("error");
        if ("library charts are not installable".equals(error)) {
            // an action-level refusal; the loader itself accepts the chart
            assertTrue(ChartLoader.load(dir).isLibrary());
            return;
        }
        if (error != null) {
            ChartLoadException e = assertThrows(ChartLoadException.class, () -> ChartLoader.load(dir));
            assertEquals(error, e.getMessage());
            return;
        }
        Chart c = ChartLoader.load(dir);
        List<String> files = new ArrayList<>();
        c.files().forEach(f -> files.add(f.name()));
        Collections.sort(files);
        assertEquals(row.get("expectFiles"), files, "files");
        List<String> subs = new ArrayList<>();
        c.dependencies().forEach(d -> subs.add(d.name()));
        Collections.sort(subs);
        assertEquals(row.get("expectSubcharts"), subs, "subcharts");

        Chart processed = Dependencies.process(c, Map.of(), null);
        Map<String, Object> values = Coalesce.coalesceValues(processed, Map.of(), null);
        ObjectMapper json = new ObjectMapper().configure(
                com.fasterxml.jackson.databind.SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
        assertEquals(TestData.normalize(json.readValue((String) row.get("expectValuesJson"), Map.class), true),
                TestData.normalize(values, true), "values");

        Map<String, Object> chart = json.readValue((String) row.get("expectChartJson"), Map.class);
        Metadata m = processed.metadata();
        Map<String, Object> got = new LinkedHashMap<>();
        got.put("Name", m.name());
        got.put("Version", m.version());
        got.put("AppVersion", m.appVersion());
        got.put("APIVersion", m.apiVersion());
        got.put("Description", m.description());
        got.put("Keywords", m.keywords());
        got.put("Type", m.type());
        List<Object> deps = new ArrayList<>();
        for (Dependency d : m.dependencies()) {
            Map<String, Object> dm = new LinkedHashMap<>();
            dm.put("Name", d.name());
            dm.put("Version", d.version());
            dm.put("Repository", d.repository());
            dm.put("Enabled", d.enabled());
            dm.put("Alias", d.alias());
            dm.put("Condition", d.condition());
            dm.put("Tags", d.tags());
            deps.add(dm);
        }
        got.put("Dependencies", deps);
        Map<String, Object> want = new LinkedHashMap<>();
        for (String k : got.keySet()) {
            Object v = chart.get(k);
            if (k.equals("Dependencies")) {
                List<Object> wl = new ArrayList<>();
                for (Object o : (List<Object>) v) {
                    Map<String, Object> dm = new LinkedHashMap<>((Map<String, Object>) o);
                    dm.remove("ImportValues");
                    wl.add(dm);
                }
                v = wl;
            }
            want.put(k, v);
        }
        for (Object o : deps) {
            ((Map<String, Object>) o).keySet().retainAll(List.of("Name", "Version", "Repository", "Enabled", "Alias",
                    "Condition", "Tags"));
        }
        assertEquals(json.writeValueAsString(new java.util.TreeMap<>(want)),
                json.writeValueAsString(new java.util.TreeMap<>(got)), ".Chart fields");
    }

    private static void write(Path p, byte[] data) throws IOException {
        Files.createDirectories(p.getParent());
        Files.write(p, data);
    }
}
