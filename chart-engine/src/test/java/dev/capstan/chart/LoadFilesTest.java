package dev.capstan.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** load_test.go TestLoadFiles_BadCases and TestLoadFilesOrder. */
class LoadFilesTest {

    private static ChartFile f(String name, String text) {
        return new ChartFile(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void onlyRequirementsLock() {
        ChartLoadException e = assertThrows(ChartLoadException.class,
                () -> ChartLoader.loadFiles(List.of(f("requirements.lock", ""))));
        assertEquals("validation: chart.metadata.apiVersion is required", e.getMessage());
    }

    /** Chart.yaml is read first whatever its position, so a v1 chart logs nothing about requirements.yaml. */
    @Test
    void chartYamlIsReadFirst() {
        List<String> log = new ArrayList<>();
        Chart c = ChartLoader.loadFiles(List.of(
                f("requirements.yaml", "dependencies:"),
                f("values.yaml", "var: some values"),
                f("templates/deployment.yaml", "some deployment"),
                f("templates/service.yaml", "some service"),
                f("Chart.yaml", "apiVersion: v1\nname: frobnitz\ndescription: This is a frobnitz.\nversion: \"1.2.3\"\n"
                        + "keywords:\n  - frobnitz\n  - sprocket\n  - dodad\nmaintainers:\n  - name: The Helm Team\n"
                        + "    email: helm@example.com\n  - name: Someone Else\n    email: nobody@example.com\n"
                        + "sources:\n  - https://example.com/foo/bar\nhome: http://example.com\n"
                        + "icon: https://example.com/64x64.png\n")),
                LoadOptions.logTo(log::add));
        assertTrue(log.isEmpty(), log.toString());
        assertEquals("frobnitz", c.name());
        assertEquals(2, c.metadata().maintainers().size());
        assertEquals("some values", c.values().get("var"));
        assertEquals(List.of("requirements.yaml"), c.files().stream().map(ChartFile::name).toList());
        assertEquals(2, c.templates().size());
    }
}
