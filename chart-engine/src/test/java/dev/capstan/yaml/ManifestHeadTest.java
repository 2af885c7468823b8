package dev.capstan.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Manifest heads: which documents Helm accepts and its error texts (yaml-read/manifest-oracle.tsv). */
class ManifestHeadTest {

    static Stream<Arguments> cases() {
        Map<String, String> inputs = OracleCases.sections(OracleCases.resource("manifest-cases.txt"));
        List<Arguments> out = new ArrayList<>();
        for (String[] row : OracleCases.tsv(OracleCases.resource("manifest-oracle.tsv"))) {
            out.add(Arguments.of(row[0], inputs.get(row[0]), row[1]));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void acceptsAndRejectsLikeHelm(String name, String input, String expected) {
        if (expected.equals("OK")) {
            ManifestHead.read(input);
        } else {
            YamlException e = assertThrows(YamlException.class, () -> ManifestHead.read(input));
            assertEquals(expected, e.helmMessage());
        }
    }

    @Test
    void headFieldsAreStrings() {
        ManifestHead h = ManifestHead.read(OracleCases.sections(OracleCases.resource("manifest-cases.txt")).get("ok-numbers"));
        assertEquals("1.1", h.apiVersion());
        assertEquals("5", h.kind());
        assertEquals("16", h.metadata().name());
        assertEquals(Map.of("a", "1", "b", "true"), h.metadata().annotations());
    }

    @Test
    void caseInsensitiveFieldsAndNulls() {
        Map<String, String> in = OracleCases.sections(OracleCases.resource("manifest-cases.txt"));
        ManifestHead h = ManifestHead.read(in.get("ok-case"));
        assertEquals("Pod", h.kind());
        assertEquals("x", h.metadata().name());
        assertEquals(Map.of("a", ""), ManifestHead.read(in.get("ok-null-annotation")).metadata().annotations());
        assertNull(ManifestHead.read(in.get("ok-null-metadata")).metadata());
        assertEquals("pre-install", ManifestHead.read(in.get("ok-basic")).metadata().annotations().get("helm.sh/hook"));
    }
}
