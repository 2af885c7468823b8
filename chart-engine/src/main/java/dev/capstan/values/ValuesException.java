package dev.capstan.values;

/** Values that cannot be read, merged or validated; the message is Helm's text. */
public class ValuesException extends RuntimeException {
    public ValuesException(String message) {
        super(message, null, false, false);
    }
}
