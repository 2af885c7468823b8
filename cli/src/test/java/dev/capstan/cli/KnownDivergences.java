package dev.capstan.cli;

import org.junit.jupiter.api.Assumptions;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** The cases listed in known-divergences.tsv are skipped with their reason instead of failing. */
final class KnownDivergences {
    private static final Map<String, String> REASONS = load();

    private KnownDivergences() {
    }

    static void skipIfKnown(String suite, String name) {
        String why = REASONS.get(suite + "\t" + name);
        Assumptions.assumeTrue(why == null, () -> "known divergence: " + why);
    }

    private static Map<String, String> load() {
        Map<String, String> m = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                KnownDivergences.class.getResourceAsStream("/known-divergences.tsv"), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("#") || line.isBlank()) continue;
                String[] c = line.split("\t", 3);
                m.put(c[0] + "\t" + c[1], c.length > 2 ? c[2] : "");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return m;
    }
}
