package dev.capstan.conformance;

import org.junit.jupiter.api.function.Executable;

/**
 * Runs a case that is known to diverge from Helm without breaking the build: it prints whether
 * the case still fails (with its recorded root cause) or now passes (so it can be promoted).
 * With {@code -Dcapstan.conformance.strict=true} the case is asserted like any other.
 */
final class KnownFailures {
    static final String STRICT = "capstan.conformance.strict";

    private KnownFailures() {
    }

    static boolean strict() {
        return Boolean.getBoolean(STRICT);
    }

    static void check(String name, Object rootCause, Executable body) throws Throwable {
        if (strict()) {
            body.execute();
            return;
        }
        try {
            body.execute();
            System.out.println("[known-failure NOW PASSING] " + name + " - promote it to the passing cases");
        } catch (Throwable t) {
            String first = String.valueOf(t.getMessage()).lines().findFirst().orElse("");
            System.out.println("[known-failure still failing] " + name + ": " + first
                    + (rootCause == null ? "" : "\n    root cause: " + rootCause));
        }
    }
}
