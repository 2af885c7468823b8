package dev.capstan.gotemplate;

import java.util.Objects;

/**
 * The declared Go type of a function parameter. The interpreter uses it the way
 * {@code text/template} uses reflection: to convert untyped constants (an integer literal passed
 * to an {@code int} parameter), to reject values of the wrong type
 * ({@code wrong type for value; expected string; got float64}) and to decide whether a missing
 * value may stand in as nil ({@code invalid value; expected string}).
 *
 * @param kind   how values are checked and converted
 * @param goName the Go spelling used in error messages, e.g. {@code map[string]interface {}}
 */
public record ParamType(Kind kind, String goName) {

    public enum Kind { ANY, STRING, INT, INT64, UINT32, FLOAT64, BOOL, BYTES, LIST, STRING_LIST, MAP, OBJECT }

    public static final ParamType ANY = new ParamType(Kind.ANY, "interface {}");
    public static final ParamType STRING = new ParamType(Kind.STRING, "string");
    public static final ParamType INT = new ParamType(Kind.INT, "int");
    public static final ParamType INT64 = new ParamType(Kind.INT64, "int64");
    public static final ParamType UINT32 = new ParamType(Kind.UINT32, "uint32");
    public static final ParamType FLOAT64 = new ParamType(Kind.FLOAT64, "float64");
    public static final ParamType BOOL = new ParamType(Kind.BOOL, "bool");
    public static final ParamType BYTES = new ParamType(Kind.BYTES, "[]uint8");
    public static final ParamType LIST = new ParamType(Kind.LIST, "[]interface {}");
    public static final ParamType STRING_LIST = new ParamType(Kind.STRING_LIST, "[]string");
    public static final ParamType MAP = new ParamType(Kind.MAP, "map[string]interface {}");

    public ParamType {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(goName, "goName");
    }

    /** A struct or named type, accepted when the argument is a {@link GoObject} of that Go type. */
    public static ParamType object(String goTypeName) {
        return new ParamType(Kind.OBJECT, goTypeName);
    }

    /** Whether Go lets a nil (missing) value stand in for this type: interfaces, maps, slices, pointers. */
    public boolean nilable() {
        return switch (kind) {
            case ANY, LIST, STRING_LIST, MAP, BYTES -> true;
            case OBJECT -> goName.startsWith("*");
            default -> false;
        };
    }
}
