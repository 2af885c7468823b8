package dev.capstan.gotemplate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs helm-floats.tsv: 500+ float64 values (random bit patterns, decimals, edge cases) printed by the reference helm. */
class HelmFloatTableTest {
    private static final String FORMAT = "%e|%.3f|%g|%.10g|%.0f|%.17g|%x|%8.2E|%+.1f|%.0e";

    static Stream<Arguments> rows() {
        return TestData.rows("helm-floats.tsv").stream().map(r -> Arguments.of(r[0], r[1]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void printFloat(String value, String expected) {
        double v = Double.parseDouble(value);
        Object[] args = new Object[10];
        java.util.Arrays.fill(args, v);
        assertEquals(expected, GoFmt.formatValue(v) + "|" + GoFmt.sprintf(FORMAT, args));
    }
}
