package dev.capstan.sprig;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.capstan.gotemplate.FuncMap;
import dev.capstan.gotemplate.TemplateOptions;
import dev.capstan.gotemplate.TemplateSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Runs resources/sprig/template_cases.json (sprig v3.3.0's test tables and rows whose
 * expectations come from the reference helm, see the README there) through the interpreter with
 * Helm's function map.
 */
class SprigTemplateCasesTest {

    @BeforeAll
    static void fixClock() {
        // The oracle ran with Local = UTC; "now" never appears in an expectation.
        DateFuncs.setClock(Clock.fixed(Instant.parse("2024-05-06T07:08:09Z"), ZoneOffset.UTC));
    }

    @AfterAll
    static void resetClock() {
        DateFuncs.resetClock();
    }

    /** Go's Local is the zone the oracle ran in: UTC unless the row names a TZ. */
    static void useZone(JsonNode c) {
        java.time.ZoneId zone = c.has("tz") ? java.time.ZoneId.of(c.get("tz").asText()) : ZoneOffset.UTC;
        DateFuncs.setClock(Clock.fixed(Instant.parse("2024-05-06T07:08:09Z"), zone));
    }

    static JsonNode cases() throws IOException {
        try (InputStream in = SprigTemplateCasesTest.class.getResourceAsStream("/sprig/template_cases.json")) {
            return new ObjectMapper().readTree(in).get("cases");
        }
    }

    /** Values as Helm loads them from JSON/YAML: numbers are float64. */
    static Object toValue(JsonNode n) {
        if (n == null || n.isNull()) return null;
        if (n.isTextual()) return n.asText();
        if (n.isBoolean()) return n.asBoolean();
        if (n.isNumber()) return n.asDouble();
        if (n.isArray()) {
            List<Object> l = new ArrayList<>();
            n.forEach(e -> l.add(toValue(e)));
            return l;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = n.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            m.put(e.getKey(), toValue(e.getValue()));
        }
        return m;
    }

    /** Every row through the real interpreter with Helm's function map. */
    @TestFactory
    Stream<DynamicTest> interpreterRows() throws IOException {
        FuncMap funcs = dev.capstan.engine.HelmFunctions.base(false);
        List<DynamicTest> out = new ArrayList<>();
        for (JsonNode c : cases()) {
            String tpl = c.get("tpl").asText();
            out.add(DynamicTest.dynamicTest(tpl, () -> {
                if (c.has("divergence")) Assumptions.abort("known divergence: " + c.get("divergence").asText());
                useZone(c);
                Object data = c.has("vars") ? toValue(c.get("vars")) : new LinkedHashMap<String, Object>();
                // Helm's engine options: missingkey=zero, then "<no value>" printed as ""
                TemplateSet set = new TemplateSet(funcs, TemplateOptions.DEFAULTS.withMissingKey(TemplateOptions.MissingKey.ZERO));
                String got;
                try {
                    set.parse("t", tpl);
                    got = set.executeToString("t", data).replace("<no value>", "");
                } catch (RuntimeException e) {
                    String msg = String.valueOf(e.getMessage());
                    if (!c.has("err")) fail("unexpected error: " + msg);
                    assertTrue(msg.contains(c.get("err").asText().trim()),
                            () -> "error\n  want: " + c.get("err").asText() + "\n  got:  " + msg);
                    return;
                }
                if (c.has("err")) fail("expected error " + c.get("err").asText() + " but got " + got);
                if (c.has("divergenceIfFails") && !c.get("out").asText().equals(got)) {
                    Assumptions.abort("known divergence: " + c.get("divergenceIfFails").asText());
                }
                assertEquals(c.get("out").asText(), got);
            }));
        }
        return out.stream();
    }
}
