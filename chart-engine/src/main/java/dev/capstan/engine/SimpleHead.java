package dev.capstan.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The head of a rendered document as Helm reads it: {@code apiVersion}, {@code kind},
 * {@code metadata.name} and {@code metadata.annotations}, decoded from the YAML value the way
 * {@code sigs.k8s.io/yaml.Unmarshal} fills Go's {@code SimpleHead} struct. Scalars meant for a
 * string field become strings; a list or map where a string belongs, or a non-map document, is an
 * error with {@code encoding/json}'s wording. Keys match field names case-insensitively, as in Go.
 *
 * @param metadataPresent whether {@code metadata} was a map (Go's non-nil pointer)
 * @param annotations     null when absent
 */
public record SimpleHead(String apiVersion, String kind, boolean metadataPresent, String name,
                         Map<String, String> annotations) {

    private static final String METADATA_TYPE =
            "struct { Name string \"json:\\\"name\\\"\"; Annotations map[string]string \"json:\\\"annotations\\\"\" }";

    /** Thrown with the text after {@code json: } in Go's message. */
    public static final class DecodeException extends RuntimeException {
        DecodeException(String message) {
            super(message, null, false, false);
        }
    }

    /** Decodes {@code doc} (a value of the value model, as HelmYaml.parse returns it). */
    public static SimpleHead decode(Object doc) {
        if (doc == null) return new SimpleHead("", "", false, "", null);
        if (!(doc instanceof Map<?, ?> top)) {
            throw new DecodeException("cannot unmarshal " + jsonKind(doc) + " into Go value of type util.SimpleHead");
        }
        String apiVersion = "";
        String kind = "";
        boolean metaPresent = false;
        String name = "";
        Map<String, String> annotations = null;
        for (Map.Entry<String, Object> e : sortedEntries(top)) {
            String k = e.getKey();
            Object v = e.getValue();
            if (k.equalsIgnoreCase("apiVersion")) {
                if (v != null) apiVersion = stringField(v, "SimpleHead.apiVersion");
            } else if (k.equalsIgnoreCase("kind")) {
                if (v != null) kind = stringField(v, "SimpleHead.kind");
            } else if (k.equalsIgnoreCase("metadata")) {
                if (v == null) {
                    metaPresent = false;
                    name = "";
                    annotations = null;
                    continue;
                }
                if (!(v instanceof Map<?, ?> meta)) {
                    throw new DecodeException("cannot unmarshal " + jsonKind(v)
                            + " into Go struct field SimpleHead.metadata of type " + METADATA_TYPE);
                }
                metaPresent = true;
                for (Map.Entry<String, Object> m : sortedEntries(meta)) {
                    Object mv = m.getValue();
                    if (m.getKey().equalsIgnoreCase("name")) {
                        if (mv != null) name = stringField(mv, ".metadata.name");
                    } else if (m.getKey().equalsIgnoreCase("annotations")) {
                        if (mv == null) {
                            annotations = null;
                        } else if (mv instanceof Map<?, ?> am) {
                            if (annotations == null) annotations = new LinkedHashMap<>();
                            for (Map.Entry<String, Object> a : sortedEntries(am)) {
                                Object av = a.getValue();
                                annotations.put(a.getKey(), av == null ? "" : stringField(av, ".metadata.annotations"));
                            }
                        } else {
                            throw new DecodeException("cannot unmarshal " + jsonKind(mv)
                                    + " into Go struct field .metadata.annotations of type map[string]string");
                        }
                    }
                }
            }
        }
        return new SimpleHead(apiVersion, kind, metaPresent, name, annotations);
    }

    /** Whether the document has at least one annotation (Helm's {@code hasAnyAnnotation}). */
    public boolean hasAnyAnnotation() {
        return metadataPresent && annotations != null && !annotations.isEmpty();
    }

    private static String stringField(Object v, String field) {
        if (v instanceof List || v instanceof Map) {
            throw new DecodeException("cannot unmarshal " + jsonKind(v) + " into Go struct field " + field + " of type string");
        }
        if (v instanceof Double d) {
            if (d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e18) return Long.toString(d.longValue());
            return d.toString();
        }
        return String.valueOf(v);
    }

    private static String jsonKind(Object v) {
        if (v instanceof String) return "string";
        if (v instanceof Boolean) return "bool";
        if (v instanceof Number) return "number";
        if (v instanceof List) return "array";
        return "object";
    }

    /** Go's json decoder sees keys in the sorted order that yaml-to-JSON produced; the last match wins. */
    @SuppressWarnings("unchecked")
    private static List<Map.Entry<String, Object>> sortedEntries(Map<?, ?> m) {
        List<Map.Entry<String, Object>> list = new ArrayList<>();
        for (Map.Entry<?, ?> e : m.entrySet()) list.add((Map.Entry<String, Object>) e);
        Collections.sort(list, Map.Entry.comparingByKey());
        return list;
    }
}
