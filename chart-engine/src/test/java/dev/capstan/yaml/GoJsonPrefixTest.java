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
            out.add(Arguments.of(GoJsonDecoder.decode(row[0]), row[1], Long.parseLong(row[2])));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "[{index}] <{0}>")
    @MethodSource("rows")
    void readsOneValueLikeGo(String input, String expected, long offset) {
        if (expected.startsWith("ERROR:")) {
            JsonException e = assertThrows(JsonException.class, () -> GoJsonDecoder.decodePrefix(input));
            assertEquals(expected.substring(6), e.getMessage());
        } else {
            GoJsonDecoder.Prefix p = GoJsonDecoder.decodePrefix(input);
            assertEquals(GoJsonDecoder.decode(expected), p.value());
            assertEquals(offset, p.inputOffset());
        }
    }
}
