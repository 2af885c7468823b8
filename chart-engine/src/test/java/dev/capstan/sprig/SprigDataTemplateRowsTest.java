package dev.capstan.sprig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.capstan.gotemplate.FuncMap;
import dev.capstan.gotemplate.TemplateOptions;
import dev.capstan.gotemplate.TemplateSet;
import dev.capstan.yaml.HelmYaml;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Template rows for the sprig-data functions through the real interpreter with Helm's function
 * map: sprig-data/templates.yaml (Sprig v3.3.0's own test tables and edge cases) and
 * sprig-data/values-rows.yaml (the same functions over Helm-typed .Values). Expectations come
 * from the reference helm. Output gets Helm's "<no value>" replacement; an error row must fail
 * with {@code error calling NAME: MESSAGE}. Rows marked {@code divergence} are known and skipped.
 */
class SprigDataTemplateRowsTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final FuncMap SPRIG = sprig();
    private static String valuesYaml;

    /** The sprig-data families alone, for direct calls. */
    static FuncMap funcs() {
        FuncMap m = new FuncMap();
        SprigDataFuncs.register(m, false);
        return m;
    }

    /** Helm's map (Sprig plus toJson/toYaml and friends), as charts see it. */
    private static FuncMap sprig() {
        return dev.capstan.engine.HelmFunctions.base(false);
    }

    private static InputStream resource(String name) {
        return SprigDataTemplateRowsTest.class.getResourceAsStream("/sprig-data/" + name);
    }

    static Stream<Arguments> rows() throws IOException {
        try (InputStream in = resource("templates.yaml")) {
            List<Map<String, String>> rows = YAML.readValue(in, new TypeReference<List<Map<String, String>>>() { });
            return rows.stream().map(r -> Arguments.of(r.get("tpl"), r));
        }
    }

    static Stream<Arguments> valuesRows() throws IOException {
        try (InputStream in = resource("values-rows.yaml")) {
            Map<String, Object> file = YAML.readValue(in, new TypeReference<Map<String, Object>>() { });
            valuesYaml = (String) file.get("values");
            @SuppressWarnings("unchecked")
            List<Map<String, String>> rows = (List<Map<String, String>>) file.get("rows");
            return rows.stream().map(r -> Arguments.of(r.get("tpl"), r));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void row(String tpl, Map<String, String> row) {
        check(tpl, row, null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valuesRows")
    void valuesRow(String tpl, Map<String, String> row) {
        check(tpl, row, Map.of("Values", HelmYaml.loadValues(valuesYaml)));
    }

    private static void check(String tpl, Map<String, String> row, Object data) {
        Assumptions.assumeTrue(row.get("divergence") == null, () -> "known divergence: " + row.get("divergence"));
        String out;
        try {
            TemplateSet set = new TemplateSet(SPRIG, TemplateOptions.DEFAULTS);
            set.parse("t", tpl);
            out = set.executeToString("t", data).replace("<no value>", "");
        } catch (RuntimeException e) {
            if (row.containsKey("error")) {
                String msg = String.valueOf(e.getMessage());
                assertTrue(msg.endsWith(": " + row.get("error")) && msg.contains("error calling "),
                        () -> "want error " + row.get("error") + " got " + msg);
                return;
            }
            fail("unexpected error: " + e);
            return;
        }
        assertTrue(row.containsKey("want"), () -> "expected error " + row.get("error") + " but got " + out);
        assertEquals(row.get("want"), out);
    }
}
