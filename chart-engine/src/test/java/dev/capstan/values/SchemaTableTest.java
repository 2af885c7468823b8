package dev.capstan.values;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.capstan.chart.Chart;
import dev.capstan.chart.Metadata;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs schema/cases.yaml: values.schema.json failures with the reference helm's exact text. */
class SchemaTableTest {

    static Stream<Arguments> rows() {
        return TestData.rows("schema/cases.yaml").stream().map(r -> Arguments.of(r.get("name"), r));
    }

    private static Chart chart(String name, String schema, String values, List<Chart> deps) {
        return new Chart(Metadata.of(name, "1.0.0"), null, null,
                ValuesYaml.load(values.getBytes(StandardCharsets.UTF_8)),
                schema == null ? null : schema.getBytes(StandardCharsets.UTF_8), null, null, deps);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void row(String name, Map<String, Object> row) {
        List<Chart> deps = row.containsKey("childValues")
                ? List.of(chart("child", (String) row.get("childSchema"), (String) row.get("childValues"), List.of()))
                : List.of();
        Chart c = chart("sch", (String) row.get("schema"), (String) row.get("values"), deps);
        String got = null;
        try {
            ChartValues.prepare(c, Map.of(), false, null);
        } catch (ValuesException e) {
            got = e.getMessage();
        }
        assertEquals(row.get("error"), got);
    }
}
