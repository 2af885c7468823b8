package dev.capstan.values;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.capstan.chart.Chart;
import dev.capstan.chart.ChartLoader;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The final .Values of every shared/compat case (its values flags only) must have the same
 * fingerprint as the reference helm's (compat/values-fingerprints.yaml, see regen.py there).
 * Skipped when the shared corpus is not beside the project.
 */
class CompatValuesTest {

    static Path compat() {
        // capstan.shared is set by the build (the folder beside the project); CAPSTAN_SHARED otherwise
        List<Path> candidates = new ArrayList<>();
        for (String shared : new String[] {System.getProperty("capstan.shared"), System.getenv("CAPSTAN_SHARED")}) {
            if (shared != null) {
                candidates.add(Path.of(shared, "compat"));
            }
        }
        for (Path p : candidates) {
            if (Files.isRegularFile(p.resolve("cases.yaml"))) {
                return p.toAbsolutePath().normalize();
            }
        }
        return null;
    }

    static Stream<Arguments> rows() {
        return TestData.rows("compat/values-fingerprints.yaml").stream().map(r -> Arguments.of(r.get("name"), r));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    @SuppressWarnings("unchecked")
    void row(String name, Map<String, Object> row) throws Exception {
        Path c = compat();
        assumeTrue(c != null, "shared/compat not found");
        Chart chart = ChartLoader.load(c.resolve("charts").resolve((String) row.get("chart")));
        String error = (String) row.get("error");
        if (error != null) {
            String prefix = "an error occurred while checking for chart dependencies. You may need to run "
                    + "`helm dependency build` to fetch missing dependencies: ";
            assumeTrue(error.startsWith(prefix), "a template-time error: values are not compared");
            assertEquals(error.substring(prefix.length()), ChartValues.missingDependencies(chart));
            return;
        }
        List<String> args = (List<String>) row.get("args");
        List<String> set = new ArrayList<>();
        List<String> setString = new ArrayList<>();
        List<String> setJson = new ArrayList<>();
        List<String> setFile = new ArrayList<>();
        List<String> setLiteral = new ArrayList<>();
        List<String> files = new ArrayList<>((List<String>) row.get("valuesFiles"));
        for (int i = 0; i < args.size(); i += 2) {
            String v = args.get(i + 1);
            switch (args.get(i)) {
                case "--set" -> set.add(v);
                case "--set-string" -> setString.add(v);
                case "--set-json" -> setJson.add(v);
                case "--set-file" -> setFile.add(v);
                case "--set-literal" -> setLiteral.add(v);
                default -> files.add(v);
            }
        }
        Map<String, Object> user = UserValues.merge(
                new ValuesOptions(files, set, setString, setFile, setJson, setLiteral),
                ValueSource.local(c, () -> new ByteArrayInputStream(new byte[0])));
        ChartValues.Prepared p = ChartValues.prepare(chart, user, true, null);
        if (System.getProperty("capstan.dump") != null) {
            Files.writeString(Path.of(System.getProperty("capstan.dump"), name + ".json"), canon(p.values()));
        }
        assertEquals(row.get("sha256"), sha256(canon(p.values())));
    }

    static String sha256(String s) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    }

    /** The canonical JSON of regen.py. */
    static String canon(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof Boolean b) {
            return b.toString();
        }
        if (v instanceof Number n) {
            BigDecimal d = n instanceof Double x ? new BigDecimal(dev.capstan.gotemplate.GoFmt.formatFloat(x, 'g', -1).replace("e+", "e"))
                    : new BigDecimal(n.toString());
            String s = d.stripTrailingZeros().toPlainString();
            return s.equals("-0") ? "0" : s;
        }
        if (v instanceof String s) {
            StringBuilder sb = new StringBuilder("\"");
            for (char ch : s.toCharArray()) {
                if (ch == '"') {
                    sb.append("\\\"");
                } else if (ch == '\\') {
                    sb.append("\\\\");
                } else if (ch < 0x20) {
                    sb.append(String.format("\\u%04x", (int) ch));
                } else {
                    sb.append(ch);
                }
            }
            return sb.append('"').toString();
        }
        if (v instanceof List<?> l) {
            List<String> parts = new ArrayList<>();
            l.forEach(x -> parts.add(canon(x)));
            return "[" + String.join(",", parts) + "]";
        }
        Map<String, Object> sorted = new TreeMap<>();
        ((Map<?, ?>) v).forEach((k, x) -> sorted.put((String) k, x));
        List<String> parts = new ArrayList<>();
        sorted.forEach((k, x) -> parts.add(canon(k) + ":" + canon(x)));
        return "{" + String.join(",", parts) + "}";
    }
}
