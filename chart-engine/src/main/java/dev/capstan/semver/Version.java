package dev.capstan.semver;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A semantic version as Masterminds/semver v3.4.0 models it: three unsigned 64-bit numbers, a
 * prerelease, metadata, and the original text. Numbers are held in {@code long} and treated as
 * unsigned. Immutable.
 */
public final class Version implements Comparable<Version> {
    static final String ERR_INVALID = "invalid semantic version";
    static final String ERR_EMPTY = "version string empty";
    static final String ERR_CHARS = "invalid characters in version";
    static final String ERR_ZERO = "version segment starts with 0";
    static final String ERR_METADATA = "invalid metadata string";
    static final String ERR_PRERELEASE = "invalid prerelease string";

    private static final String NUM = "0123456789";
    private static final String ALLOWED = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-" + NUM;

    /** The coercing grammar NewVersion uses: "v" prefix, missing minor/patch, leading zeros allowed. */
    private static final Pattern LOOSE = Pattern.compile("^v?([0-9]+)(\\.[0-9]+)?(\\.[0-9]+)?"
            + "(-([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*))?"
            + "(\\+([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*))?\\z");

    private final long major;
    private final long minor;
    private final long patch;
    private final String pre;
    private final String metadata;
    private final String original;

    private Version(long major, long minor, long patch, String pre, String metadata, String original) {
        this.major = major;
        this.minor = minor;
        this.patch = patch;
        this.pre = Objects.requireNonNull(pre);
        this.metadata = Objects.requireNonNull(metadata);
        this.original = original;
    }

    /** Go's {@code semver.New}: the original text is the canonical string. */
    public static Version of(long major, long minor, long patch, String pre, String metadata) {
        Version v = new Version(major, minor, patch, pre, metadata, "");
        return v.withOriginal(v.toString());
    }

    /**
     * Go's {@code NewVersion} (with CoerceNewVersion on, the default): accepts "v1", "1.2",
     * "01.02.03" and fills the missing parts with zero.
     *
     * @throws SemverException with Go's message when the text is not a version
     */
    public static Version parse(String v) {
        Matcher m = LOOSE.matcher(v);
        if (!m.find()) throw new SemverException(ERR_INVALID);
        String pre = nz(m.group(5));
        String meta = nz(m.group(8));
        long major = parseSegment(m.group(1));
        long minor = m.group(2) == null ? 0 : parseSegment(m.group(2).substring(1));
        long patch = m.group(3) == null ? 0 : parseSegment(m.group(3).substring(1));
        if (!pre.isEmpty()) validatePrerelease(pre);
        if (!meta.isEmpty()) validateMetadata(meta);
        return new Version(major, minor, patch, pre, meta, v);
    }

    /** Like {@link #parse} but returns null instead of throwing. */
    public static Version tryParse(String v) {
        try {
            return parse(v);
        } catch (SemverException e) {
            return null;
        }
    }

    /** Go's {@code StrictNewVersion}: exactly MAJOR.MINOR.PATCH with optional prerelease and metadata. */
    public static Version parseStrict(String v) {
        if (v.isEmpty()) throw new SemverException(ERR_EMPTY);
        String[] parts = splitN(v, '.', 3);
        if (parts.length != 3) throw new SemverException(ERR_INVALID);
        String meta = "";
        String pre = "";
        int plus = parts[2].indexOf('+');
        if (plus >= 0) {
            meta = parts[2].substring(plus + 1);
            parts[2] = parts[2].substring(0, plus);
            validateMetadata(meta);
        }
        int dash = parts[2].indexOf('-');
        if (dash >= 0) {
            pre = parts[2].substring(dash + 1);
            parts[2] = parts[2].substring(0, dash);
            validatePrerelease(pre);
        }
        for (String p : parts) {
            if (!containsOnly(p, NUM)) throw new SemverException(ERR_CHARS);
            if (p.length() > 1 && p.charAt(0) == '0') throw new SemverException(ERR_ZERO);
        }
        return new Version(strictUint(parts[0]), strictUint(parts[1]), strictUint(parts[2]), pre, meta, v);
    }

    private static long strictUint(String s) {
        try {
            return Long.parseUnsignedLong(s);
        } catch (NumberFormatException e) {
            if (s.isEmpty()) throw new SemverException("strconv.ParseUint: parsing \"\": invalid syntax");
            throw new SemverException("strconv.ParseUint: parsing \"" + s + "\": value out of range");
        }
    }

    private static long parseSegment(String s) {
        try {
            return Long.parseUnsignedLong(s);
        } catch (NumberFormatException e) {
            throw new SemverException("error parsing version segment: strconv.ParseUint: parsing \"" + s
                    + "\": value out of range");
        }
    }

    private static String[] splitN(String s, char sep, int n) {
        java.util.List<String> out = new java.util.ArrayList<>();
        int from = 0;
        while (out.size() < n - 1) {
            int at = s.indexOf(sep, from);
            if (at < 0) break;
            out.add(s.substring(from, at));
            from = at + 1;
        }
        out.add(s.substring(from));
        return out.toArray(new String[0]);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    static boolean containsOnly(String s, String allowed) {
        for (int i = 0; i < s.length(); i++) if (allowed.indexOf(s.charAt(i)) < 0) return false;
        return true;
    }

    static void validatePrerelease(String p) {
        for (String part : p.split("\\.", -1)) {
            if (part.isEmpty()) throw new SemverException(ERR_PRERELEASE);
            if (containsOnly(part, NUM)) {
                if (part.length() > 1 && part.charAt(0) == '0') throw new SemverException(ERR_ZERO);
            } else if (!containsOnly(part, ALLOWED)) {
                throw new SemverException(ERR_PRERELEASE);
            }
        }
    }

    static void validateMetadata(String m) {
        for (String part : m.split("\\.", -1)) {
            if (part.isEmpty() || !containsOnly(part, ALLOWED)) throw new SemverException(ERR_METADATA);
        }
    }

    public long major() {
        return major;
    }

    public long minor() {
        return minor;
    }

    public long patch() {
        return patch;
    }

    public String prerelease() {
        return pre;
    }

    public String metadata() {
        return metadata;
    }

    /** The text this version was parsed from (or built as). */
    public String original() {
        return original;
    }

    private Version withOriginal(String o) {
        return new Version(major, minor, patch, pre, metadata, o);
    }

    private String vPrefix() {
        return original != null && original.startsWith("v") ? "v" : "";
    }

    /** Go's IncPatch: a prerelease just loses its prerelease; otherwise the patch goes up. */
    public Version incPatch() {
        Version n = pre.isEmpty() ? new Version(major, minor, patch + 1, "", "", "") : new Version(major, minor, patch, "", "", "");
        return n.withOriginal(vPrefix() + n);
    }

    public Version incMinor() {
        Version n = new Version(major, minor + 1, 0, "", "", "");
        return n.withOriginal(vPrefix() + n);
    }

    public Version incMajor() {
        Version n = new Version(major + 1, 0, 0, "", "", "");
        return n.withOriginal(vPrefix() + n);
    }

    /** Go's SetPrerelease; an empty string removes it. */
    public Version withPrerelease(String prerelease) {
        if (!prerelease.isEmpty()) validatePrerelease(prerelease);
        Version n = new Version(major, minor, patch, prerelease, metadata, "");
        return n.withOriginal(vPrefix() + n);
    }

    /** Go's SetMetadata; an empty string removes it. */
    public Version withMetadata(String meta) {
        if (!meta.isEmpty()) validateMetadata(meta);
        Version n = new Version(major, minor, patch, pre, meta, "");
        return n.withOriginal(vPrefix() + n);
    }

    /** Precedence order; metadata is ignored. Returns -1, 0 or 1. */
    @Override
    public int compareTo(Version o) {
        int d = Long.compareUnsigned(major, o.major);
        if (d == 0) d = Long.compareUnsigned(minor, o.minor);
        if (d == 0) d = Long.compareUnsigned(patch, o.patch);
        if (d != 0) return d < 0 ? -1 : 1;
        if (pre.isEmpty() && o.pre.isEmpty()) return 0;
        if (pre.isEmpty()) return 1;
        if (o.pre.isEmpty()) return -1;
        return comparePrerelease(pre, o.pre);
    }

    public boolean lessThan(Version o) {
        return compareTo(o) < 0;
    }

    public boolean greaterThan(Version o) {
        return compareTo(o) > 0;
    }

    /** Same precedence (metadata ignored), as Go's Equal. */
    public boolean equalTo(Version o) {
        return o != null && compareTo(o) == 0;
    }

    static int comparePrerelease(String v, String o) {
        String[] s = v.split("\\.", -1);
        String[] t = o.split("\\.", -1);
        int l = Math.max(s.length, t.length);
        for (int i = 0; i < l; i++) {
            int d = comparePrePart(i < s.length ? s[i] : "", i < t.length ? t[i] : "");
            if (d != 0) return d;
        }
        return 0;
    }

    private static int comparePrePart(String s, String o) {
        if (s.equals(o)) return 0;
        if (s.isEmpty()) return -1;
        if (o.isEmpty()) return 1;
        Long oi = uint(o);
        Long si = uint(s);
        if (oi == null && si == null) return s.compareTo(o) > 0 ? 1 : -1;
        if (oi == null) return -1;
        if (si == null) return 1;
        return Long.compareUnsigned(si, oi) > 0 ? 1 : -1;
    }

    private static Long uint(String s) {
        if (s.isEmpty() || !containsOnly(s, NUM)) return null;
        try {
            return Long.parseUnsignedLong(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The canonical form MAJOR.MINOR.PATCH[-PRE][+META] (no "v"). */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(Long.toUnsignedString(major)).append('.').append(Long.toUnsignedString(minor)).append('.')
                .append(Long.toUnsignedString(patch));
        if (!pre.isEmpty()) sb.append('-').append(pre);
        if (!metadata.isEmpty()) sb.append('+').append(metadata);
        return sb.toString();
    }

    /** Value equality of all parts including the original text. Use {@link #equalTo} for precedence. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Version v && major == v.major && minor == v.minor && patch == v.patch
                && pre.equals(v.pre) && metadata.equals(v.metadata) && Objects.equals(original, v.original);
    }

    @Override
    public int hashCode() {
        return Objects.hash(major, minor, patch, pre, metadata, original);
    }
}
