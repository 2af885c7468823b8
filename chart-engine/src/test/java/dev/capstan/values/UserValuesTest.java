package dev.capstan.values;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.capstan.chart.Chart;
import dev.capstan.chart.Metadata;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** uservalues/cases.yaml: value flags on a chart without values, as the reference helm merges them. */
class UserValuesTest {
    @TempDir
    Path tmp;

    static Stream<Arguments> rows() {
        return TestData.rows("uservalues/cases.yaml").stream().map(r -> Arguments.of(r.get("name"), r));
    }

    static ValuesOptions options(List<String> args) {
        List<String> files = new ArrayList<>();
        List<String> set = new ArrayList<>();
        List<String> str = new ArrayList<>();
        List<String> file = new ArrayList<>();
        List<String> json = new ArrayList<>();
        List<String> lit = new ArrayList<>();
        for (int i = 0; i < args.size(); i += 2) {
            String v = args.get(i + 1);
            switch (args.get(i)) {
                case "-f", "--values" -> files.add(v);
                case "--set" -> set.add(v);
                case "--set-string" -> str.add(v);
                case "--set-file" -> file.add(v);
                case "--set-json" -> json.add(v);
                case "--set-literal" -> lit.add(v);
                default -> throw new IllegalArgumentException(args.get(i));
            }
        }
        return new ValuesOptions(files, set, str, file, json, lit);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    @SuppressWarnings("unchecked")
    void row(String name, Map<String, Object> row) throws Exception {
        for (String key : List.of("files", "texts")) {
            for (Map.Entry<String, Object> f : ((Map<String, Object>) row.getOrDefault(key, Map.of())).entrySet()) {
                Files.writeString(tmp.resolve(f.getKey()), (String) f.getValue());
            }
        }
        ValuesOptions opts = options((List<String>) row.get("args"));
        ValueSource src = ValueSource.local(tmp, () -> new ByteArrayInputStream(new byte[0]));
        Chart c = new Chart(Metadata.of("c", "1.0.0"), null, null, null, null, null, null, null);
        if (row.containsKey("error")) {
            ValuesException e = assertThrows(ValuesException.class,
                    () -> ChartValues.prepare(c, UserValues.merge(opts, src), false, null));
            assertEquals(row.get("error"), e.getMessage());
            return;
        }
        Map<String, Object> values = ChartValues.prepare(c, UserValues.merge(opts, src), false, null).values();
        Object want = new ObjectMapper().readValue((String) row.get("expectJson"), Map.class);
        assertEquals(TestData.normalize(want, true), TestData.normalize(values, true));
    }

    /** {@code -f -} reads the injected standard input. */
    @Test
    void stdin() {
        ValueSource src = ValueSource.local(tmp,
                () -> new ByteArrayInputStream("a: 1\n".getBytes(StandardCharsets.UTF_8)));
        Map<String, Object> v = UserValues.merge(options(List.of("-f", "-")), src);
        assertEquals(Map.of("a", 1.0), v);
    }
}
