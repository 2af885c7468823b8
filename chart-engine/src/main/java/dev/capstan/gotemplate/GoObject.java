package dev.capstan.gotemplate;

/**
 * A value that a template reaches through fields and methods rather than map keys: Go structs and
 * named types with methods ({@code .Capabilities}, {@code .Files}, a semver version, a
 * {@code time.Time}, a generated certificate). Charts are untrusted, so nothing is reached by
 * reflection: an object exposes exactly what it lists.
 *
 * <p>{@code .Name} on an object resolves as in Go: a method of that name first, then a field.
 * A method is called with the arguments that follow it in the command; a field's value may
 * itself be a function-valued {@link Func} only through {@code call}.
 */
public interface GoObject {
    /** Marks an absent field. */
    Object NO_FIELD = new Object() {
        @Override
        public String toString() {
            return "NO_FIELD";
        }
    };

    /** The Go type as Go prints it in errors and {@code typeOf}, e.g. {@code *common.Capabilities}. */
    String goType();

    /** The value of the exported field, or {@link #NO_FIELD}. */
    default Object field(String name) {
        return NO_FIELD;
    }

    /** The method bound to this receiver, or null. Its {@link Func#params()} exclude the receiver. */
    default Func method(String name) {
        return null;
    }

    /**
     * For a named slice or map type with methods (Helm's {@code VersionSet} is a {@code []string},
     * {@code Files} a {@code map[string][]byte}): the List or Map that {@code range}, {@code index},
     * {@code len} and comparison see. Null for a struct.
     */
    default Object underlying() {
        return null;
    }

    /**
     * What {@code encoding/json} (and so {@code toJson}/{@code toYaml}) encodes for this value, in
     * the value model; null when the Go value has no exported fields to encode, which encodes as
     * {@code {}}. A named slice or map type may leave this null: its {@link #underlying()} is used.
     * A Map returned here is a struct: its entries are the JSON field names in declaration order
     * (use a LinkedHashMap; {@code toJson} keeps that order, as Go does for struct fields), and a
     * nested struct should itself be a GoObject. {@code toYamlPretty} (go-yaml v3) uses this too,
     * although Go would there lower-case the field names instead of using the json tags.
     */
    default Object jsonValue() {
        return null;
    }

    /**
     * How {@code fmt}'s {@code %v} prints this value. Go uses the type's {@code String()} method
     * when it has one; otherwise the implementation spells the struct as Go would ({@code {a b}}).
     */
    String goString();
}
