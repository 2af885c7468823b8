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

    /** The first document of {@code text} in the value model (what {@code yaml.Unmarshal} reads). */
    public static Object parseFirst(String text) {
        if (HELM_YAML) {
            return HelmYaml.parse(text);
        }
        return TypedYaml.toJsonModel(TypedYaml.parse(text));
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
        String text = new String(data, StandardCharsets.UTF_8);
        Map<String, Object> out = new LinkedHashMap<>();
        for (String doc : splitDocuments(text)) {
            Object d;
            try {
                d = parseFirst(doc);
            } catch (YamlException e) {
                throw new ValuesException("cannot unmarshal yaml document: error converting YAML to JSON: "
                        + e.getMessage());
            }
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

    /** k8s.io/apimachinery {@code YAMLReader.Read}: documents separated by {@code ---} lines. */
    static List<String> splitDocuments(String text) {
        List<String> docs = new java.util.ArrayList<>();
        StringBuilder buf = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int nl = text.indexOf('\n', i);
            String line = nl < 0 ? text.substring(i) : text.substring(i, nl + 1);
            i = nl < 0 ? text.length() : nl + 1;
            if (line.startsWith("---")) {
                String trimmed = goTrimSpace(line.substring(3));
                if (!trimmed.isEmpty() && trimmed.charAt(0) != '#') {
                    throw new ValuesException("error reading yaml document: invalid Yaml document separator: " + trimmed);
                }
                if (buf.length() > 0) {
                    docs.add(buf.toString());
                    buf.setLength(0);
                }
                continue;
            }
            buf.append(line);
        }
        if (buf.length() > 0) {
            docs.add(buf.toString());
        }
        return docs;
    }

    private static String goTrimSpace(String s) {
        int b = 0;
        int e = s.length();
        while (b < e && isSpace(s.charAt(b))) {
            b++;
        }
        while (e > b && isSpace(s.charAt(e - 1))) {
            e--;
        }
        return s.substring(b, e);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || c == 0x85 || c == 0xA0
                || Character.isSpaceChar(c);
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
