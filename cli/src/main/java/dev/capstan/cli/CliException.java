package dev.capstan.cli;

/** A failure the CLI reports as {@code Error: MESSAGE} with exit code 1, without a stack trace. */
public class CliException extends RuntimeException {
    public CliException(String message) {
        super(message, null, false, false);
    }
}
