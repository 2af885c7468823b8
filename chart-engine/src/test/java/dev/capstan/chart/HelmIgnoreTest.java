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

    /**
     * Plain names and star-suffix rules are answered without the general matcher; on random
     * patterns and paths that shortcut must agree with {@link GoPathMatch} (for both rule kinds:
     * basename patterns and patterns holding a slash).
     */
    @Test
    void shortcutShapesAgreeWithGoMatch() throws Exception {
        java.util.Random rnd = new java.util.Random(42);
        String alphabet = "ab./";
        int checked = 0;
        for (int i = 0; i < 20000; i++) {
            String lit = randomWord(rnd, "ab.", 1 + rnd.nextInt(3));
            String pattern = switch (rnd.nextInt(4)) {
                case 0 -> lit;
                case 1 -> "*" + lit;
                case 2 -> "a/" + lit;
                default -> "*/" + lit;
            };
            String path = randomWord(rnd, alphabet, 1 + rnd.nextInt(6));
            // ("." is never ignored: ignore() answers it before any rule)
            if (path.equals(".") || path.startsWith("/") || path.endsWith("/") || path.contains("//")) continue;
            boolean expected = GoPathMatch.match(pattern, pattern.contains("/") ? path : HelmIgnore.goBase(path));
            HelmIgnore rules = HelmIgnore.rulesOnly(pattern.getBytes(StandardCharsets.UTF_8));
            assertEquals(expected, rules.ignore(path, false), pattern + " ~ " + path);
            checked++;
        }
        org.junit.jupiter.api.Assertions.assertTrue(checked > 5000, "too few cases: " + checked);
    }

    private static String randomWord(java.util.Random rnd, String alphabet, int len) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < len; i++) sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
        return sb.toString();
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
