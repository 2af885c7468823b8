package dev.capstan.conformance;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.capstan.cli.Main;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Differential cases (differential/cases.yaml, made by differential/gen.py): small charts and
 * command lines whose expected exit code, stdout and stderr were written by the reference helm.
 * Each runs in-process through {@link Main#run} on the chart materialized in a temporary folder.
 *
 * <p>Cases named in differential/known-failures.yaml are known to differ: they are run and
 * reported without failing the build, unless {@code -Dcapstan.conformance.strict=true}. With
 * {@code -Dcapstan.conformance.record=FILE} every case is run without asserting and the ones that
 * differ are written to FILE with their first difference (how known-failures.yaml is refreshed).
 */
class DifferentialTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Map<String, String> RECORDED = new LinkedHashMap<>();

    @TempDir
    static Path tmp;

    @TestFactory
    Stream<DynamicTest> differential() {
        List<Map<String, Object>> cases = read("/differential/cases.yaml");
        Map<String, Map<String, Object>> known = new LinkedHashMap<>();
        for (Map<String, Object> k : read("/differential/known-failures.yaml")) known.put((String) k.get("name"), k);
        boolean record = System.getProperty("capstan.conformance.record") != null;
        return cases.stream().map(c -> {
            String name = (String) c.get("name");
            return DynamicTest.dynamicTest(name, () -> {
                if (record) {
                    try {
                        String[] r = results(c);
                        if (!r[0].equals(r[1])) RECORDED.put(name, firstDifference(r[0], r[1]));
                    } catch (Throwable e) {
                        RECORDED.put(name, "threw " + e);
                    }
                } else if (known.containsKey(name)) {
                    KnownFailures.check(name, known.get(name).get("rootCause"), () -> check(c));
                } else {
                    check(c);
                }
            });
        });
    }

    @AfterAll
    static void writeRecord() throws IOException {
        String file = System.getProperty("capstan.conformance.record");
        if (file == null) return;
        List<Map<String, String>> rows = new ArrayList<>();
        RECORDED.forEach((k, v) -> rows.add(Map.of("name", k, "difference", v)));
        YAML.writeValue(Path.of(file).toFile(), rows);
    }

    private static void check(Map<String, Object> c) throws IOException {
        String[] r = results(c);
        assertEquals(r[0], r[1]);
    }

    /** The first line where the two texts differ, both versions. */
    static String firstDifference(String expected, String actual) {
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        for (int i = 0; i < Math.min(e.length, a.length); i++) {
            if (!e[i].equals(a[i])) return "line " + (i + 1) + ": helm " + quote(e[i]) + " capstan " + quote(a[i]);
        }
        return "helm has " + e.length + " lines, capstan " + a.length;
    }

    private static String quote(String s) {
        return "[" + (s.length() > 300 ? s.substring(0, 300) + "..." : s) + "]";
    }

    /** {expected, actual}, each as "exit N", stdout and stderr. */
    @SuppressWarnings("unchecked")
    private static String[] results(Map<String, Object> c) throws IOException {
        String name = (String) c.get("name");
        Path here = tmp.resolve(name);
        Files.createDirectories(here);
        for (Map.Entry<String, Object> f : ((Map<String, Object>) c.get("files")).entrySet()) {
            Path p = here.resolve(f.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, (String) f.getValue());
        }
        String dir = here.toString();
        List<String> args = new ArrayList<>();
        for (Object a : (List<Object>) c.get("args")) {
            args.add(String.valueOf(a).replace("CHART", here.resolve("c").toString()).replace("HERE", dir));
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args.toArray(new String[0]), new Main.Context(new PrintWriter(out), new PrintWriter(err),
                new ByteArrayInputStream(new byte[0]), Map.of("HOME", "/nonexistent"), here));
        String stdout = out.toString().replace(dir, "HERE");
        if (args.contains("--output-dir")) stdout += written(here, here.resolve("out"));
        String stderr = err.toString().replace(dir, "HERE").lines()
                .filter(l -> !l.startsWith("level=")).map(l -> l + "\n").collect(Collectors.joining());
        String expected = "exit " + c.get("exit") + "\n--- stdout\n" + c.get("stdout") + "--- stderr\n" + c.get("stderr");
        String actual = "exit " + (code == 0 ? 0 : 1) + "\n--- stdout\n" + stdout + "--- stderr\n" + stderr;
        return new String[]{expected, actual};
    }

    /** What --output-dir wrote: "=== path" and the content of each file, by folder then name. */
    private static String written(Path here, Path od) throws IOException {
        if (!Files.isDirectory(od)) return "";
        List<Path> files;
        try (Stream<Path> s = Files.walk(od)) {
            files = s.filter(Files::isRegularFile)
                    .sorted(Comparator.comparing((Path p) -> p.getParent().toString()).thenComparing(p -> p.getFileName().toString()))
                    .toList();
        }
        StringBuilder sb = new StringBuilder();
        for (Path p : files) {
            sb.append("=== ").append(here.relativize(p)).append('\n').append(Files.readString(p, StandardCharsets.UTF_8));
        }
        return sb.toString();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> read(String resource) {
        try (InputStream in = DifferentialTest.class.getResourceAsStream(resource)) {
            if (in == null) return List.of();
            List<Map<String, Object>> l = YAML.readValue(in, List.class);
            return l == null ? List.of() : l;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
