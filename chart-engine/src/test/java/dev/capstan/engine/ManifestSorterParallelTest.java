package dev.capstan.engine;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Big outputs have their document heads read on several threads; the result must not depend on
 * which thread finishes first: documents keep file and document order, and the error reported is
 * the first in that order, as with one thread.
 */
class ManifestSorterParallelTest {
    private static final String PAD = "  pad: \"" + "x".repeat(4000) + "\"\n";

    /** 40 files of 3 documents each, well above the size that turns threads on. */
    private static Map<String, String> files(int badA, int badB) {
        Map<String, String> files = new TreeMap<>();
        int n = 0;
        for (int f = 0; f < 40; f++) {
            StringBuilder b = new StringBuilder();
            for (int d = 0; d < 3; d++, n++) {
                if (d > 0) b.append("---\n");
                String bad = n == badA || n == badB ? "  bad: [unclosed\n" : "";
                b.append("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm").append(n).append('\n')
                        .append("data:\n").append(PAD).append(bad);
            }
            files.put(String.format("c/templates/f%02d.yaml", f), b.toString());
        }
        return files;
    }

    /** The test reader, slowed down on early documents so that later ones finish first. */
    private static final Function<String, Object> SLOW_EARLY = doc -> {
        int name = Integer.parseInt(doc.substring(doc.indexOf("name: cm") + 8, doc.indexOf('\n', doc.indexOf("name: cm"))));
        if (name < 40) {
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return TestYaml.valueModel(doc);
    };

    @Test
    void keepsDocumentOrder() {
        ManifestSorter.Result r = new ManifestSorter(SLOW_EARLY).sort(files(-1, -1), List.of("ConfigMap"));
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 120; i++) expected.add("cm" + i);
        List<String> names = new ArrayList<>();
        for (Manifest m : r.manifests()) {
            String c = m.content();
            names.add(c.substring(c.indexOf("name: ") + 6, c.indexOf('\n', c.indexOf("name: "))));
        }
        assertEquals(expected, names);
    }

    @Test
    void reportsTheFirstBadDocumentInOrder() {
        RuntimeException e = assertThrows(RuntimeException.class,
                () -> new ManifestSorter(SLOW_EARLY).sort(files(31, 100), List.of("ConfigMap")));
        assertTrue(e.getMessage().startsWith("YAML parse error on c/templates/f10.yaml: "), e.getMessage());
    }
}
