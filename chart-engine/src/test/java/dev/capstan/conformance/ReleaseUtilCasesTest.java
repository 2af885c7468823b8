package dev.capstan.conformance;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.capstan.chart.ChartLoadException;
import dev.capstan.chart.HelmIgnore;
import dev.capstan.engine.Hook;
import dev.capstan.engine.KindSorter;
import dev.capstan.engine.Manifest;
import dev.capstan.engine.ManifestSorter;
import dev.capstan.engine.ManifestSplitter;
import dev.capstan.yaml.HelmYaml;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Helm's pkg/release/v1/util tables (kind order, manifest splitting, hook sorting) and
 * pkg/ignore's rule tables at v4.1.4, as data (helm-engine/release-util-cases.yaml,
 * helm-engine/ignore-rules.yaml).
 */
class ReleaseUtilCasesTest {
    @TestFactory
    @SuppressWarnings("unchecked")
    Stream<DynamicTest> kindSorter() {
        List<Map<String, Object>> rows = (List<Map<String, Object>>) read("/helm-engine/release-util-cases.yaml").get("kindSorter");
        return rows.stream().map(r -> DynamicTest.dynamicTest((String) r.get("name"), () -> {
            List<List<String>> items = (List<List<String>>) r.get("items");
            List<String> order = "install".equals(r.get("order")) ? KindSorter.INSTALL_ORDER : KindSorter.UNINSTALL_ORDER;
            List<List<String>> before = new ArrayList<>(items);
            String got = KindSorter.sort(items, i -> i.get(1), order).stream().map(i -> i.get(0)).collect(Collectors.joining());
            assertEquals(r.get("expected"), got);
            assertEquals(before, items, "the input list is left as it was");
        }));
    }

    @TestFactory
    @SuppressWarnings("unchecked")
    Stream<DynamicTest> splitManifests() {
        List<Map<String, Object>> rows = (List<Map<String, Object>>) read("/helm-engine/release-util-cases.yaml").get("splitManifests");
        return rows.stream().map(r -> DynamicTest.dynamicTest((String) r.get("name"),
                () -> assertEquals(r.get("expected"), ManifestSplitter.split((String) r.get("input")))));
    }

    @TestFactory
    @SuppressWarnings("unchecked")
    Stream<DynamicTest> sortManifests() {
        List<Map<String, Object>> rows = (List<Map<String, Object>>) read("/helm-engine/release-util-cases.yaml").get("sortManifests");
        return rows.stream().map(r -> DynamicTest.dynamicTest((String) r.get("name"), () -> {
            ManifestSorter.Result res = new ManifestSorter(HelmYaml::parse)
                    .sort(new LinkedHashMap<>((Map<String, String>) r.get("files")), KindSorter.INSTALL_ORDER);
            Map<String, List<String>> hooks = new LinkedHashMap<>();
            for (Hook h : res.hooks()) {
                List<String> v = new ArrayList<>(List.of(h.kind(), h.path()));
                v.addAll(h.events());
                hooks.put(h.name(), v);
            }
            assertEquals(new java.util.TreeMap<>((Map<String, List<String>>) r.get("hooks")), new java.util.TreeMap<>(hooks));
            assertEquals(r.get("manifests"), res.manifests().stream().map(Manifest::name).toList());
        }));
    }

    @TestFactory
    @SuppressWarnings("unchecked")
    Stream<DynamicTest> ignoreRules() {
        Map<String, Object> data = read("/helm-engine/ignore-rules.yaml");
        Stream<DynamicTest> rows = ((List<List<Object>>) data.get("ignore")).stream().map(r -> DynamicTest.dynamicTest(
                r.get(0).toString().replace("\n", "\\n") + " ~ " + r.get(1), () -> {
                    HelmIgnore rules = HelmIgnore.parse(((String) r.get(0)).getBytes(StandardCharsets.UTF_8));
                    assertEquals(r.get(3), rules.ignore((String) r.get(1), (Boolean) r.get(2)));
                }));
        Stream<DynamicTest> fails = ((List<String>) data.get("parseFail")).stream().map(p -> DynamicTest.dynamicTest("parse fails: " + p,
                () -> assertThrows(ChartLoadException.class, () -> HelmIgnore.parse(p.getBytes(StandardCharsets.UTF_8)))));
        return Stream.concat(rows, fails);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> read(String resource) {
        try (InputStream in = ReleaseUtilCasesTest.class.getResourceAsStream(resource)) {
            return new ObjectMapper(new YAMLFactory()).readValue(in, Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
