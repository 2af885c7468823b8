package dev.capstan.yaml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The head of a rendered manifest as Helm reads it to sort and classify documents
 * ({@code pkg/release/v1/util.SimpleHead}: apiVersion, kind, metadata.name,
 * metadata.annotations), decoded with {@code sigs.k8s.io/yaml.Unmarshal} so that numbers in those
 * fields become strings and a bad document fails with Helm's text
 * ({@code error unmarshaling JSON: while decoding JSON: json: cannot unmarshal array into Go
 * struct field SimpleHead.kind of type string}); Helm prefixes {@code YAML parse error on FILE: }.
 *
 * @param metadata null when the document has no (or a null) {@code metadata}
 */
public record ManifestHead(String apiVersion, String kind, Metadata metadata) {

    /** @param annotations null when absent or null; values are never null (a null annotation reads as "") */
    public record Metadata(String name, Map<String, String> annotations) {
    }

    private static final String META_TYPE =
            "struct { Name string \"json:\\\"name\\\"\"; Annotations map[string]string \"json:\\\"annotations\\\"\" }";

    /** SimpleHead's fields; every other key of a document is only checked for errors. */
    static final JsonTarget TARGET;

    static {
        Map<String, JsonTarget> meta = new LinkedHashMap<>();
        meta.put("name", JsonTarget.STRING);
        meta.put("annotations", JsonTarget.mapOf(JsonTarget.STRING));
        Map<String, JsonTarget> head = new LinkedHashMap<>();
        head.put("apiVersion", JsonTarget.STRING);
        head.put("kind", JsonTarget.STRING);
        head.put("metadata", JsonTarget.struct(meta));
        TARGET = JsonTarget.struct(head);
    }

    /** Reads one manifest document (the first YAML document of {@code text}). */
    public static ManifestHead read(String text) {
        ManifestHead plain = BlockHeadReader.read(text);
        return plain != null ? plain : readFully(text);
    }

    /** {@link #read} without the fast path for plain block documents. */
    static ManifestHead readFully(String text) {
        return of(HelmYaml.parseFields(text, TARGET));
    }

    /** The head of a decoded document ({@link HelmYaml#parseTyped} or parseFields with {@link #TARGET}). */
    static ManifestHead of(Object v) {
        if (v == null) {
            return new ManifestHead("", "", null);
        }
        if (!(v instanceof Map<?, ?> m)) {
            throw decodeError("json: cannot unmarshal " + GoJsonDecoder.jsonKind(v) + " into Go value of type util.SimpleHead");
        }
        Errors errors = new Errors();
        String apiVersion = "";
        String kind = "";
        Metadata metadata = null;
        // encoding/json sees the keys in sorted order (they come from json.Marshal of a map).
        for (String key : sortedKeys(m)) {
            Object val = m.get(key);
            switch (key) {
                case "apiVersion" -> apiVersion = string(val, "SimpleHead.apiVersion", errors, apiVersion);
                case "kind" -> kind = string(val, "SimpleHead.kind", errors, kind);
                case "metadata" -> {
                    if (val == null) {
                        metadata = null;
                    } else if (val instanceof Map<?, ?> mm) {
                        metadata = metadata(mm, metadata, errors);
                    } else {
                        errors.add("json: cannot unmarshal " + GoJsonDecoder.jsonKind(val) + " into Go struct field SimpleHead.metadata of type " + META_TYPE);
                    }
                }
                default -> {
                }
            }
        }
        if (errors.first != null) {
            throw decodeError(errors.first);
        }
        return new ManifestHead(apiVersion, kind, metadata);
    }

    private static Metadata metadata(Map<?, ?> m, Metadata previous, Errors errors) {
        String name = previous == null ? "" : previous.name();
        Map<String, String> annotations = previous == null ? null : previous.annotations();
        for (String key : sortedKeys(m)) {
            Object val = m.get(key);
            if (key.equals("name")) {
                name = string(val, ".metadata.name", errors, name);
            } else if (key.equals("annotations")) {
                if (val == null) {
                    annotations = null;
                } else if (val instanceof Map<?, ?> am) {
                    Map<String, String> out = annotations == null ? new LinkedHashMap<>() : new LinkedHashMap<>(annotations);
                    for (String k : sortedKeys(am)) {
                        Object a = am.get(k);
                        if (a == null) {
                            out.put(k, "");
                        } else if (a instanceof String s) {
                            out.put(k, s);
                        } else {
                            errors.add("json: cannot unmarshal " + GoJsonDecoder.jsonKind(a) + " into Go struct field .metadata.annotations of type string");
                        }
                    }
                    annotations = Collections.unmodifiableMap(out);
                } else {
                    errors.add("json: cannot unmarshal " + GoJsonDecoder.jsonKind(val) + " into Go struct field .metadata.annotations of type map[string]string");
                }
            }
        }
        return new Metadata(name, annotations);
    }

    private static String string(Object val, String field, Errors errors, String previous) {
        if (val == null) {
            return previous;
        }
        if (val instanceof String s) {
            return s;
        }
        errors.add("json: cannot unmarshal " + GoJsonDecoder.jsonKind(val) + " into Go struct field " + field + " of type string");
        return previous;
    }

    /** The keys as encoding/json walks them (json.Marshal wrote them sorted by bytes). */
    static List<String> sortedKeys(Map<?, ?> m) {
        List<String> keys = new ArrayList<>();
        for (Object k : m.keySet()) {
            keys.add((String) k);
        }
        keys.sort(TomlWriter::compareBytes);
        return keys;
    }

    private static YamlException decodeError(String message) {
        return new YamlException(message, 0, YamlException.Stage.JSON_DECODE);
    }

    /** encoding/json keeps decoding after a type error and reports the first one. */
    private static final class Errors {
        String first;

        void add(String message) {
            if (first == null) {
                first = message;
            }
        }
    }
}
