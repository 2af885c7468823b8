package dev.capstan.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Runs every case of the shared conformance corpus ({@code ../shared/compat}, found through the
 * {@code capstan.shared} system property) in-process through {@link Main#run} and compares with
 * the reference Helm's output, with the corpus's rules: an expected line
 * {@code PREFIX<<RANDOM>>SUFFIX} matches any line with that prefix and suffix; an expected
 * {@code .err} needs a non-zero exit and stderr containing the reference's message. Skipped when
 * the corpus is absent.
 *
 * <p>The expected files were made from the corpus as it was when recorded. Where a copy of the
 * corpus lost files since (kube-prometheus-stack's own {@code .gitignore} drops its vendored
 * {@code charts/}), the reference helm no longer reproduces them either; for such a case the
 * reference is run on this copy and Capstan must give exactly its stdout, exit status and error
 * line. Without a reference helm such a mismatch fails.
 */
class CompatCorpusTest {
    private static final String TOKEN = "<<RANDOM>>";

    @TestFactory
    Stream<DynamicTest> corpus() throws IOException {
        Path set = corpusDir();
        Assumptions.assumeTrue(set != null, "no shared compat corpus (capstan.shared)");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> cases = new ObjectMapper(new YAMLFactory()).readValue(set.resolve("cases.yaml").toFile(), List.class);
        return cases.stream().map(c -> DynamicTest.dynamicTest((String) c.get("name"), () -> runCase(set, c)));
    }

    /** {@code capstan.shared} (set by the build), else the {@code CAPSTAN_SHARED} environment variable. */
    static Path corpusDir() {
        for (String shared : new String[]{System.getProperty("capstan.shared"), System.getenv("CAPSTAN_SHARED")}) {
            if (shared == null) continue;
            Path set = Path.of(shared, "compat");
            if (Files.isRegularFile(set.resolve("cases.yaml"))) return set;
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static void runCase(Path set, Map<String, Object> c) throws IOException {
        List<String> args = new ArrayList<>(List.of("template", (String) c.getOrDefault("release", "rel"),
                set.resolve("charts").resolve((String) c.get("chart")).toString(),
                "--namespace", (String) c.getOrDefault("namespace", "ns")));
        for (Object f : (List<Object>) c.getOrDefault("valuesFiles", List.of())) {
            args.add("-f");
            args.add(set.resolve(String.valueOf(f)).toString());
        }
        for (Object a : (List<Object>) c.getOrDefault("args", List.of())) args.add(String.valueOf(a));

        CliRunner.Result r = CliRunner.run(args.toArray(new String[0]));
        String name = (String) c.get("name");
        String mismatch = mismatch(set, name, r.code(), r.out(), r.err());
        if (mismatch == null) return;
        ReferenceHelm.Result ref = ReferenceHelm.run(args);
        if (ref == null || mismatch(set, name, ref.code(), ref.out(), ref.err()) == null) fail(mismatch);
        // the reference itself no longer reproduces the recorded output on this copy of the corpus
        assertEquals(ref.code() != 0, r.code() != 0, "exit status as the reference's (" + ref.code() + ")");
        assertEquals(ReferenceHelm.errorLine(ref.err()), ReferenceHelm.errorLine(r.err()), "error line");
        assertEquals(ref.out(), r.out(), "stdout as the reference's");
    }

    /** Null when the result matches the recorded expectation, else what differs. */
    private static String mismatch(Path set, String name, int code, String out, String err) throws IOException {
        Path errFile = set.resolve("expected").resolve(name + ".err");
        if (Files.exists(errFile)) {
            String msg = errMessage(Files.readString(errFile));
            if (code == 0) return "expected a failure; stdout starts: " + head(out);
            return err.contains(msg) ? null : "stderr lacks \"" + msg + "\":\n" + err;
        }
        if (code != 0) return "exit " + code + ": " + err;
        return firstDifference(Files.readString(set.resolve("expected").resolve(name + ".yaml")), out);
    }

    /** Line-by-line comparison with the RANDOM rule: null when equal, else the first differing line. */
    static String firstDifference(String expected, String actual) {
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        for (int i = 0; i < Math.min(e.length, a.length); i++) {
            if (!lineOk(e[i], a[i])) {
                return "line " + (i + 1) + ": expected " + e[i] + "\n but got " + a[i];
            }
        }
        return e.length == a.length ? null : "line count: expected " + e.length + ", got " + a.length;
    }

    static boolean lineOk(String exp, String act) {
        int i = exp.indexOf(TOKEN);
        if (i < 0) return exp.equals(act);
        String pre = exp.substring(0, i);
        String suf = exp.substring(i + TOKEN.length());
        return act.startsWith(pre) && act.endsWith(suf) && act.length() >= pre.length() + suf.length();
    }

    /** The reference message without its location, as compat-check.py's err_message takes it. */
    static String errMessage(String text) {
        List<String> lines = new ArrayList<>();
        for (String l : text.strip().split("\n")) if (!l.isBlank()) lines.add(l);
        if (lines.isEmpty()) return "";
        String first = lines.get(0).startsWith("Error: ") ? lines.get(0).substring(7) : lines.get(0);
        String cut;
        if (first.contains("): ")) cut = first.substring(first.lastIndexOf("): ") + 3);
        else cut = first.contains(": ") ? first.substring(first.lastIndexOf(": ") + 2) : first;
        cut = cut.strip();
        int i = 0;
        while ((cut.isEmpty() || cut.endsWith(":")) && i + 1 < lines.size()) {
            i++;
            cut = lines.get(i).strip();
        }
        return cut.isEmpty() ? first.strip() : cut;
    }

    private static String head(String s) {
        return s.length() > 200 ? s.substring(0, 200) : s;
    }
}
