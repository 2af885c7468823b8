package dev.capstan.sprig;

import dev.capstan.gotemplate.Func;
import dev.capstan.gotemplate.FuncMap;
import dev.capstan.gotemplate.FunctionException;
import dev.capstan.gotemplate.GoObject;
import dev.capstan.gotemplate.ParamType;
import dev.capstan.semver.Constraints;
import dev.capstan.semver.SemverException;
import dev.capstan.semver.Version;

import static dev.capstan.gotemplate.ParamType.STRING;

/** Sprig's semver.go: {@code semver} and {@code semverCompare} over {@link dev.capstan.semver}. */
public final class SemverFuncs {
    static final String PTR_TYPE = "*semver.Version";
    static final String VALUE_TYPE = "semver.Version";
    private static final ParamType VERSION_PTR = ParamType.object(PTR_TYPE);

    private SemverFuncs() {
    }

    public static void register(FuncMap m) {
        m.put(Func.of("semver", a -> new SemverObject(parse((String) a[0]), true), STRING));
        m.put(Func.of("semverCompare", a -> {
            Constraints c;
            try {
                c = Constraints.parse((String) a[0]);
            } catch (SemverException e) {
                throw new FunctionException(e.getMessage());
            }
            return c.check(parse((String) a[1]));
        }, STRING, STRING));
    }

    private static Version parse(String s) {
        try {
            return Version.parse(s);
        } catch (SemverException e) {
            throw new FunctionException(e.getMessage());
        }
    }

    /**
     * A {@code *semver.Version} (from {@code semver}) or a {@code semver.Version} value (from
     * IncMajor and friends, which return values). A value exposes only the value-receiver methods,
     * as Go's method sets do for a non-addressable value.
     */
    public record SemverObject(Version version, boolean pointer) implements GoObject {

        @Override
        public String goType() {
            return pointer ? PTR_TYPE : VALUE_TYPE;
        }

        @Override
        public Func method(String name) {
            Func f = valueMethod(name);
            if (f != null || !pointer) return f;
            return switch (name) {
                case "Original" -> Func.of(name, a -> version.original());
                case "Compare" -> Func.of(name, a -> version.compareTo(other(a)), VERSION_PTR);
                case "LessThan" -> Func.of(name, a -> version.compareTo(other(a)) < 0, VERSION_PTR);
                case "LessThanEqual" -> Func.of(name, a -> version.compareTo(other(a)) <= 0, VERSION_PTR);
                case "GreaterThan" -> Func.of(name, a -> version.compareTo(other(a)) > 0, VERSION_PTR);
                case "GreaterThanEqual" -> Func.of(name, a -> version.compareTo(other(a)) >= 0, VERSION_PTR);
                case "Equal" -> Func.of(name, a -> a[0] != null && version.compareTo(other(a)) == 0, VERSION_PTR);
                default -> null;
            };
        }

        private Func valueMethod(String name) {
            return switch (name) {
                case "Major" -> Func.of(name, a -> version.major());
                case "Minor" -> Func.of(name, a -> version.minor());
                case "Patch" -> Func.of(name, a -> version.patch());
                case "Prerelease" -> Func.of(name, a -> version.prerelease());
                case "Metadata" -> Func.of(name, a -> version.metadata());
                case "String" -> Func.of(name, a -> version.toString());
                case "IncPatch" -> Func.of(name, a -> new SemverObject(version.incPatch(), false));
                case "IncMinor" -> Func.of(name, a -> new SemverObject(version.incMinor(), false));
                case "IncMajor" -> Func.of(name, a -> new SemverObject(version.incMajor(), false));
                case "SetPrerelease" -> Func.of(name, a -> {
                    try {
                        return new SemverObject(version.withPrerelease((String) a[0]), false);
                    } catch (SemverException e) {
                        throw new FunctionException(e.getMessage());
                    }
                }, STRING);
                case "SetMetadata" -> Func.of(name, a -> {
                    try {
                        return new SemverObject(version.withMetadata((String) a[0]), false);
                    } catch (SemverException e) {
                        throw new FunctionException(e.getMessage());
                    }
                }, STRING);
                default -> null;
            };
        }

        private static Version other(Object[] a) {
            if (a[0] == null) throw new FunctionException("runtime error: invalid memory address or nil pointer dereference");
            return ((SemverObject) a[0]).version;
        }

        @Override
        public String goString() {
            return version.toString();
        }

        /** Version.MarshalJSON: the canonical string. */
        @Override
        public Object jsonValue() {
            return version.toString();
        }
    }
}
