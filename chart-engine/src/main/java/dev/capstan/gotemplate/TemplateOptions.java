package dev.capstan.gotemplate;

import java.util.Objects;

/**
 * Execution options: Go's {@code missingkey} option plus named limits.
 *
 * @param missingKey       what a missing map key yields: DEFAULT ({@code <no value>}), ZERO (the
 *                         map's zero value, nil for {@code interface{}}; Helm's setting) or ERROR
 * @param maxOutputChars   execution fails once more characters than this would be written
 * @param maxTemplateDepth nesting limit for {@code {{template}}} calls; Go's is 100000
 */
public record TemplateOptions(MissingKey missingKey, long maxOutputChars, int maxTemplateDepth) {

    /** Go's {@code missingkey=default|zero|error}. */
    public enum MissingKey { DEFAULT, ZERO, ERROR }

    /** Go's defaults, with a 64 Mi-character output limit. */
    public static final TemplateOptions DEFAULTS = new TemplateOptions(MissingKey.DEFAULT, 64L * 1024 * 1024, 100_000);

    public TemplateOptions {
        Objects.requireNonNull(missingKey, "missingKey");
        if (maxOutputChars <= 0) throw new IllegalArgumentException("maxOutputChars must be positive");
        if (maxTemplateDepth <= 0) throw new IllegalArgumentException("maxTemplateDepth must be positive");
    }

    public TemplateOptions withMissingKey(MissingKey mk) {
        return new TemplateOptions(mk, maxOutputChars, maxTemplateDepth);
    }

    public TemplateOptions withMaxOutputChars(long max) {
        return new TemplateOptions(missingKey, max, maxTemplateDepth);
    }

    public TemplateOptions withMaxTemplateDepth(int max) {
        return new TemplateOptions(missingKey, maxOutputChars, max);
    }
}
