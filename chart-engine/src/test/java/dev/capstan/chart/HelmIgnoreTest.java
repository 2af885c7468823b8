package dev.capstan.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.capstan.values.TestData;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** ignore/rules.yaml (pkg/ignore rules_test.go as data) and the parse tests. */
class HelmIgnoreTest {

    static Stream<Arguments> rows() {
        return TestData.rows("ignore/rules.yaml").stream()
                .map(r -> Arguments.of(r.get("pattern") + " ~ " + r.get("path"), r));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void row(String name, Map<String, Object> row) {
        HelmIgnore r = HelmIgnore.rulesOnly(((String) row.get("pattern")).getBytes(StandardCharsets.UTF_8));
        assertEquals(row.get("ignored"), r.ignore((String) row.get("path"), (Boolean) row.get("dir")));
    }

    /** TestParse: comments (also indented) and blank lines are dropped. */
    @Test
    void parse() {
        String rules = "#ignore\n\n\t#ignore\nfoo\nbar/*\nbaz/bar/foo.txt\n\none/more\n";
        assertEquals(4, HelmIgnore.rulesOnly(rules.getBytes(StandardCharsets.UTF_8)).size());
    }

    /** TestParseFail, with the texts the reference helm prints. */
    @Test
    void parseFail() {
        assertEquals("double-star (**) syntax is not supported", assertThrows(ChartLoadException.class,
                () -> HelmIgnore.rulesOnly("foo/**/bar".getBytes(StandardCharsets.UTF_8))).getMessage());
        assertEquals("syntax error in pattern", assertThrows(ChartLoadException.class,
                () -> HelmIgnore.rulesOnly("[z-".getBytes(StandardCharsets.UTF_8))).getMessage());
    }

    /** TestAddDefaults: hidden files under templates/ are always ignored. */
    @Test
    void defaults() {
        HelmIgnore d = HelmIgnore.defaults();
        assertEquals(1, d.size());
        assertEquals(true, d.ignore("templates/.dotfile", false));
        assertEquals(false, d.ignore("templates/a.yaml", false));
    }
}
