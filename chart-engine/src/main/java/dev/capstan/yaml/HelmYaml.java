package dev.capstan.yaml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads YAML the way Helm does ({@code sigs.k8s.io/yaml.Unmarshal}: YAML 1.1 through go-yaml v2,
 * then JSON, so every number becomes a float64 {@code Double}, keys become strings and
 * {@code yes/on/y} keys become {@code "true"}). OWNER: the yaml-read work; the signatures are the
 * contract the chart loader and the engine call.
 *
 * <p>Results use the value model: {@code Map<String, Object>} (insertion ordered, but nothing may
 * rely on that order), {@code List<Object>}, {@code String}, {@code Double}, {@code Boolean} and
 * null. Every failure is a {@link YamlException}; {@link YamlException#helmMessage()} is the text
 * Helm prints.
 */
public final class HelmYaml {
    private HelmYaml() {
    }

    /**
     * The first document of {@code text} in the value model, as {@code sigs.k8s.io/yaml.Unmarshal}
     * into an {@code interface{}} gives it; null for an empty document. Later documents are not
     * read at all (go-yaml stops after the first), so errors in them go unnoticed, as in Helm.
     */
    public static Object parse(String text) {
        YamlNode root = YamlComposer.firstDocument(text);
        if (root == null) {
            return null;
        }
        return JsonDecoder.convert(root, JsonTarget.ANY, false);
    }

    /**
     * {@code sigs.k8s.io/yaml.Unmarshal} into a typed Go value described by {@code target} (e.g.
     * Chart.yaml into {@code Metadata}): as {@link #parse}, but YAML numbers and bools aimed at a
     * string field become text the way sigs.k8s.io/yaml makes them ({@code 1.10} gives
     * {@code "1.1"}, {@code 12345678.5} gives {@code "1.2345678e+07"}), and map keys are renamed
     * to the struct field they match (exactly, else ignoring case). Type mismatches that
     * encoding/json would report are left to the caller.
     */
    public static Object parseTyped(String text, JsonTarget target) {
        YamlNode root = YamlComposer.firstDocument(text);
        if (root == null) {
            return null;
        }
        return JsonDecoder.convert(root, target, false);
    }

    /**
     * As {@link #parseTyped}, but the keys of a struct-typed map that match none of its fields
     * are only checked (the same errors) and left out of the result: for a reader that needs a few
     * fields of a large document (the manifest head).
     */
    public static Object parseFields(String text, JsonTarget target) {
        YamlNode root = YamlComposer.firstDocument(text);
        if (root == null) {
            return null;
        }
        return JsonDecoder.convert(root, target, true);
    }

    /**
     * The first document as go-yaml v2 decodes it into {@code interface{}}, before the JSON step of
     * {@code sigs.k8s.io/yaml}: Go-typed scalars ({@code Long} int, {@code BigInteger} uint64,
     * {@code Double}, {@code Boolean}, {@code String}, null) and maps with typed keys
     * ({@code Map<Object, Object>}); null for an empty document. Decoding Chart.yaml into Helm's
     * structs needs these types (a string field takes a number's YAML form: {@code 010} is
     * {@code "8"}). Added for the chart loader (chart-values).
     */
    public static Object parseGoTyped(String text) {
        YamlNode root = YamlComposer.firstDocument(text);
        return root == null ? null : DeepStack.call(() -> new YamlDecoder().decode(root));
    }

    /**
     * Every document of {@code text} in order, split the way Helm v4 splits a values file
     * ({@code k8s.io/apimachinery} {@code YAMLReader}: a line that starts with {@code ---} followed
     * only by blanks or a comment ends a document; blank documents are skipped), each read with
     * {@link #parse}. A document that is empty or only comments gives null.
     *
     * @throws YamlException also for a separator line with content ({@code invalid Yaml document separator: x}, stage OTHER)
     */
    public static List<Object> parseAll(String text) {
        List<Object> out = new ArrayList<>();
        for (String doc : splitDocuments(text)) {
            out.add(parse(doc));
        }
        return out;
    }

    /**
     * Helm v4's {@code loader.LoadValues}: every document must be a map (or empty); they are merged
     * in order (maps merge recursively, anything else is replaced). Errors read like Helm's:
     * {@code cannot unmarshal yaml document: error converting YAML to JSON: yaml: line 2: ...}
     * and {@code error reading yaml document: invalid Yaml document separator: x}; the caller adds
     * {@code cannot load values.yaml: } or {@code failed to parse FILE: }.
     */
    public static Map<String, Object> loadValues(String text) {
        Map<String, Object> values = new LinkedHashMap<>();
        List<String> docs;
        try {
            docs = splitDocuments(text);
        } catch (YamlException e) {
            throw new YamlException("error reading yaml document: " + e.getMessage(), 0, YamlException.Stage.OTHER);
        }
        for (String doc : docs) {
            Map<String, Object> m;
            try {
                m = parseMap(doc);
            } catch (YamlException e) {
                throw new YamlException("cannot unmarshal yaml document: " + e.helmMessage(), e.line(), YamlException.Stage.OTHER);
            }
            values = mergeMaps(values, m);
        }
        return values;
    }

    /**
     * {@code sigs.k8s.io/yaml.Unmarshal} into a {@code map[string]interface{}} (Helm's
     * {@code fromYaml}, {@code ReadValues}): an empty or null document gives an empty map; a list
     * or scalar fails with stage JSON_DECODE ({@code json: cannot unmarshal array into Go value of
     * type map[string]interface {}}).
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> parseMap(String text) {
        Object v = parse(text);
        if (v == null) {
            return new LinkedHashMap<>();
        }
        if (v instanceof Map) {
            return (Map<String, Object>) v;
        }
        throw typeError(v, "map[string]interface {}");
    }

    /** {@code sigs.k8s.io/yaml.Unmarshal} into a {@code []interface{}} (Helm's {@code fromYamlArray}). */
    @SuppressWarnings("unchecked")
    public static List<Object> parseList(String text) {
        Object v = parse(text);
        if (v == null) {
            return new ArrayList<>();
        }
        if (v instanceof List) {
            return (List<Object>) v;
        }
        throw typeError(v, "[]interface {}");
    }

    private static YamlException typeError(Object v, String goType) {
        return new YamlException("json: cannot unmarshal " + GoJsonDecoder.jsonKind(v) + " into Go value of type " + goType, 0,
                YamlException.Stage.JSON_DECODE);
    }

    /**
     * Helm's {@code loader.MergeMaps}: a new map with b over a; two maps under the same key merge
     * recursively, anything else (including null) in b replaces.
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> mergeMaps(Map<String, Object> a, Map<String, Object> b) {
        Map<String, Object> out = new LinkedHashMap<>(a);
        for (Map.Entry<String, Object> e : b.entrySet()) {
            Object bv = e.getValue();
            Object av = out.get(e.getKey());
            if (bv instanceof Map && av instanceof Map) {
                out.put(e.getKey(), mergeMaps((Map<String, Object>) av, (Map<String, Object>) bv));
            } else {
                out.put(e.getKey(), bv);
            }
        }
        return out;
    }

    /**
     * The documents of a stream as apimachinery's {@code YAMLReader} cuts them: lines are read
     * with their end ({@code \n} or {@code \r\n}) replaced by {@code \n}; a line starting with
     * {@code ---} whose rest, trimmed, is empty or a comment separates documents; anything else
     * after {@code ---} is an error. Documents with no lines are dropped.
     */
    static List<String> splitDocuments(String text) {
        if (text.indexOf('\r') < 0 && !text.startsWith("---") && !text.contains("\n---")) {
            // one document and no line ends to rewrite (the usual values.yaml): the loop below
            // would copy it line by line into the same text
            if (text.isEmpty()) return new ArrayList<>();
            List<String> one = new ArrayList<>(1);
            one.add(text.endsWith("\n") ? text : text + "\n");
            return one;
        }
        return splitLines(text);
    }

    /** {@link #splitDocuments} line by line, without its one-document shortcut. */
    static List<String> splitLines(String text) {
        List<String> docs = new ArrayList<>();
        StringBuilder buf = new StringBuilder();
        int pos = 0;
        int n = text.length();
        while (pos < n) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? n : nl;
            int contentEnd = end;
            if (nl >= 0 && contentEnd > pos && text.charAt(contentEnd - 1) == '\r') {
                contentEnd--;
            }
            String line = text.substring(pos, contentEnd);
            pos = nl < 0 ? n : nl + 1;
            if (line.startsWith("---")) {
                String rest = line.substring(3).strip();
                if (!rest.isEmpty() && rest.charAt(0) != '#') {
                    throw new YamlException("invalid Yaml document separator: " + rest, 0, YamlException.Stage.OTHER);
                }
                if (buf.length() > 0) {
                    docs.add(buf.toString());
                    buf.setLength(0);
                }
                continue;
            }
            buf.append(line).append('\n');
        }
        if (buf.length() > 0) {
            docs.add(buf.toString());
        }
        return docs;
    }
}
