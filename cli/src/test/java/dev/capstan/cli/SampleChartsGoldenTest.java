package dev.capstan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * `capstan template` renders every sample chart with every value set exactly as the reference
 * helm did: sample-charts/golden/<chart>/<valueset>.yaml holds helm's stdout for
 * `helm template <chart>-demo sample-charts/<chart> -f sample-charts/<chart>/ci/<valueset>.yaml
 * --namespace demo` (see sample-charts/regen-golden.sh, which must use the same arguments).
 */
class SampleChartsGoldenTest {
    static Path sampleCharts() {
        String root = System.getProperty("capstan.root");
        assertNotNull(root, "system property capstan.root is not set (the root pom's surefire config sets it)");
        return Path.of(root, "sample-charts");
    }

    /** One case per golden file: chart name, value-set name. */
    static Stream<Arguments> cases() throws IOException {
        Path golden = sampleCharts().resolve("golden");
        try (Stream<Path> files = Files.walk(golden)) {
            List<Arguments> list = files.filter(p -> p.toString().endsWith(".yaml")).sorted()
                    .map(p -> Arguments.of(p.getParent().getFileName().toString(),
                            p.getFileName().toString().replaceFirst("\\.yaml$", "")))
                    .toList();
            assertFalse(list.isEmpty(), "no golden files under " + golden);
            return list.stream();
        }
    }

    @ParameterizedTest(name = "{0} with ci/{1}.yaml")
    @MethodSource("cases")
    void templateMatchesTheReferenceHelm(String chart, String valueSet) throws IOException {
        Path chartDir = sampleCharts().resolve(chart);
        String expected = Files.readString(sampleCharts().resolve("golden").resolve(chart).resolve(valueSet + ".yaml"),
                StandardCharsets.UTF_8);

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code;
        try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
            code = Main.run(new String[] {
                "template", chart + "-demo", chartDir.toString(),
                "-f", chartDir.resolve("ci").resolve(valueSet + ".yaml").toString(),
                "--namespace", "demo"},
                    o, e, new ByteArrayInputStream(new byte[0]));
        }
        assertEquals(0, code, () -> "exit code; stderr:\n" + err);
        assertEquals(expected, out.toString(), "stdout differs from golden/" + chart + "/" + valueSet + ".yaml");
    }
}
