package dev.capstan.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Helm's golden tests for {@code template} (template*.txt, object-order.txt, schema*.txt),
 * re-created on charts of our own (resources golden/charts) with goldens written by the
 * reference helm (golden/regen-goldens.py). Compares exit code, stdout and stderr.
 */
class GoldenTemplateTest {
    @TestFactory
    Stream<DynamicTest> goldens() throws IOException, URISyntaxException {
        Path here = Path.of(GoldenTemplateTest.class.getResource("/golden/cases.yaml").toURI()).getParent();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> cases = new ObjectMapper(new YAMLFactory()).readValue(here.resolve("cases.yaml").toFile(), List.class);
        return cases.stream().map(c -> DynamicTest.dynamicTest((String) c.get("name"), () -> run(here, c)));
    }

    private static void run(Path here, Map<String, Object> c) throws IOException {
        KnownDivergences.skipIfKnown("golden", (String) c.get("name"));
        Path outDir = Files.createTempDirectory("capstan-golden");
        try {
            runIn(here, c, outDir);
        } finally {
            deleteTree(outDir);
        }
    }

    @SuppressWarnings("unchecked")
    private static void runIn(Path here, Map<String, Object> c, Path outDir) throws IOException {
        String charts = here.resolve("charts").toString();
        List<String> args = new ArrayList<>();
        for (Object a : (List<Object>) c.get("args")) {
            args.add(String.valueOf(a).replace("CHARTS", charts).replace("HERE", here.toString()).replace("OUT", outDir.toString()));
        }
        if (args.size() > 1 && args.get(0).equals("template")) {
            args.add("--kube-version");
            args.add("1.20.0");
        }
        CliRunner.Result r = CliRunner.run(Map.of(), here, args.toArray(new String[0]));
        StringBuilder actual = new StringBuilder("exit " + r.code() + "\n--- stdout\n"
                + norm(r.out().replace(outDir.toString(), "OUT"), charts, here) + "--- stderr\n" + norm(r.err(), charts, here));
        try (Stream<Path> walk = Files.walk(outDir)) {
            for (Path p : walk.filter(Files::isRegularFile)
                    .sorted(java.util.Comparator.comparing((Path p) -> p.getParent().toString()).thenComparing(p -> p.getFileName().toString()))
                    .toList()) {
                actual.append("--- file ").append(outDir.relativize(p)).append('\n').append(Files.readString(p));
            }
        }
        String expected = Files.readString(here.resolve("out").resolve(c.get("name") + ".txt"));
        assertEquals(expected, actual.toString());
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static String norm(String s, String charts, Path here) {
        return s.replace(charts, "CHARTS").replace(here.toString(), "HERE");
    }
}
