package dev.capstan.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** splitDocuments' one-document shortcut cuts exactly as the line-by-line reader. */
class SplitDocumentsTest {
    @Test
    void shortcutAgreesWithLineReader() {
        String[] parts = {"---", "\n", "\r", "\r\n", "a", " ", "#", "-", "--", "x: 1", "\n---\n", "--- # c\n", "---x"};
        Random r = new Random(7);
        for (int i = 0; i < 200_000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = r.nextInt(8);
            for (int j = 0; j < n; j++) sb.append(parts[r.nextInt(parts.length)]);
            String text = sb.toString();
            assertEquals(outcome(() -> HelmYaml.splitLines(text)), outcome(() -> HelmYaml.splitDocuments(text)), text);
        }
    }

    private static Object outcome(java.util.function.Supplier<Object> s) {
        try {
            return s.get();
        } catch (YamlException e) {
            return "error: " + e.getMessage();
        }
    }
}
