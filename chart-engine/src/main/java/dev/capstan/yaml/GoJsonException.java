package dev.capstan.yaml;

/** A value {@code encoding/json} refuses to encode; the message is Go's, e.g. {@code json: unsupported value: NaN}. */
public class GoJsonException extends RuntimeException {
    public GoJsonException(String message) {
        super(message, null, false, false);
    }
}
