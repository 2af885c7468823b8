package dev.capstan.yaml;

import dev.capstan.gotemplate.GoStrconv;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * go-yaml v2's implicit typing of scalars (YAML 1.1 as go-yaml reads it, {@code resolve.go}).
 * Results are Go-level values: {@code Long} for Go {@code int}, {@code BigInteger} for a
 * {@code uint64} above int64, {@code Double}, {@code Boolean}, {@code String} or null. The JSON
 * step ({@link JsonStep}) later turns every number into a Double.
 */
final class ScalarResolver {
    static final String PREFIX = "tag:yaml.org,2002:";
    static final String STR = PREFIX + "str";
    static final String BOOL = PREFIX + "bool";
    static final String INT = PREFIX + "int";
    static final String FLOAT = PREFIX + "float";
    static final String NULL = PREFIX + "null";
    static final String TIMESTAMP = PREFIX + "timestamp";
    static final String BINARY = PREFIX + "binary";
    static final String MERGE = PREFIX + "merge";

    /** A resolved scalar: its tag and value. */
    record Resolved(String tag, Object value) {
    }

    private static final Map<String, Resolved> WORDS = new HashMap<>();
    private static final Resolved NULL_VALUE = new Resolved(NULL, null);

    static {
        words(new Resolved(BOOL, true), "y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON");
        words(new Resolved(BOOL, false), "n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF");
        words(NULL_VALUE, "", "~", "null", "Null", "NULL");
        words(new Resolved(FLOAT, Double.NaN), ".nan", ".NaN", ".NAN");
        words(new Resolved(FLOAT, Double.POSITIVE_INFINITY), ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF");
        words(new Resolved(FLOAT, Double.NEGATIVE_INFINITY), "-.inf", "-.Inf", "-.INF");
        words(new Resolved(MERGE, "<<"), "<<");
    }

    private static void words(Resolved r, String... spellings) {
        for (String s : spellings) {
            WORDS.put(s, r);
        }
    }

    // The float syntax go-yaml accepts for values starting with a digit or sign (after removing '_').
    private static final Pattern YAML_FLOAT = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
    // What Go's ParseFloat accepts for text starting with '.': underscores only between digits.
    private static final Pattern DOT_FLOAT = Pattern.compile("\\.[0-9]+(_[0-9]+)*([eE][-+]?[0-9]+(_[0-9]+)*)?");
    private ScalarResolver() {
    }

    static boolean resolvable(String tag) {
        return tag.isEmpty() || tag.equals(STR) || tag.equals(BOOL) || tag.equals(INT) || tag.equals(FLOAT)
                || tag.equals(NULL) || tag.equals(TIMESTAMP);
    }

    /** go-yaml's {@code resolve(tag, in)}, including its check that an explicit tag fits the text. */
    static Resolved resolve(String tag, String in) {
        if (!resolvable(tag)) {
            return new Resolved(tag, in);
        }
        Resolved r = implicit(tag, in);
        if (tag.isEmpty() || tag.equals(r.tag) || tag.equals(STR) || tag.equals(BINARY)) {
            return r;
        }
        if (tag.equals(FLOAT) && r.tag.equals(INT) && r.value instanceof Long l) {
            return new Resolved(FLOAT, l.doubleValue());
        }
        throw new YamlException("yaml: cannot decode " + shortTag(r.tag) + " `" + in + "` as a " + shortTag(tag), 0);
    }

    static String shortTag(String tag) {
        return tag.startsWith(PREFIX) ? "!!" + tag.substring(PREFIX.length()) : tag;
    }

    private static Resolved implicit(String tag, String in) {
        char hint = in.isEmpty() ? 'N' : hint(in.charAt(0));
        if (hint == 0 || tag.equals(STR) || tag.equals(BINARY)) {
            return new Resolved(STR, in);
        }
        Resolved word = WORDS.get(in);
        if (word != null) {
            return word;
        }
        if (hint == '.') {
            if (DOT_FLOAT.matcher(in).matches()) {
                double d = Double.parseDouble(in.replace("_", ""));
                if (!Double.isInfinite(d)) {
                    return new Resolved(FLOAT, d);
                }
            }
        } else if (hint == 'D' || hint == 'S') {
            // A timestamp resolves to !!timestamp; into interface{} go-yaml then keeps its text.
            if ((tag.isEmpty() || tag.equals(TIMESTAMP)) && YamlResolve.isTimestamp(in)) {
                return new Resolved(TIMESTAMP, in);
            }
            String plain = in.indexOf('_') >= 0 ? in.replace("_", "") : in;
            Object n = parseGoInt(plain);
            if (n != null) {
                return new Resolved(INT, n);
            }
            if (YAML_FLOAT.matcher(plain).matches()) {
                double d = Double.parseDouble(plain);
                if (!Double.isInfinite(d)) {
                    return new Resolved(FLOAT, d);
                }
            }
        }
        return new Resolved(STR, in);
    }

    private static char hint(char c) {
        switch (c) {
            case '+': case '-':
                return 'S';
            case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': case '8': case '9':
                return 'D';
            case 'y': case 'Y': case 'n': case 'N': case 't': case 'T': case 'f': case 'F': case 'o': case 'O': case '~':
                return 'M';
            case '.':
                return '.';
            default:
                return 0;
        }
    }

    /**
     * Go's {@code strconv.ParseInt(s, 0, 64)}, falling back to {@code ParseUint(s, 0, 64)}: a Long,
     * a BigInteger for uint64 values above int64, or null when neither accepts the text.
     */
    static Object parseGoInt(String s) {
        Long l = GoStrconv.parseInt(s, 0);
        return l != null ? l : GoStrconv.parseUint(s, 0);
    }
}
