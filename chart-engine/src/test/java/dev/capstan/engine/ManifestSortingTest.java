package dev.capstan.engine;

import dev.capstan.gotemplate.GoText;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Splitting, hook detection, kind order and output assembly against what the reference helm
 * printed for the same rendered files (engine/manifest-cases.yaml, see regen-manifests.py).
 */
class ManifestSortingTest {
    static Stream<Map<String, Object>> cases() {
        return TestYaml.cases("/engine/manifest-cases.yaml").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @SuppressWarnings("unchecked")
    void rendersLikeHelm(Map<String, Object> c) {
        Map<String, String> rendered = new LinkedHashMap<>();
        ((Map<String, String>) c.get("files")).forEach((k, v) -> rendered.put("mc/templates/" + k, v));
        ManifestSorter sorter = new ManifestSorter(TestYaml::valueModel);
        if (c.containsKey("error")) {
            ReleaseManifest.AssemblyException e = assertThrows(ReleaseManifest.AssemblyException.class,
                    () -> ReleaseManifest.assemble("mc", rendered, List.of(), ReleaseManifest.Options.plain(), sorter));
            assertEquals(c.get("error"), e.getMessage());
            return;
        }
        ReleaseManifest.Result r = ReleaseManifest.assemble("mc", rendered, List.of(), ReleaseManifest.Options.plain(), sorter);
        StringBuilder out = new StringBuilder(GoText.trimSpace(r.manifest())).append('\n');
        for (Hook h : r.hooks()) out.append("---\n# Source: ").append(h.path()).append('\n').append(h.manifest()).append('\n');
        assertEquals(c.get("expected"), out.toString());
    }
}
