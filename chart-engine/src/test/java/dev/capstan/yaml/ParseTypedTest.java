package dev.capstan.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * sigs.k8s.io/yaml's string coercion toward typed targets. yaml-read/typed-chart.yaml rendered by
 * the reference helm as {@code toJson .Chart} gave AppVersion "1.1", Description "1.2345678e+07",
 * Home "1000", Icon "16", Keywords ["1","true","1.5","123456789"], Annotations
 * {"a":"1","b":"true","c":"0.1"}, Name "m" from the key {@code Name}; typed-chart.expected.json
 * holds those facts under the JSON field names.
 */
class ParseTypedTest {

    static JsonTarget metadata() {
        Map<String, JsonTarget> f = new LinkedHashMap<>();
        for (String s : new String[] {"name", "home", "version", "description", "icon", "apiVersion", "condition", "tags",
            "appVersion", "kubeVersion", "type"}) {
            f.put(s, JsonTarget.STRING);
        }
        f.put("sources", JsonTarget.listOf(JsonTarget.STRING));
        f.put("keywords", JsonTarget.listOf(JsonTarget.STRING));
        f.put("annotations", JsonTarget.mapOf(JsonTarget.STRING));
        f.put("deprecated", JsonTarget.ANY);
        return JsonTarget.struct(f);
    }

    @Test
    void chartYamlFieldsBecomeStringsLikeHelm() {
        Object actual = HelmYaml.parseTyped(OracleCases.resource("typed-chart.yaml"), metadata());
        assertEquals(GoJsonDecoder.decode(OracleCases.resource("typed-chart.expected.json")), actual);
    }

    @Test
    void untypedParseKeepsNumbers() {
        Map<String, Object> m = HelmYaml.parseMap("appVersion: 1.10\n");
        assertEquals(1.1, m.get("appVersion"));
    }
}
