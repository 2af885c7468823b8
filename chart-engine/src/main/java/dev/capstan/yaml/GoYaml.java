package dev.capstan.yaml;

import dev.capstan.gotemplate.Func;
import dev.capstan.gotemplate.GoFmt;
import dev.capstan.gotemplate.GoList;
import dev.capstan.gotemplate.GoMap;
import dev.capstan.gotemplate.GoObject;
import dev.capstan.gotemplate.GoTypes;

import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The YAML encoders Helm's template functions use, byte for byte:
 * <ul>
 *   <li>{@link #marshal} is {@code sigs.k8s.io/yaml.Marshal}: the value goes through
 *       {@code encoding/json} (so floats that are whole numbers come back as integers, byte slices
 *       as base64, NaN is an error) and is then written by go-yaml v2 (natural key order, sequences
 *       not indented under their key, strings folded at 80 columns).</li>
 *   <li>{@link #marshalPretty} is go-yaml v3's {@code Encoder} with {@code SetIndent(2)} applied to
 *       the value itself (floats in {@code %g}, sequences indented, no folding).</li>
 * </ul>
 * Both return the document with its final line break; Helm's functions trim it.
 */
public final class GoYaml {
    private static final String UINT64_MAX = "18446744073709551615";

    private GoYaml() {
    }

    /**
     * {@code sigs.k8s.io/yaml.Marshal(v)}.
     *
     * @throws GoJsonException with the library's message, e.g.
     *                         {@code error marshaling into JSON: json: unsupported value: NaN}
     */
    public static String marshal(Object v) {
        try {
            return marshalV2(v, false);
        } catch (RoundTripNeeded r) {
            // A string the JSON-to-YAML step changes or rejects: check exactly, then fold.
            JsonYamlRoundTrip.check(v);
            return marshalV2(v, true);
        }
    }

    private static String marshalV2(Object v, boolean exact) {
        StringBuilder sb = new StringBuilder(64);
        YamlEmitter e = new YamlEmitter(sb, false);
        try {
            new V2(e, exact).node(v, false, 0);
        } catch (GoJsonException ex) {
            throw new GoJsonException("error marshaling into JSON: " + ex.getMessage());
        }
        e.endDocument();
        return sb.toString();
    }

    /** Signals that the fast path met a string {@link JsonYamlRoundTrip} must look at. */
    private static final class RoundTripNeeded extends RuntimeException {
        static final RoundTripNeeded INSTANCE = new RoundTripNeeded();

        private RoundTripNeeded() {
            super(null, null, false, false);
        }
    }

    /**
     * go-yaml v3 {@code Encoder.SetIndent(2).Encode(v)}.
     *
     * @throws GoJsonException for a value nested more than 1000 levels (a cycle), where Go would
     *                         overflow its stack
     */
    public static String marshalPretty(Object v) {
        StringBuilder sb = new StringBuilder(64);
        YamlEmitter e = new YamlEmitter(sb, true);
        new V3(e).node(v, false, 0);
        e.endDocument();
        return sb.toString();
    }

    /** The style go-yaml's {@code stringv} asks for an untagged string. */
    static int stringStyle(String s, boolean v3) {
        if (s.indexOf('\n') >= 0) return YamlEmitter.LITERAL;
        return YamlResolve.canUsePlain(s, v3) ? YamlEmitter.PLAIN : YamlEmitter.DOUBLE;
    }

    /** Walks the value as {@code json.Marshal} then go-yaml v2 would see it after the JSON round trip. */
    private static final class V2 {
        private final YamlEmitter e;
        private final boolean exact;

        V2(YamlEmitter e, boolean exact) {
            this.e = e;
            this.exact = exact;
        }

        void node(Object v, boolean mappingContext, int depth) {
            if (depth > 1000) throw new GoJsonException("json: unsupported value: encountered a cycle via " + GoTypes.typeName(v));
            // sigs.k8s.io/yaml goes through JSON, where a nil map or slice is null
            if (v == null || v instanceof GoMap gm && gm.isNil() || v instanceof GoList gl && gl.isNil()) {
                e.scalar("null", YamlEmitter.PLAIN);
            } else if (v instanceof String s) {
                string(jsonSafe(s));
            } else if (v instanceof Boolean b) {
                e.scalar(b ? "true" : "false", YamlEmitter.PLAIN);
            } else if (v instanceof Integer || v instanceof Long) {
                e.scalar(v.toString(), YamlEmitter.PLAIN);
            } else if (v instanceof Double d) {
                e.scalar(number(d), YamlEmitter.PLAIN);
            } else if (v instanceof Map<?, ?> m) {
                if (m.isEmpty()) {
                    e.emptyMapping();
                    return;
                }
                String[] keys = SortKeys.yamlSorted(m, false);
                int saved = e.beginBlockMapping();
                for (String k : keys) {
                    String key = jsonSafe(k);
                    if (!exact && (JsonYamlRoundTrip.suspicious(key) || JsonYamlRoundTrip.longKey(key))) {
                        throw RoundTripNeeded.INSTANCE;
                    }
                    e.key(key, stringStyle(key, false));
                    node(m.get(k), true, depth + 1);
                }
                e.endBlock(saved);
            } else if (v instanceof List<?> l) {
                if (l.isEmpty()) {
                    e.emptySequence();
                    return;
                }
                int saved = e.beginBlockSequence(mappingContext);
                for (Object item : l) {
                    e.sequenceItem();
                    node(item, false, depth + 1);
                }
                e.endBlock(saved);
            } else if (v instanceof byte[] b) {
                string(Base64.getEncoder().encodeToString(b));
            } else if (v instanceof GoObject o) {
                Object j = GoJson.objectValue(o);
                if (j == null) e.emptyMapping();
                else node(j, mappingContext, depth + 1);
            } else if (v instanceof Func) {
                throw new GoJsonException("json: unsupported type: func");
            } else if (v instanceof Number n) {
                e.scalar(n.toString(), YamlEmitter.PLAIN);
            } else {
                throw new GoJsonException("json: unsupported type: " + GoTypes.typeName(v));
            }
        }

        private void string(String s) {
            if (JsonYamlRoundTrip.suspicious(s)) {
                if (!exact) throw RoundTripNeeded.INSTANCE;
                s = JsonYamlRoundTrip.foldNel(s);
            }
            e.scalar(s, stringStyle(s, false));
        }

        /**
         * A float64 after JSON and back: JSON writes it in {@code 'f'} form below 1e21, and go-yaml
         * reads a whole number that fits int64 or uint64 as an integer; everything else stays a
         * float and prints in {@code %g}.
         */
        private static String number(double d) {
            if (Double.isNaN(d) || Double.isInfinite(d)) throw new GoJsonException(GoJson.unsupportedFloat(d));
            if (d == Math.rint(d) && Math.abs(d) < 1e15) return Long.toString((long) d);
            String json = GoJson.formatFloat(d);
            if (json.indexOf('.') < 0 && json.indexOf('e') < 0) {
                boolean neg = json.charAt(0) == '-';
                String digits = neg ? json.substring(1) : json;
                if (digits.length() < 19 || (digits.length() == 19 && digits.compareTo(neg ? "9223372036854775808" : "9223372036854775807") <= 0)) {
                    return Long.toString(Long.parseLong(json));
                }
                if (!neg && (digits.length() < 20 || (digits.length() == 20 && digits.compareTo(UINT64_MAX) <= 0))) {
                    return json;
                }
            }
            return GoFmt.formatFloat(d, 'g', -1);
        }
    }

    /** Walks the value as go-yaml v3 sees the Go value directly. */
    private static final class V3 {
        private final YamlEmitter e;

        V3(YamlEmitter e) {
            this.e = e;
        }

        void node(Object v, boolean mappingContext, int depth) {
            if (depth > 1000) throw new GoJsonException("yaml: value nested too deeply (a cycle?)");
            if (v == null) {
                e.scalar("null", YamlEmitter.PLAIN);
            } else if (v instanceof String s) {
                e.scalar(s, stringStyle(s, true));
            } else if (v instanceof Boolean b) {
                e.scalar(b ? "true" : "false", YamlEmitter.PLAIN);
            } else if (v instanceof Integer || v instanceof Long) {
                e.scalar(v.toString(), YamlEmitter.PLAIN);
            } else if (v instanceof Double d) {
                e.scalar(float64(d), YamlEmitter.PLAIN);
            } else if (v instanceof Map<?, ?> m) {
                if (m.isEmpty()) {
                    e.emptyMapping();
                    return;
                }
                String[] keys = SortKeys.yamlSorted(m, true);
                int saved = e.beginBlockMapping();
                for (String k : keys) {
                    e.key(k, stringStyle(k, true));
                    node(m.get(k), true, depth + 1);
                }
                e.endBlock(saved);
            } else if (v instanceof List<?> l) {
                if (l.isEmpty()) {
                    e.emptySequence();
                    return;
                }
                int saved = e.beginBlockSequence(mappingContext);
                for (Object item : l) {
                    e.sequenceItem();
                    node(item, false, depth + 1);
                }
                e.endBlock(saved);
            } else if (v instanceof byte[] b) {
                // A []byte is a slice of uint8 to go-yaml v3: a sequence of small integers.
                if (b.length == 0) {
                    e.emptySequence();
                    return;
                }
                int saved = e.beginBlockSequence(mappingContext);
                for (byte x : b) {
                    e.sequenceItem();
                    e.scalar(Integer.toString(x & 0xFF), YamlEmitter.PLAIN);
                }
                e.endBlock(saved);
            } else if (v instanceof GoObject o) {
                Object j = GoJson.objectValue(o);
                if (j == null) e.emptyMapping();
                else node(j, mappingContext, depth + 1);
            } else {
                e.scalar(String.valueOf(v), YamlEmitter.PLAIN);
            }
        }

        private static String float64(double d) {
            if (Double.isNaN(d)) return ".nan";
            if (Double.isInfinite(d)) return d > 0 ? ".inf" : "-.inf";
            return GoFmt.formatFloat(d, 'g', -1);
        }
    }

    /** JSON replaces text that is not valid Unicode (here: a lone surrogate) with U+FFFD. */
    private static String jsonSafe(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            if (Character.isSurrogate(s.charAt(i))) return replaceLoneSurrogates(s);
        }
        return s;
    }

    private static String replaceLoneSurrogates(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                sb.append(c).append(s.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                sb.append('\uFFFD');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
