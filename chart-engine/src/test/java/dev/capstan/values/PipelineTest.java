package dev.capstan.values;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.capstan.chart.Chart;
import dev.capstan.chart.ChartLoader;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * pipeline/cases.yaml: chart trees through the whole values pipeline (dependency check,
 * ProcessDependencies, CoalesceValues, kubeVersion) against the reference helm: final values,
 * remaining subcharts, warning lines and error texts.
 */
class PipelineTest {
    @TempDir
    Path tmp;

    static Stream<Arguments> rows() {
        return TestData.rows("pipeline/cases.yaml").stream().map(r -> Arguments.of(r.get("name"), r));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    @SuppressWarnings("unchecked")
    void row(String name, Map<String, Object> row) throws Exception {
        Path dir = tmp.resolve("p");
        for (Map.Entry<String, Object> f : ((Map<String, Object>) row.get("files")).entrySet()) {
            Path p = dir.resolve(f.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, (String) f.getValue());
        }
        List<String> warnings = new ArrayList<>();
        String error = null;
        ChartValues.Prepared prepared = null;
        try {
            Chart chart = ChartLoader.load(dir);
            String missing = ChartValues.missingDependencies(chart);
            if (missing != null) {
                // the CLI adds this prefix (pkg/cmd/install.go)
                throw new ValuesException("an error occurred while checking for chart dependencies. You may need to run "
                        + "`helm dependency build` to fetch missing dependencies: " + missing);
            }
            Map<String, Object> user = UserValues.merge(UserValuesTest.options((List<String>) row.get("args")),
                    ValueSource.local(tmp, () -> new ByteArrayInputStream(new byte[0])));
            prepared = ChartValues.prepare(chart, user, false, warnings::add);
            ChartValues.checkKubeVersion(prepared.chart(), "v1.35.0", "v1.35.0");
        } catch (ValuesException e) {
            error = e.getMessage();
        }
        assertEquals(row.get("error"), error);
        List<String> wantWarnings = new ArrayList<>((List<String>) row.get("warnings"));
        // the action layer logs a failed dependency step itself; not ours to print
        wantWarnings.removeIf(w -> w.startsWith("level=ERROR"));
        // Helm walks Go maps, so the order of coalescing warnings varies between its own runs;
        // the lines and how often each appears do not
        Collections.sort(wantWarnings);
        List<String> gotWarnings = new ArrayList<>(warnings);
        Collections.sort(gotWarnings);
        assertEquals(wantWarnings, gotWarnings);
        if (error != null) {
            return;
        }
        Object want = new ObjectMapper().readValue((String) row.get("expectJson"), Map.class);
        assertEquals(TestData.normalize(want, true), TestData.normalize(prepared.values(), true));
        List<String> subs = new ArrayList<>();
        prepared.chart().dependencies().forEach(d -> subs.add(d.name()));
        Collections.sort(subs);
        assertEquals(row.get("expectSubcharts"), subs);
    }
}
