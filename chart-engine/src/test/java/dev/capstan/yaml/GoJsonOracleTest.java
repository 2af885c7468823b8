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
 * yaml-read/json-cases.txt through fromJson and fromJsonArray, compared with the reference Helm's
 * output (yaml-read/json-oracle.tsv): Go's encoding/json values and error texts.
 */
class GoJsonOracleTest {

    static Stream<Arguments> cases() {
        Map<String, String> inputs = OracleCases.sections(OracleCases.resource("json-cases.txt"));
        List<Arguments> out = new ArrayList<>();
        for (String[] row : OracleCases.tsv(OracleCases.resource("json-oracle.tsv"))) {
            out.add(Arguments.of(row[0], inputs.get(row[0]), row[1], row[2]));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void fromJsonMatchesHelm(String name, String input, String mapJson, String arrayJson) {
        assertEquals(GoJsonDecoder.decode(mapJson), DecodingFunctions.fromJson(input), "fromJson of " + name);
        assertEquals(GoJsonDecoder.decode(arrayJson), DecodingFunctions.fromJsonArray(input), "fromJsonArray of " + name);
    }
}
