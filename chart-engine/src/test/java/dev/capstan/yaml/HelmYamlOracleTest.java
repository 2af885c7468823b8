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
 * Every case of yaml-read/cases.txt read with fromYaml and fromYamlArray, compared with what the
 * reference Helm printed for {@code fromYaml | toJson} (yaml-read/oracle.tsv, made by
 * regen-oracle.py). Values are compared after decoding the oracle's JSON, so number formatting
 * does not matter but every type and key does.
 */
class HelmYamlOracleTest {

    /** Our own cases, then the inputs of go-yaml's, sigs.k8s.io/yaml's and Helm's test tables. */
    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (String set : new String[] {"", "goyaml-", "sigs-", "helm-", "fuzz-", "fuzzb-", "fuzzc-"}) {
            Map<String, String> inputs = OracleCases.sections(OracleCases.resource(set + "cases.txt"));
            for (String[] row : OracleCases.tsv(OracleCases.resource(set + "oracle.tsv"))) {
                out.add(Arguments.of(row[0], inputs.get(row[0]), row[1], row[2]));
            }
        }
        return out.stream();
    }

    private static final java.util.Map<String, String> KNOWN = new java.util.HashMap<>();

    static {
        for (String[] row : OracleCases.tsv(OracleCases.resource("known-divergences.tsv"))) {
            KNOWN.put(row[0], row[1]);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void fromYamlMatchesHelm(String name, String input, String mapJson, String arrayJson) {
        org.junit.jupiter.api.Assumptions.assumeFalse(KNOWN.containsKey(name), () -> "known divergence: " + KNOWN.get(name));
        assertEquals(GoJsonDecoder.decode(mapJson), DecodingFunctions.fromYaml(input), "fromYaml of " + name);
        assertEquals(GoJsonDecoder.decode(arrayJson), DecodingFunctions.fromYamlArray(input), "fromYamlArray of " + name);
    }
}
