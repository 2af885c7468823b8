package dev.capstan.semver;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A constraint expression as Masterminds/semver v3.4.0 parses it: alternatives separated by
 * {@code ||}, each a list of comparisons separated by spaces or commas; operators
 * {@code = != > < >= => <= =< ~ ~> ^}; wildcards {@code x X *}; hyphen ranges {@code 1.2 - 1.4}.
 * A prerelease version only satisfies an alternative that itself names a prerelease (unless
 * {@link #withIncludePrerelease} is set). Immutable.
 */
public final class Constraints {
    // Go's \s is [\t\n\f\r ]; Java's also has \x0B, so spell it out.
    private static final String S = "[\\t\\n\\f\\r ]";
    private static final String CV = "v?([0-9|x|X|\\*]+)(\\.[0-9|x|X|\\*]+)?(\\.[0-9|x|X|\\*]+)?"
            + "(-([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*))?"
            + "(\\+([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*))?";
    private static final String OPS = "=||!=|>|<|>=|=>|<=|=<|~|~>|\\^";
    private static final Pattern CONSTRAINT = Pattern.compile("^" + S + "*(" + OPS + ")" + S + "*(" + CV + ")" + S + "*\\z");
    private static final Pattern RANGE = Pattern.compile(S + "*(" + CV + ")" + S + "+-" + S + "+(" + CV + ")" + S + "*");
    private static final Pattern FIND = Pattern.compile("(" + OPS + ")" + S + "*(" + CV + ")");
    private static final Pattern VALID = Pattern.compile("^(" + S + "*(" + OPS + ")" + S + "*(" + CV + ")" + S + "*)((?:"
            + S + "+|," + S + "*)(" + OPS + ")" + S + "*(" + CV + ")" + S + "*)*\\z");

    private final List<List<Constraint>> alternatives;
    private final boolean[] containsPre;
    private final boolean includePrerelease;

    private Constraints(List<List<Constraint>> alternatives, boolean[] containsPre, boolean includePrerelease) {
        this.alternatives = alternatives;
        this.containsPre = containsPre;
        this.includePrerelease = includePrerelease;
    }

    /**
     * Go's {@code NewConstraint}.
     *
     * @throws SemverException {@code improper constraint: TEXT} or {@code constraint parser error}
     */
    public static Constraints parse(String c) {
        c = rewriteRange(c);
        String[] ors = c.split("\\|\\|", -1);
        List<List<Constraint>> or = new ArrayList<>();
        boolean[] hasPre = new boolean[ors.length];
        for (int k = 0; k < ors.length; k++) {
            String v = ors[k];
            if (!VALID.matcher(v).find()) throw new SemverException("improper constraint: " + v);
            List<String> cs = new ArrayList<>();
            Matcher m = FIND.matcher(v);
            while (m.find()) cs.add(m.group());
            if (cs.isEmpty()) cs.add(v);
            List<Constraint> result = new ArrayList<>();
            for (String s : cs) {
                Constraint pc = Constraint.parse(s);
                if (!pc.con().prerelease().isEmpty()) hasPre[k] = true;
                result.add(pc);
            }
            or.add(List.copyOf(result));
        }
        return new Constraints(List.copyOf(or), hasPre, false);
    }

    /** A copy that lets prerelease versions satisfy every alternative (Go's IncludePrerelease). */
    public Constraints withIncludePrerelease(boolean include) {
        return new Constraints(alternatives, containsPre, include);
    }

    /** Whether the version satisfies at least one alternative. */
    public boolean check(Version v) {
        for (int i = 0; i < alternatives.size(); i++) {
            boolean joy = true;
            for (Constraint c : alternatives.get(i)) {
                if (c.check(v, includePrerelease || containsPre[i]) != null) {
                    joy = false;
                    break;
                }
            }
            if (joy) return true;
        }
        return false;
    }

    /** Go's Validate: an empty list when satisfied, else every reason (in Go's order). */
    public List<String> validate(Version v) {
        List<String> errors = new ArrayList<>();
        boolean prerelease = false;
        for (int i = 0; i < alternatives.size(); i++) {
            boolean joy = true;
            boolean inc = includePrerelease || containsPre[i];
            for (Constraint c : alternatives.get(i)) {
                if (!inc && !v.prerelease().isEmpty()) {
                    if (!prerelease) {
                        errors.add(v + " is a prerelease version and the constraint is only looking for release versions");
                        prerelease = true;
                    }
                    joy = false;
                } else {
                    String err = c.check(v, inc);
                    if (err != null) {
                        errors.add(err);
                        joy = false;
                    }
                }
            }
            if (joy) return List.of();
        }
        return errors;
    }

    /** Go's String(): each comparison as written, spaces within an alternative, " || " between. */
    @Override
    public String toString() {
        List<String> buf = new ArrayList<>();
        for (List<Constraint> alt : alternatives) {
            List<String> parts = new ArrayList<>();
            for (Constraint c : alt) parts.add(c.op() + c.orig());
            buf.add(String.join(" ", parts));
        }
        return String.join(" || ", buf);
    }

    /** Turns each "A - B" into ">= A, <= B ". */
    static String rewriteRange(String i) {
        Matcher m = RANGE.matcher(i);
        String o = i;
        while (m.find()) {
            String t = ">= " + m.group(1) + ", <= " + m.group(11) + " ";
            int at = o.indexOf(m.group());
            if (at >= 0) o = o.substring(0, at) + t + o.substring(at + m.group().length());
        }
        return o;
    }

    static boolean isX(String x) {
        return x.equals("x") || x.equals("*") || x.equals("X");
    }

    /** One comparison: operator, the version as written and the version it stands for. */
    record Constraint(Version con, String orig, String op, boolean minorDirty, boolean dirty, boolean patchDirty) {

        static Constraint parse(String c) {
            if (c.isEmpty()) {
                return new Constraint(Version.parseStrict("0.0.0"), c, "", false, true, false);
            }
            Matcher m = CONSTRAINT.matcher(c);
            if (!m.find()) throw new SemverException("improper constraint: " + c);
            String g3 = nz(m.group(3));
            String g4 = nz(m.group(4));
            String g5 = nz(m.group(5));
            String g6 = nz(m.group(6));
            String ver = m.group(2);
            boolean minorDirty = false;
            boolean patchDirty = false;
            boolean dirty = false;
            if (isX(g3) || g3.isEmpty()) {
                ver = "0.0.0" + g6;
                dirty = true;
            } else if (isX(trimDot(g4)) || g4.isEmpty()) {
                minorDirty = true;
                dirty = true;
                ver = g3 + ".0.0" + g6;
            } else if (isX(trimDot(g5)) || g5.isEmpty()) {
                dirty = true;
                patchDirty = true;
                ver = g3 + g4 + ".0" + g6;
            }
            Version con;
            try {
                con = Version.parse(ver);
            } catch (SemverException e) {
                throw new SemverException("constraint parser error");
            }
            return new Constraint(con, m.group(2), m.group(1), minorDirty, dirty, patchDirty);
        }

        private static String nz(String s) {
            return s == null ? "" : s;
        }

        private static String trimDot(String s) {
            return s.startsWith(".") ? s.substring(1) : s;
        }

        /** Null when satisfied, else Go's error message. */
        String check(Version v, boolean includePre) {
            if (!v.prerelease().isEmpty() && !includePre) {
                return v + " is a prerelease version and the constraint is only looking for release versions";
            }
            return switch (op) {
                case "", "=" -> tildeOrEqual(v);
                case "!=" -> notEqual(v);
                case ">" -> greaterThan(v);
                case "<" -> v.compareTo(con) < 0 ? null : v + " is greater than or equal to " + orig;
                case ">=", "=>" -> v.compareTo(con) >= 0 ? null : v + " is less than " + orig;
                case "<=", "=<" -> lessThanEqual(v);
                case "~", "~>" -> tilde(v);
                case "^" -> caret(v);
                default -> throw new IllegalStateException(op);
            };
        }

        private String notEqual(Version v) {
            String eqMsg = v + " is equal to " + orig;
            if (dirty) {
                if (con.major() != v.major()) return null;
                if (con.minor() != v.minor() && !minorDirty) return null;
                if (minorDirty) return eqMsg;
                if (con.patch() != v.patch() && !patchDirty) return null;
                if (patchDirty) {
                    if (!v.prerelease().isEmpty() || !con.prerelease().isEmpty()) {
                        return Version.comparePrerelease(v.prerelease(), con.prerelease()) != 0 ? null : eqMsg;
                    }
                    return eqMsg;
                }
            }
            return v.equalTo(con) ? eqMsg : null;
        }

        private String greaterThan(Version v) {
            String msg = v + " is less than or equal to " + orig;
            if (!dirty) return v.compareTo(con) == 1 ? null : msg;
            int maj = Long.compareUnsigned(v.major(), con.major());
            if (maj > 0) return null;
            if (maj < 0) return msg;
            if (minorDirty) return msg;
            if (patchDirty) return Long.compareUnsigned(v.minor(), con.minor()) > 0 ? null : msg;
            return v.compareTo(con) == 1 ? null : msg;
        }

        private String lessThanEqual(Version v) {
            String msg = v + " is greater than " + orig;
            if (!dirty) return v.compareTo(con) <= 0 ? null : msg;
            if (Long.compareUnsigned(v.major(), con.major()) > 0) return msg;
            if (v.major() == con.major() && Long.compareUnsigned(v.minor(), con.minor()) > 0 && !minorDirty) return msg;
            return null;
        }

        private String tilde(Version v) {
            if (v.lessThan(con)) return v + " is less than " + orig;
            if (con.major() == 0 && con.minor() == 0 && con.patch() == 0 && !minorDirty && !patchDirty) return null;
            if (v.major() != con.major()) return v + " does not have same major version as " + orig;
            if (v.minor() != con.minor() && !minorDirty) return v + " does not have same major and minor version as " + orig;
            return null;
        }

        private String tildeOrEqual(Version v) {
            if (dirty) return tilde(v);
            return v.equalTo(con) ? null : v + " is not equal to " + orig;
        }

        private String caret(Version v) {
            if (v.lessThan(con)) return v + " is less than " + orig;
            if (con.major() != 0 || minorDirty) {
                return v.major() == con.major() ? null : v + " does not have same major version as " + orig;
            }
            if (v.major() != 0) return v + " does not have same major version as " + orig;
            if (con.minor() != 0 || patchDirty) {
                return v.minor() == con.minor() ? null : v + " does not have same minor version as " + orig
                        + ". Expected minor versions to match when constraint major version is 0";
            }
            if (v.minor() != 0) return v + " does not have same minor version as " + orig;
            return con.patch() == v.patch() ? null : v + " does not equal " + orig
                    + ". Expect version and constraint to equal when major and minor versions are 0";
        }
    }
}
