package dev.capstan.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Helm's own funcs_test.go rows for the decoding functions (yaml-read/helm-funcs.tsv). */
class HelmFuncsTableTest {

    static Stream<Arguments> rows() {
        List<Arguments> out = new ArrayList<>();
        for (String[] row : OracleCases.tsv(OracleCases.resource("helm-funcs.tsv"))) {
            out.add(Arguments.of(row[0], row[1], row[2]));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("rows")
    void matchesHelmTable(String function, String input, String expected) {
        Object in = GoJsonDecoder.decode(input);
        Object actual = switch (function) {
            case "fromYaml" -> DecodingFunctions.fromYaml((String) in);
            case "fromYamlArray" -> DecodingFunctions.fromYamlArray((String) in);
            case "fromJson" -> DecodingFunctions.fromJson((String) in);
            case "fromJsonArray" -> DecodingFunctions.fromJsonArray((String) in);
            case "fromToml" -> DecodingFunctions.fromToml((String) in);
            case "toToml" -> DecodingFunctions.toToml(in);
            default -> throw new IllegalArgumentException(function);
        };
        assertEquals(GoJsonDecoder.decode(expected), actual);
    }
}
