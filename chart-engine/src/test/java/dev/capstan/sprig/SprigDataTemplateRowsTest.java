package dev.capstan.sprig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.capstan.gotemplate.Func;
import dev.capstan.gotemplate.FuncMap;
import dev.capstan.gotemplate.FunctionException;
import dev.capstan.gotemplate.GoTypes;
import dev.capstan.gotemplate.ParamType;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs sprig-data/templates.yaml (Sprig's own test rows and edge cases, expectations from the
 * reference helm) through {@link DataMiniTemplate}, which calls the function implementations with
 * Java arguments. Rows the stand-in cannot interpret are skipped (assumption), rows marked
 * {@code divergence} are known, documented differences.
 */
class SprigDataTemplateRowsTest {

    static FuncMap funcs() {
        FuncMap m = new FuncMap();
        NumericFunctions.register(m);
        ListFunctions.register(m);
        DictFunctions.register(m);
        CryptoFunctions.register(m);
        Base64Functions.register(m);
        PathFunctions.register(m);
        NetworkFunctions.register(m, false);
        // minimal stand-ins for functions owned by other families, enough to print results
        m.put(Func.of("typeOf", a -> GoTypes.typeName(a[0]), ParamType.ANY));
        m.put(Func.of("len", a -> a[0] instanceof List<?> l ? l.size()
                : a[0] instanceof Map<?, ?> mm ? mm.size() : ((String) a[0]).length(), ParamType.ANY));
        m.put(Func.of("sortAlpha", a -> {
            List<String> out = new ArrayList<>();
            for (Object o : (List<?>) a[0]) out.add(Cast.strval(o));
            Collections.sort(out);
            return new ArrayList<Object>(out);
        }, ParamType.ANY));
        m.put(Func.of("join", a -> {
            List<String> out = new ArrayList<>();
            for (Object o : (List<?>) a[1]) out.add(Cast.strval(o));
            return String.join((String) a[0], out);
        }, ParamType.STRING, ParamType.ANY));
        m.put(Func.of("repeat", a -> ((String) a[1]).repeat((Integer) a[0]), ParamType.INT, ParamType.STRING));
        return m;
    }

    static Stream<Arguments> rows() throws IOException {
        try (InputStream in = SprigDataTemplateRowsTest.class.getResourceAsStream("/sprig-data/templates.yaml")) {
            List<Map<String, String>> rows = new ObjectMapper(new YAMLFactory()).readValue(in,
                    new com.fasterxml.jackson.core.type.TypeReference<List<Map<String, String>>>() { });
            return rows.stream().map(r -> Arguments.of(r.get("tpl"), r));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void row(String tpl, Map<String, String> row) {
        Assumptions.assumeTrue(row.get("divergence") == null, () -> "known divergence: " + row.get("divergence"));
        String out;
        try {
            out = new DataMiniTemplate(funcs()).execute(tpl).replace("<no value>", "");
        } catch (DataMiniTemplate.Unsupported e) {
            Assumptions.abort("not interpretable without the real engine: " + e.getMessage());
            return;
        } catch (UnsupportedOperationException e) {
            Assumptions.abort("needs the merged GoFmt: " + e.getMessage());
            return;
        } catch (FunctionException e) {
            if (row.containsKey("error")) {
                assertEquals(row.get("error"), e.getMessage());
                return;
            }
            fail("unexpected error: " + e.getMessage());
            return;
        }
        assertTrue(row.containsKey("want"), () -> "expected error " + row.get("error") + " but got " + out);
        assertEquals(row.get("want"), out);
    }
}
