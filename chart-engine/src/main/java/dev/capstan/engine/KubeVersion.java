package dev.capstan.engine;

import dev.capstan.gotemplate.Func;
import dev.capstan.gotemplate.GoObject;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code .Capabilities.KubeVersion}: fields {@code Version}, {@code Major}, {@code Minor}, methods
 * {@code String} (the normalized {@code vX.Y.Z}, which is also how it prints) and
 * {@code GitVersion} (the full version).
 */
public final class KubeVersion implements GoObject {
    /** k8s.io/apimachinery's ParseGeneric: leading blanks, an optional v, 2+ numeric components, then anything. */
    private static final Pattern GENERIC = Pattern.compile("^[\\t\\n\\f\\r ]*v?([0-9]+(?:\\.[0-9]+)*)(.*)$", Pattern.DOTALL);

    private final String version;
    private final String normalized;
    private final String major;
    private final String minor;

    public KubeVersion(String version, String normalized, String major, String minor) {
        this.version = version;
        this.normalized = normalized;
        this.major = major;
        this.minor = minor;
    }

    /** The default for rendering without a cluster: {@code vMAJOR.MINOR.0}. */
    public static KubeVersion of(int major, int minor) {
        String v = "v" + major + "." + minor + ".0";
        return new KubeVersion(v, v, Integer.toString(major), Integer.toString(minor));
    }

    /**
     * Parses {@code --kube-version} as Helm's {@code ParseKubeVersion}: the input keeps its suffix
     * (with a {@code v} added) as {@code Version}; the normalized form drops it.
     *
     * @throws IllegalArgumentException with apimachinery's message, e.g.
     *                                  {@code could not parse "abc" as version}
     */
    public static KubeVersion parse(String input) {
        Matcher m = GENERIC.matcher(input);
        if (!m.matches()) throw new IllegalArgumentException("could not parse \"" + input + "\" as version");
        String[] parts = m.group(1).split("\\.");
        if (parts.length < 2) throw new IllegalArgumentException("illegal version string \"" + input + "\"");
        long[] comps = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            if (i == 0 && parts[i].length() > 1 && parts[i].startsWith("0")) {
                throw new IllegalArgumentException("illegal zero-prefixed version component \"" + parts[i] + "\" in \"" + input + "\"");
            }
            try {
                comps[i] = Long.parseUnsignedLong(parts[i]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("illegal version component \"" + parts[i] + "\" in \"" + input + "\"");
            }
        }
        StringBuilder norm = new StringBuilder("v");
        for (int i = 0; i < comps.length; i++) {
            if (i > 0) norm.append('.');
            norm.append(Long.toUnsignedString(comps[i]));
        }
        String git = input.startsWith("v") ? input : "v" + input;
        return new KubeVersion(git, norm.toString(), Long.toUnsignedString(comps[0]), Long.toUnsignedString(comps[1]));
    }

    public String version() {
        return version;
    }

    /** The normalized version used for constraint checks. */
    public String normalized() {
        return normalized.isEmpty() ? version : normalized;
    }

    public String major() {
        return major;
    }

    public String minor() {
        return minor;
    }

    @Override
    public String goType() {
        return "common.KubeVersion";
    }

    @Override
    public Object field(String name) {
        return switch (name) {
            case "Version" -> version;
            case "Major" -> major;
            case "Minor" -> minor;
            default -> NO_FIELD;
        };
    }

    @Override
    public Func method(String name) {
        return switch (name) {
            case "String" -> Func.of("String", a -> normalized());
            case "GitVersion" -> Func.of("GitVersion", a -> version);
            default -> null;
        };
    }

    @Override
    public String goString() {
        return normalized();
    }

    /** encoding/json of Helm's KubeVersion struct: its fields in declaration order. */
    @Override
    public Object jsonValue() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("Version", version);
        m.put("Major", major);
        m.put("Minor", minor);
        return m;
    }

    /** How the struct prints inside another struct, where Go does not use its pointer String method. */
    String structString() {
        return "{" + version + " " + normalized + " " + major + " " + minor + "}";
    }
}
