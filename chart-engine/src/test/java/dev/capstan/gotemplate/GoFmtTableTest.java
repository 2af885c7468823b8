package dev.capstan.gotemplate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs fmt.tsv: Go's fmtTests rows that apply to the value model, plus rows observed on the reference helm. */
class GoFmtTableTest {

    static Stream<Arguments> rows() {
        List<String[]> rows = TestData.rows("fmt.tsv");
        return rows.stream().map(r -> Arguments.of(r[0], r[1], r[2]));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("rows")
    void sprintf(String format, String args, String expected) {
        Object[] a = args.isBlank() ? new Object[0] : TestData.args(args);
        assertEquals(TestData.unquote(expected), GoFmt.sprintf(TestData.unquote(format), a));
    }
}
