package dev.capstan.gotemplate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs helm-exec.tsv and helm-fuzz.tsv: templates whose output or error was recorded from the reference helm, with
 * helm's settings (missingkey=zero, numbers from YAML as float64, {@code <no value>} removed).
 */
class HelmExecTableTest {
    static final String NAME = "c/templates/a.yaml";

    static Stream<Arguments> rows() {
        return Stream.concat(TestData.rows("helm-exec.tsv").stream(), Stream.concat(TestData.rows("helm-fuzz.tsv").stream(), TestData.rows("helm-fuzz-syntax.tsv").stream()))
                .map(r -> Arguments.of(r[0], r[1], r[2]));
    }

    /** Sprig-like helpers the rows use: list, dict, upper, lower. */
    static FuncMap funcs() {
        FuncMap f = new FuncMap();
        f.put(Func.variadic("list", a -> new ArrayList<>(java.util.Arrays.asList(a)), ParamType.ANY));
        f.put(Func.variadic("dict", a -> {
            Map<String, Object> m = new LinkedHashMap<>();
            for (int i = 0; i + 1 < a.length; i += 2) m.put(String.valueOf(a[i]), a[i + 1]);
            return m;
        }, ParamType.ANY));
        f.put(Func.of("upper", a -> ((String) a[0]).toUpperCase(), ParamType.STRING));
        f.put(Func.of("lower", a -> ((String) a[0]).toLowerCase(), ParamType.STRING));
        return f;
    }

    static Object values() throws IOException {
        try (InputStream in = HelmExecTableTest.class.getResourceAsStream("/gotemplate/helm-values.yaml")) {
            Object v = new ObjectMapper(new YAMLFactory()).readValue(in, Object.class);
            Map<String, Object> top = new LinkedHashMap<>();
            top.put("Values", helmTyped(v));
            return top;
        }
    }

    /** Helm reads values through JSON: every number is a float64. */
    static Object helmTyped(Object v) {
        if (v instanceof Number n) return n.doubleValue();
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> out.put(String.valueOf(k), helmTyped(x)));
            return out;
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            for (Object x : l) out.add(helmTyped(x));
            return out;
        }
        return v;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void render(String template, String kind, String expected) throws IOException {
        TemplateSet set = new TemplateSet(funcs(), TemplateOptions.DEFAULTS.withMissingKey(TemplateOptions.MissingKey.ZERO));
        String text = TestData.unquote(template);
        String want = TestData.unquote(expected);
        if (kind.equals("parse")) {
            TemplateParseException e = assertThrows(TemplateParseException.class, () -> set.parse(NAME, text));
            String[] tokens = e.goMessage().split(": ", -1);
            assertEquals(want, "parse error at (" + tokens[1] + "): " + tokens[tokens.length - 1]);
            return;
        }
        set.parse(NAME, text);
        Object data = values();
        if (kind.equals("ok")) {
            String out = set.executeToString(NAME, data).replace("<no value>", "");
            assertEquals(want.stripTrailing(), out.stripTrailing());
        } else {
            TemplateExecException e = assertThrows(TemplateExecException.class, () -> set.executeToString(NAME, data));
            // helm's multi-line error form loses trailing whitespace of the message
            assertEquals(want.stripTrailing(), e.goMessage().stripTrailing());
        }
    }
}
