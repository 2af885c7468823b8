package dev.capstan.values;

/**
 * A {@code --set} style parse error with strvals' message. Helm's parser signals the end of
 * input with {@code io.EOF} (also when wrapped), which ends parsing successfully; that
 * condition is {@link #isEof()}.
 */
public class StrvalsException extends ValuesException {
    static final StrvalsException EOF = new StrvalsException("EOF", true);

    private final boolean eof;

    public StrvalsException(String message) {
        this(message, false);
    }

    private StrvalsException(String message, boolean eof) {
        super(message);
        this.eof = eof;
    }

    static StrvalsException wrapEof(String message) {
        return new StrvalsException(message, true);
    }

    public boolean isEof() {
        return eof;
    }
}
