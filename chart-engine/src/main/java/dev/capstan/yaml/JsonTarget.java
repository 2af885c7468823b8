package dev.capstan.yaml;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The Go type {@code sigs.k8s.io/yaml.Unmarshal} decodes into, as far as it changes the result:
 * where the target is a {@code string}, a YAML number or bool becomes its text (ints in decimal,
 * floats as {@code strconv.FormatFloat(f, 'g', -1, 32)}, so {@code appVersion: 1.10} reads as
 * {@code "1.1"}); struct fields are matched exactly, else case-insensitively, as encoding/json
 * does. Describe only what matters (e.g. Chart.yaml's {@code Metadata}); everything else is ANY.
 */
public final class JsonTarget {
    enum Kind { ANY, STRING, MAP, LIST, STRUCT }

    public static final JsonTarget ANY = new JsonTarget(Kind.ANY, null, Map.of());
    public static final JsonTarget STRING = new JsonTarget(Kind.STRING, null, Map.of());

    final Kind kind;
    final JsonTarget elem;
    final Map<String, JsonTarget> fields;

    private JsonTarget(Kind kind, JsonTarget elem, Map<String, JsonTarget> fields) {
        this.kind = kind;
        this.elem = elem;
        this.fields = fields;
    }

    /** {@code map[string]T}. */
    public static JsonTarget mapOf(JsonTarget elem) {
        return new JsonTarget(Kind.MAP, elem, Map.of());
    }

    /** {@code []T}. */
    public static JsonTarget listOf(JsonTarget elem) {
        return new JsonTarget(Kind.LIST, elem, Map.of());
    }

    /** A struct whose fields have these JSON names (in declaration order, which breaks case-insensitive ties). */
    public static JsonTarget struct(Map<String, JsonTarget> fields) {
        return new JsonTarget(Kind.STRUCT, null, new LinkedHashMap<>(fields));
    }

    /** The struct field a JSON key lands in: the exact name, else the first case-insensitive match; null if none. */
    String fieldFor(String key) {
        if (fields.containsKey(key)) {
            return key;
        }
        String folded = key.toLowerCase(Locale.ROOT);
        for (String f : fields.keySet()) {
            if (f.toLowerCase(Locale.ROOT).equals(folded)) {
                return f;
            }
        }
        return null;
    }
}
