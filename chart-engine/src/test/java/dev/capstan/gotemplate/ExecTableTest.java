package dev.capstan.gotemplate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs exec.tsv: Go's execTests with the tVal fixture; skipped rows are reported as skipped. */
class ExecTableTest {

    static Stream<Arguments> rows() {
        return TestData.rows("exec.tsv").stream().map(r -> Arguments.of(r[0], r[1], r[2], r[3], r[4]));
    }

    static Object data(String d) {
        if (d.equals("nil")) return null;
        if (d.equals("tVal")) return ExecFixtures.tVal();
        return TestData.value(d);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void execute(String name, String input, String output, String data, String ok) {
        assumeFalse(ok.startsWith("skip:"), ok);
        TemplateSet set = new TemplateSet(ExecFixtures.funcs(), TemplateOptions.DEFAULTS);
        set.parse("top", TestData.unquote(input));
        String expected = TestData.unquote(output);
        switch (ok) {
            case "true" -> assertEquals(expected, set.executeToString("top", data(data)));
            case "false" -> assertThrows(TemplateExecException.class, () -> set.executeToString("top", data(data)));
            case "error" -> {
                TemplateExecException e = assertThrows(TemplateExecException.class, () -> set.executeToString("top", data(data)));
                assertEquals(expected, e.goMessage());
            }
            default -> throw new IllegalArgumentException(ok);
        }
    }
}
