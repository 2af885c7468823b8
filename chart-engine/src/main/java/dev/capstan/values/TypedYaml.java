package dev.capstan.values;

import dev.capstan.gotemplate.GoFmt;
import dev.capstan.yaml.FloatFormat;
import dev.capstan.yaml.HelmYaml;
import dev.capstan.yaml.YamlException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * YAML read into go-yaml v2's own types, before sigs.k8s.io/yaml turns it into JSON (see
 * {@link HelmYaml#parseGoTyped}), and the conversions sigs.k8s.io/yaml then applies.
 *
 * <p>Why: decoding Chart.yaml into Helm's structs coerces a number to a string using its YAML
 * type ({@code appVersion: 010} is {@code "8"}, {@code 1.10} is {@code "1.1"} through a float32
 * format, {@code 20240101} stays {@code "20240101"}), which the JSON-typed value model cannot
 * reproduce.
 */
public final class TypedYaml {
    private TypedYaml() {
    }

    /** The first document, or null when there is none. */
    public static Object parse(String text) {
        return HelmYaml.parseGoTyped(text);
    }

    /**
     * The value as sigs.k8s.io/yaml hands it to {@code encoding/json} and back into
     * {@code interface{}}: map keys become strings, every number a {@code Double}.
     *
     * @throws YamlException for values JSON cannot carry (infinity, NaN, null keys)
     */
    public static Object toJsonModel(Object v) {
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                out.put(keyString(e.getKey(), e.getValue()), toJsonModel(e.getValue()));
            }
            return out;
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            for (Object o : l) {
                out.add(toJsonModel(o));
            }
            return out;
        }
        if (v instanceof Double d) {
            if (d.isInfinite() || d.isNaN()) {
                throw new YamlException("json: unsupported value: " + GoFmt.formatFloat(d, 'g', -1), 0);
            }
            return d;
        }
        if (v instanceof Number n) {
            return n instanceof BigInteger b ? b.doubleValue() : (Object) n.doubleValue();
        }
        return v;
    }

    /** How sigs.k8s.io/yaml turns a typed YAML key into a JSON object key. */
    public static String keyString(Object k, Object value) {
        if (k instanceof String s) {
            return s;
        }
        if (k instanceof Integer || k instanceof Long || k instanceof BigInteger) {
            return k.toString();
        }
        if (k instanceof Double d) {
            if (d.isInfinite()) {
                return d > 0 ? ".inf" : "-.inf";
            }
            if (d.isNaN()) {
                return ".nan";
            }
            return FloatFormat.formatG(d, true);
        }
        if (k instanceof Boolean b) {
            return b.toString();
        }
        throw new YamlException("unsupported map key of type: " + (k == null ? "<nil>" : "[]interface {}")
                + ", key: " + (k == null ? "<nil>" : k) + ", value: " + value, 0);
    }
}
