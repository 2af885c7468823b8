package dev.capstan.gotemplate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs ftoa.tsv: strconv.FormatFloat rows from Go's ftoa_test.go and shortest-form edge cases. */
class GoFloatTableTest {

    static Stream<Arguments> rows() {
        return TestData.rows("ftoa.tsv").stream().map(r -> Arguments.of(r[0], r[1], r[2], r[3]));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("rows")
    void formatFloat(String value, String fmt, String prec, String expected) {
        double v = switch (value) {
            case "NaN" -> Double.NaN;
            case "+Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(value);
        };
        assertEquals(expected, GoFmt.formatFloat(v, fmt.charAt(0), Integer.parseInt(prec)));
    }
}
