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
        assertEquals(GoJsonDecoder.decode(mapOut), DecodingFunctions.toToml(DecodingFunctions.fromYaml(input)), "map " + name);
        assertEquals(GoJsonDecoder.decode(arrayOut), DecodingFunctions.toToml(DecodingFunctions.fromYamlArray(input)), "array " + name);
    }

    static Stream<Arguments> decodeCases() {
        List<Arguments> out = new ArrayList<>();
        for (String set : new String[] {"toml-decode", "toml-fuzz"}) {
            Map<String, String> inputs = OracleCases.sections(OracleCases.resource(set + "-cases.txt"));
            for (String[] row : OracleCases.tsv(OracleCases.resource(set + "-oracle.tsv"))) {
                out.add(Arguments.of(row[0], inputs.get(row[0]), row[1], row[2]));
            }
        }
        return out.stream();
    }

    /**
     * fromToml compared with the oracle's {@code fromToml | toJson} (date-times as their JSON
     * text; empty when toJson failed on inf/nan) and the round trip {@code fromToml | toToml}.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("decodeCases")
    void fromTomlMatchesHelm(String name, String input, String mapJson, String roundTrip) {
        Map<String, Object> actual = DecodingFunctions.fromToml(input);
        if (!mapJson.isEmpty()) {
            assertEquals(GoJsonDecoder.decode(mapJson), jsonView(actual), "fromToml " + name);
        }
        assertEquals(GoJsonDecoder.decode(roundTrip), DecodingFunctions.toToml(actual), "fromToml | toToml " + name);
    }

    /** The value as toJson sees it: date-times become their RFC 3339 text, integers doubles. */
    private static Object jsonView(Object v) {
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new java.util.LinkedHashMap<>();
            m.forEach((k, x) -> out.put((String) k, jsonView(x)));
            return out;
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(x -> out.add(jsonView(x)));
            return out;
        }
        if (v instanceof TomlDateTime t) {
            return t.rfc3339();
        }
        if (v instanceof Long l) {
            return l.doubleValue();
        }
        return v;
    }
}
