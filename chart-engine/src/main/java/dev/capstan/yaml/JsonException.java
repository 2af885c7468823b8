package dev.capstan.yaml;

/**
 * Text that Go's {@code encoding/json} refuses; the message is Go's, e.g.
 * {@code invalid character 'x' looking for beginning of value} or
 * {@code unexpected end of JSON input}.
 */
public class JsonException extends RuntimeException {
    private final transient Object partial;

    public JsonException(String message) {
        this(message, null);
    }

    /** An error Go reports after decoding the rest of the value (a number beyond float64). */
    public JsonException(String message, Object partial) {
        super(message, null, false, false);
        this.partial = partial;
    }

    /** What Go had decoded into the target when it returned the error (the bad numbers as nil), or null. */
    public Object partial() {
        return partial;
    }
}
