package dev.capstan.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.capstan.gotemplate.FuncMap;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Optional corpus check against real charts' values (not committed: third-party data). Point
 * {@code -DyamlEmit.corpus=DIR} at the output of a script that asked the reference Helm for
 * toYaml/toYamlPretty/toJson of every subtree of each chart's values.yaml (files with
 * {@code values}: Helm's {@code toJson .Values}, and {@code cases}: path plus the three outputs).
 */
class RealValuesCorpusTest {
    @Test
    void everySubtreeOfRealValuesMatches() throws IOException {
        String dir = System.getProperty("yamlEmit.corpus");
        assumeTrue(dir != null, "set -DyamlEmit.corpus to run");
        FuncMap f = new FuncMap();
        YamlJsonFunctions.register(f);
        ObjectMapper om = new ObjectMapper();
        int total = 0;
        List<String> failures = new ArrayList<>();
        File[] files = new File(dir).listFiles((d, n) -> n.endsWith(".json"));
        for (File file : files) {
            JsonNode root = om.readTree(file);
            Object values = YamlEmitTableTest.toValue(om.readTree(root.get("values").asText()));
            for (JsonNode c : root.get("cases")) {
                Object v = values;
                for (JsonNode p : c.get("path")) {
                    if (v instanceof Map<?, ?> m) v = m.get(p.asText());
                    else if (v instanceof List<?> l && p.isInt() && p.intValue() < l.size()) v = l.get(p.intValue());
                    else v = null;
                }
                for (String fn : new String[]{"toYaml", "toYamlPretty", "toJson"}) {
                    total++;
                    Object got = f.get(fn).impl().call(new Object[]{v});
                    String want = c.get(fn).asText();
                    if (!want.equals(got)) {
                        failures.add(file.getName() + " " + c.get("path") + " " + fn + "\n--- want\n" + want + "\n--- got\n" + got);
                    }
                }
            }
        }
        System.out.println("real values corpus: " + total + " checks, " + failures.size() + " failures");
        failures.stream().limit(15).forEach(System.out::println);
        assertEquals(0, failures.size());
    }
}
