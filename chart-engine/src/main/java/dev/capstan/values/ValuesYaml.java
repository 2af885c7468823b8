package dev.capstan.values;

import dev.capstan.yaml.HelmYaml;
import dev.capstan.yaml.YamlException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Values documents as Helm reads them ({@code loader.LoadValues}): every YAML document of the
 * text is decoded into a map and the maps are deep-merged in order.
 */
public final class ValuesYaml {
    private ValuesYaml() {
    }

    /** True once the shared HelmYaml reader is available (it throws until the yaml-read work lands). */
    private static final boolean HELM_YAML = probe();

    private static boolean probe() {
        try {
            HelmYaml.parse("a: 1");
            return true;
        } catch (UnsupportedOperationException e) {
            return false;
        } catch (RuntimeException e) {
            return true;
        }
    }

    /** Parses every document into the value model (numbers as Double). */
    public static List<Object> parseAll(String text) {
        if (HELM_YAML) {
            return HelmYaml.parseAll(text);
        }
        List<Object> docs = TypedYaml.parseAll(text);
        docs.replaceAll(TypedYaml::toJsonModel);
        return docs;
    }

    /** Throws go-yaml's syntax error for {@code text}, when the shared reader is available. */
    public static void checkSyntax(String text) {
        if (HELM_YAML) {
            HelmYaml.parseAll(text);
        }
    }

    /**
     * {@code loader.LoadValues}: the merged documents of {@code data}.
     *
     * @throws ValuesException with Helm's text (without the file prefix the caller adds)
     */
    public static Map<String, Object> load(byte[] data) {
        String text = new String(stripBom(data), StandardCharsets.UTF_8);
        List<Object> docs;
        try {
            docs = parseAll(text);
        } catch (YamlException e) {
            throw new ValuesException("cannot unmarshal yaml document: error converting YAML to JSON: " + e.getMessage());
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (Object d : docs) {
            if (d == null) {
                continue;
            }
            if (!(d instanceof Map<?, ?>)) {
                throw new ValuesException("cannot unmarshal yaml document: error unmarshaling JSON: while decoding JSON: "
                        + "json: cannot unmarshal " + jsonKind(d) + " into Go value of type map[string]interface {}");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> m = (Map<String, Object>) d;
            out = mergeMaps(out, m);
        }
        return out;
    }

    static String jsonKind(Object v) {
        if (v instanceof Map<?, ?>) {
            return "object";
        }
        if (v instanceof List<?>) {
            return "array";
        }
        if (v instanceof String) {
            return "string";
        }
        if (v instanceof Boolean) {
            return "bool";
        }
        return "number";
    }

    /**
     * {@code loader.MergeMaps}: a new map with {@code b} over {@code a}; maps merge recursively,
     * anything else (including null) in {@code b} replaces.
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> mergeMaps(Map<String, Object> a, Map<String, Object> b) {
        Map<String, Object> out = new LinkedHashMap<>(a);
        for (Map.Entry<String, Object> e : b.entrySet()) {
            Object v = e.getValue();
            if (v instanceof Map<?, ?> vm && out.get(e.getKey()) instanceof Map<?, ?> om) {
                out.put(e.getKey(), mergeMaps((Map<String, Object>) om, (Map<String, Object>) vm));
                continue;
            }
            out.put(e.getKey(), v);
        }
        return out;
    }

    static byte[] stripBom(byte[] data) {
        if (data.length >= 3 && (data[0] & 0xff) == 0xEF && (data[1] & 0xff) == 0xBB && (data[2] & 0xff) == 0xBF) {
            return java.util.Arrays.copyOfRange(data, 3, data.length);
        }
        return data;
    }
}
