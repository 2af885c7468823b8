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

    /** Parses every document into the value model (numbers as Double). */
    public static List<Object> parseAll(String text) {
        return HelmYaml.parseAll(text);
    }

    /** The first document of {@code text} in the value model (what {@code yaml.Unmarshal} reads). */
    public static Object parseFirst(String text) {
        return HelmYaml.parse(text);
    }

    /**
     * {@code loader.LoadValues}: the text is cut into documents at lines starting with
     * {@code ---} (Kubernetes' YAML reader: only blanks or a comment may follow the dashes),
     * the first YAML document of each piece is decoded into a map, and the maps are deep-merged
     * in order. Line numbers in errors are relative to the piece, as in Helm.
     *
     * @throws ValuesException with Helm's text (without the file prefix the caller adds)
     */
    public static Map<String, Object> load(byte[] data) {
        try {
            return HelmYaml.loadValues(new String(data, StandardCharsets.UTF_8));
        } catch (YamlException e) {
            throw new ValuesException(e.helmMessage());
        }
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
