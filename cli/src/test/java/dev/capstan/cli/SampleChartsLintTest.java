package dev.capstan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every sample chart passes the reference {@code helm lint --strict}, with its defaults and with
 * each value set under {@code ci/} (capstan lint is not built yet, so the reference is the judge).
 * Needs the reference helm (HELM_BIN or ~/.cache/reference-helm/helm), which CI installs: without
 * it the test fails rather than passing unchecked.
 */
class SampleChartsLintTest {
    @TestFactory
    Stream<DynamicTest> lintStrict() throws IOException {
        assertNotNull(ReferenceHelm.binary(), "no reference helm: set HELM_BIN or run ../shared/tools/fetch-helm.sh");
        Path root = SampleChartsGoldenTest.sampleCharts();
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> charts = Files.list(root)) {
            for (Path chart : charts.filter(p -> Files.isRegularFile(p.resolve("Chart.yaml"))).sorted().toList()) {
                tests.add(lint(chart.getFileName() + " (defaults)", chart, null));
                Path ci = chart.resolve("ci");
                if (!Files.isDirectory(ci)) continue;
                try (Stream<Path> sets = Files.list(ci)) {
                    for (Path set : sets.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                        tests.add(lint(chart.getFileName() + " -f ci/" + set.getFileName(), chart, set));
                    }
                }
            }
        }
        return tests.stream();
    }

    private static DynamicTest lint(String name, Path chart, Path values) {
        return DynamicTest.dynamicTest(name, () -> {
            List<String> args = new ArrayList<>(List.of("lint", "--strict", chart.toString()));
            if (values != null) args.addAll(List.of("-f", values.toString()));
            ReferenceHelm.Result r = ReferenceHelm.run(args);
            assertEquals(0, r.code(), () -> "helm lint --strict failed:\n" + r.out() + r.err());
        });
    }
}
