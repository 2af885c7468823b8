package dev.capstan.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A chart's values.yaml as Helm v4 loads it (several documents merged; apimachinery's document
 * splitting and its errors), compared with the reference Helm's {@code toJson .Values} or its
 * {@code Error: cannot load values.yaml: ...} line (yaml-read/values-oracle.tsv from values-oracle.sh).
 */
class LoadValuesOracleTest {
    private static final String PREFIX = "Error: cannot load values.yaml: ";

    static Stream<Arguments> cases() {
        Map<String, String> inputs = OracleCases.sections(OracleCases.resource("values-cases.txt"));
        List<Arguments> out = new ArrayList<>();
        for (String[] row : OracleCases.tsv(OracleCases.resource("values-oracle.tsv"))) {
            out.add(Arguments.of(row[0], inputs.get(row[0]), row[1]));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void loadValuesMatchesHelm(String name, String input, String expected) {
        if (expected.startsWith(PREFIX)) {
            YamlException e = assertThrows(YamlException.class, () -> HelmYaml.loadValues(input));
            assertEquals(expected.substring(PREFIX.length()), e.helmMessage());
        } else {
            assertEquals(GoJsonDecoder.decode(expected), HelmYaml.loadValues(input));
        }
    }
}
