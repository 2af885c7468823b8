package dev.capstan.engine;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * {@link ManifestSorter#helm()} reads heads as Helm does (typed decoding into SimpleHead); rows in
 * engine/manifest-heads.tsv come from the reference helm: names that render there must render
 * here, and type errors carry Helm's text.
 */
class ManifestSorterHelmTest {
    @Test
    void headsAsHelmReadsThem() throws IOException {
        String table;
        try (InputStream in = getClass().getResourceAsStream("/engine/manifest-heads.tsv")) {
            table = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int rows = 0;
        for (String line : table.split("\n")) {
            if (line.isEmpty() || line.startsWith("#")) continue;
            String[] cols = line.split("\t", 2);
            String doc = cols[0].replace("\\n", "\n");
            String expected = cols[1];
            Map<String, String> files = Map.of("t.yaml", doc);
            rows++;
            if (expected.startsWith("ERROR ")) {
                RuntimeException e = assertThrows(RuntimeException.class, () -> ManifestSorter.helm().sort(files, List.of()), doc);
                assertEquals(expected.substring(6), e.getMessage(), doc);
                continue;
            }
            ManifestSorter.Result r = ManifestSorter.helm().sort(files, List.of());
            Manifest m = r.manifests().get(0);
            String[] want = expected.split("\\|", -1);
            assertEquals(want[0], m.apiVersion(), doc);
            assertEquals(want[1], m.kind(), doc);
            SimpleHead h = ManifestSorter.typedHead(doc);
            assertEquals(want[2], h.name(), doc);
            assertEquals(want[3], String.valueOf(h.annotations()), doc);
        }
        assertEquals(5, rows);
    }
}
