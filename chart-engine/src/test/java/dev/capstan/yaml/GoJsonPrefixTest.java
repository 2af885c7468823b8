package dev.capstan.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** json.Decoder's one-value reading (yaml-read/json-prefix.tsv), used for --set-json key=value lists. */
class GoJsonPrefixTest {

    static Stream<Arguments> rows() {
        List<Arguments> out = new ArrayList<>();
        for (String[] row : OracleCases.tsv(OracleCases.resource("json-prefix.tsv"))) {
            out.add(Arguments.of(GoJson.decode(row[0]), row[1], Long.parseLong(row[2])));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "[{index}] <{0}>")
    @MethodSource("rows")
    void readsOneValueLikeGo(String input, String expected, long offset) {
        if (expected.startsWith("ERROR:")) {
            JsonException e = assertThrows(JsonException.class, () -> GoJson.decodePrefix(input));
            assertEquals(expected.substring(6), e.getMessage());
        } else {
            GoJson.Prefix p = GoJson.decodePrefix(input);
            assertEquals(GoJson.decode(expected), p.value());
            assertEquals(offset, p.inputOffset());
        }
    }
}
