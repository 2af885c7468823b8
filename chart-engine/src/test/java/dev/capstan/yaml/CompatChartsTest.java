package dev.capstan.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every values.yaml and Chart.yaml of the shared compat charts (vendored subcharts included),
 * read with fromYaml and compared with the reference Helm's {@code fromYaml | toJson} of the same
 * bytes (yaml-read/compat-oracle.tsv, made by regen-oracle.py). Skipped where the charts are absent.
 */
class CompatChartsTest {
    /** The shared corpus, from {@code capstan.shared} (set by the build to {@code ../shared}). */
    static final Path ROOT = Path.of(System.getProperty("capstan.shared", "../shared"), "compat", "charts");

    static Stream<Arguments> files() {
        List<Arguments> out = new ArrayList<>();
        for (String[] row : OracleCases.tsv(OracleCases.resource("compat-oracle.tsv"))) {
            out.add(Arguments.of(row[0], row[1]));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void matchesHelm(String path, String expectedJson) throws IOException {
        Path file = ROOT.resolve(path);
        assumeTrue(Files.isRegularFile(file), "compat charts not present");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Object expected = GoJsonDecoder.decode(expectedJson);
        assertEquals(expected, DecodingFunctions.fromYaml(text), path);
        if (path.endsWith("values.yaml")) {
            // The chart loader's reading (several documents merged) agrees for these one-document files.
            assertEquals(expected, HelmYaml.loadValues(text), "loadValues " + path);
        }
    }
}
