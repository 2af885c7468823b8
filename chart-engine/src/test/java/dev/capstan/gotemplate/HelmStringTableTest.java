package dev.capstan.gotemplate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs helm-strings.tsv: string verbs (%q %+q %#q %x % X %s with width/precision) and js/html/urlquery vs the reference helm. */
class HelmStringTableTest {
    private static final String FORMAT = "%q|%+q|%#q|%x|% X|%s|%6.2s|%-6s|%v|%.1q|%d";

    static Stream<Arguments> rows() {
        return TestData.rows("helm-strings.tsv").stream().map(r -> Arguments.of(r[0], r[1], r[2], r[3], r[4]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void strings(String input, String printf, String js, String html, String urlquery) {
        String s = TestData.unquote(input);
        Object[] args = new Object[11];
        java.util.Arrays.fill(args, s);
        args[10] = GoText.utf8Length(s);
        assertEquals(TestData.unquote(printf), GoFmt.sprintf(FORMAT, args), "printf");
        assertEquals(TestData.unquote(js), Builtins.jsEscape(s), "js");
        assertEquals(TestData.unquote(html), Builtins.htmlEscape(s), "html");
        assertEquals(TestData.unquote(urlquery), Builtins.queryEscape(s), "urlquery");
    }
}
