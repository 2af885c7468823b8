package dev.capstan.gotemplate;

/**
 * The error a Go template function returns as its second result. The interpreter reports it as
 * {@code error calling NAME: MESSAGE} at the position of the call.
 */
public class FunctionException extends RuntimeException {
    public FunctionException(String message) {
        super(message, null, false, false);
    }

    public FunctionException(String message, Throwable cause) {
        super(message, cause, false, false);
    }
}
