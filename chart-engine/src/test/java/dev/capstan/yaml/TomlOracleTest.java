package dev.capstan.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * toToml of YAML inputs (yaml-read/toml-encode-cases.txt) compared byte for byte with the
 * reference Helm's {@code fromYaml | toToml} and {@code fromYamlArray | toToml}
 * (yaml-read/toml-encode-oracle.tsv, each output JSON-quoted by toJson).
 */
class TomlOracleTest {

    static Stream<Arguments> encodeCases() {
        Map<String, String> inputs = OracleCases.sections(OracleCases.resource("toml-encode-cases.txt"));
        List<Arguments> out = new ArrayList<>();
        for (String[] row : OracleCases.tsv(OracleCases.resource("toml-encode-oracle.tsv"))) {
            out.add(Arguments.of(row[0], inputs.get(row[0]), row[1], row[2]));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("encodeCases")
    void toTomlMatchesHelm(String name, String input, String mapOut, String arrayOut) {
        assertEquals(GoJson.decode(mapOut), DecodingFunctions.toToml(DecodingFunctions.fromYaml(input)), "map " + name);
        assertEquals(GoJson.decode(arrayOut), DecodingFunctions.toToml(DecodingFunctions.fromYamlArray(input)), "array " + name);
    }
}
