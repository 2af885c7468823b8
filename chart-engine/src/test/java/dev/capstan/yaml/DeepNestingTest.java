package dev.capstan.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Nesting limits, as the reference helm showed them: {@code a: [[[...]]]} 9000 deep reads fine,
 * 10001 deep fails with {@code error converting YAML to JSON: yaml: exceeded max depth of 10000}.
 */
class DeepNestingTest {

    @Test
    void nineThousandLevelsRead() {
        int n = 9000;
        Map<String, Object> m = HelmYaml.parseMap("a: " + "[".repeat(n) + "]".repeat(n) + "\n");
        Object v = m.get("a");
        int depth = 0;
        while (v instanceof List<?> l) {
            depth++;
            v = l.isEmpty() ? null : l.get(0);
        }
        assertEquals(n, depth);
    }

    @Test
    void beyondTenThousandLevelsFails() {
        int n = 10001;
        YamlException e = assertThrows(YamlException.class,
                () -> HelmYaml.parse("a: " + "[".repeat(n) + "]".repeat(n) + "\n"));
        assertEquals("error converting YAML to JSON: yaml: exceeded max depth of 10000", e.helmMessage());
    }
}
