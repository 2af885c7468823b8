package dev.capstan.yaml;

/**
 * Text that Go's {@code encoding/json} refuses; the message is Go's, e.g.
 * {@code invalid character 'x' looking for beginning of value} or
 * {@code unexpected end of JSON input}.
 */
public class JsonException extends RuntimeException {
    public JsonException(String message) {
        super(message, null, false, false);
    }
}
