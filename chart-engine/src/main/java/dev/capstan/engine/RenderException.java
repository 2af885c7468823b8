package dev.capstan.engine;

/** A chart that cannot be rendered; the message is Helm's, ready to print after {@code Error: }. */
public class RenderException extends RuntimeException {
    public RenderException(String message) {
        super(message, null, false, false);
    }
}
