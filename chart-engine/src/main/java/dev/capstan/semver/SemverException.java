package dev.capstan.semver;

/** A version or constraint that does not parse; the message is Masterminds/semver's. */
public class SemverException extends RuntimeException {
    public SemverException(String message) {
        super(message, null, false, false);
    }
}
