package dev.capstan.values;

import dev.capstan.yaml.YamlException;
import java.io.StringReader;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;
import org.yaml.snakeyaml.DumperOptions;

/**
 * YAML read into go-yaml v2's own types, before sigs.k8s.io/yaml turns it into JSON: plain
 * scalars resolve to {@code Integer} (Go int), {@code Long} (int64), {@code BigInteger} (uint64),
 * {@code Double}, {@code Boolean}, {@code null} or {@code String}; mappings keep their typed keys
 * ({@code Map<Object,Object>}).
 *
 * <p>Why: decoding Chart.yaml into Helm's structs coerces a number to a string using its YAML
 * type ({@code appVersion: 010} is {@code "8"}, {@code 1.10} is {@code "1.1"} through a float32
 * format, {@code 20240101} stays {@code "20240101"}), which the JSON-typed value model cannot
 * reproduce. Also serves as a stand-in reader for values until {@code HelmYaml} is available.
 */
public final class TypedYaml {
    private TypedYaml() {
    }

    private static final Pattern YAML_FLOAT =
            Pattern.compile("^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$");

    /** The first document, or null when there is none. */
    public static Object parse(String text) {
        List<Object> all = parseAll(text);
        return all.isEmpty() ? null : all.get(0);
    }

    /** Every document in order. */
    public static List<Object> parseAll(String text) {
        LoaderOptions lo = new LoaderOptions();
        lo.setAllowDuplicateKeys(true);
        lo.setMaxAliasesForCollections(10_000);
        lo.setCodePointLimit(Integer.MAX_VALUE);
        // A resolver without implicit rules: every plain scalar arrives as a str node, and we
        // resolve it with go-yaml v2's rules below.
        Resolver bare = new Resolver() {
            @Override
            protected void addImplicitResolvers() {
            }
        };
        Yaml yaml = new Yaml(new SafeConstructor(lo), new Representer(new DumperOptions()),
                new DumperOptions(), lo, bare);
        List<Object> out = new ArrayList<>();
        try {
            for (Node n : yaml.composeAll(new StringReader(text))) {
                out.add(convert(n, new IdentityHashMap<>()));
            }
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            String problem = e.getProblem() == null ? "invalid YAML" : e.getProblem();
            throw new YamlException("yaml: line " + line + ": " + problem, line);
        } catch (YAMLException e) {
            throw new YamlException("yaml: " + e.getMessage(), 0);
        }
        return out;
    }

    private static Object convert(Node n, IdentityHashMap<Node, Object> seen) {
        if (n instanceof ScalarNode s) {
            return scalar(s);
        }
        if (n instanceof SequenceNode seq) {
            List<Object> l = new ArrayList<>();
            for (Node c : seq.getValue()) {
                l.add(convert(c, seen));
            }
            return l;
        }
        MappingNode m = (MappingNode) n;
        if (seen.containsKey(m)) {
            throw new YamlException("yaml: anchor cycle", 0);
        }
        seen.put(m, Boolean.TRUE);
        Map<Object, Object> out = new LinkedHashMap<>();
        List<Map<Object, Object>> merges = new ArrayList<>();
        for (NodeTuple t : m.getValue()) {
            Node k = t.getKeyNode();
            if (k instanceof ScalarNode ks && ks.isPlain() && "<<".equals(ks.getValue())) {
                Object v = convert(t.getValueNode(), seen);
                collectMerge(v, merges);
                continue;
            }
            Object key = convert(k, seen);
            out.put(key instanceof List<?> l ? l.toString() : key, convert(t.getValueNode(), seen));
        }
        seen.remove(m);
        if (!merges.isEmpty()) {
            // go-yaml: explicit keys win over merged ones; among merged maps the first listed wins.
            Map<Object, Object> merged = new LinkedHashMap<>();
            for (int i = merges.size() - 1; i >= 0; i--) {
                merged.putAll(merges.get(i));
            }
            merged.putAll(out);
            return merged;
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static void collectMerge(Object v, List<Map<Object, Object>> merges) {
        if (v instanceof Map<?, ?> mm) {
            merges.add((Map<Object, Object>) mm);
        } else if (v instanceof List<?> l) {
            for (Object o : l) {
                if (!(o instanceof Map<?, ?>)) {
                    throw new YamlException("yaml: map merge requires map or sequence of maps as the value", 0);
                }
                merges.add((Map<Object, Object>) o);
            }
        } else {
            throw new YamlException("yaml: map merge requires map or sequence of maps as the value", 0);
        }
    }

    private static Object scalar(ScalarNode s) {
        String v = s.getValue();
        Tag tag = s.getTag();
        if (!s.isPlain()) {
            return v;
        }
        if (!Tag.STR.equals(tag)) {
            // explicit tag on a plain scalar
            if (Tag.STR.equals(tag)) {
                return v;
            }
        }
        return resolvePlain(v);
    }

    /** go-yaml v2 {@code resolve} for an untagged plain scalar. */
    static Object resolvePlain(String in) {
        switch (in) {
            case "", "~", "null", "Null", "NULL":
                return null;
            case "y", "Y", "yes", "Yes", "YES", "on", "On", "ON", "true", "True", "TRUE":
                return Boolean.TRUE;
            case "n", "N", "no", "No", "NO", "off", "Off", "OFF", "false", "False", "FALSE":
                return Boolean.FALSE;
            case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF":
                return Double.POSITIVE_INFINITY;
            case "-.inf", "-.Inf", "-.INF":
                return Double.NEGATIVE_INFINITY;
            case ".nan", ".NaN", ".NAN":
                return Double.NaN;
            default:
                break;
        }
        char c = in.charAt(0);
        if (c == '.') {
            Double f = GoNumbers.parseFloat(in);
            return f != null ? f : in;
        }
        if ((c >= '0' && c <= '9') || c == '+' || c == '-') {
            if (looksLikeTimestamp(in)) {
                return in; // go-yaml v2 keeps timestamps as strings when decoding into interface{}
            }
            String plain = in.replace("_", "");
            BigInteger iv = GoNumbers.parseIntBase0(plain);
            if (iv != null) {
                if (iv.bitLength() <= 31) {
                    return iv.intValue() >= Integer.MIN_VALUE ? (Object) Integer.valueOf(iv.intValue()) : iv;
                }
                if (iv.bitLength() <= 63) {
                    // Go int is 64-bit: go-yaml returns int, which we still model as a wider Long
                    return iv.longValue();
                }
                if (iv.signum() > 0 && iv.bitLength() <= 64) {
                    return iv; // uint64
                }
            }
            if (YAML_FLOAT.matcher(plain).matches()) {
                Double f = GoNumbers.parseFloat(plain);
                if (f != null) {
                    return f;
                }
            }
            if (plain.startsWith("0b") || plain.startsWith("-0b")) {
                boolean neg = plain.startsWith("-");
                try {
                    BigInteger b = new BigInteger(plain.substring(neg ? 3 : 2), 2);
                    b = neg ? b.negate() : b;
                    if (b.bitLength() <= 63) {
                        return b.bitLength() <= 31 ? (Object) b.intValue() : (Object) b.longValue();
                    }
                } catch (NumberFormatException e) {
                    // not binary after all
                }
            }
        }
        return in;
    }

    private static final Pattern TIMESTAMP = Pattern.compile(
            "^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt ].*)?$");

    private static boolean looksLikeTimestamp(String s) {
        return TIMESTAMP.matcher(s).matches();
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
                throw new YamlException("json: unsupported value: " + GoNumbers.formatFloat64(d), 0);
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
            return GoNumbers.formatFloat32g(d);
        }
        if (k instanceof Boolean b) {
            return b.toString();
        }
        throw new YamlException("unsupported map key of type: " + (k == null ? "<nil>" : "[]interface {}")
                + ", key: " + (k == null ? "<nil>" : k) + ", value: " + value, 0);
    }
}
