package dev.capstan.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Keeps the function set equal to Helm's: every name in inventory/helm-functions.txt (Sprig 3.3.0
 * without env/expandenv, plus Helm's own) and nothing else. The render-bound five are added per
 * render by the Engine; the CLI's FunctionInventoryRenderTest proves they parse there.
 */
class FunctionInventoryTest {
    static final Set<String> RENDER_BOUND = Set.of("include", "tpl", "required", "fail", "lookup");

    static Set<String> inventory() throws Exception {
        try (var in = FunctionInventoryTest.class.getResourceAsStream("/inventory/helm-functions.txt");
             var r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    @Test
    void baseMapPlusRenderBoundFunctionsIsExactlyHelmsSet() throws Exception {
        Set<String> expected = inventory();
        assertEquals(221, expected.size(), "inventory size");
        Set<String> actual = new TreeSet<>(HelmFunctions.base(false).names());
        actual.addAll(RENDER_BOUND);
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(actual);
        Set<String> extra = new TreeSet<>(actual);
        extra.removeAll(expected);
        assertEquals(Set.of(), missing, "functions Helm has that we lack");
        assertEquals(Set.of(), extra, "functions we have that Helm lacks");
    }
}
