package dev.capstan.chart;

import dev.capstan.semver.Constraints;
import dev.capstan.semver.SemverException;
import dev.capstan.semver.Version;

/** Semver checks the chart model needs (Masterminds/semver v3 semantics). */
public final class VersionRanges {
    private VersionRanges() {
    }

    /**
     * Helm's {@code IsCompatibleRange}: whether {@code version} satisfies {@code constraint}; an
     * unparsable version or constraint (including the empty constraint) is simply false.
     */
    public static boolean isCompatibleRange(String constraint, String version) {
        Version v;
        try {
            v = Version.parse(version);
        } catch (SemverException e) {
            return false;
        }
        try {
            return Constraints.parse(constraint).check(v);
        } catch (SemverException e) {
            return false;
        }
    }

    /** Masterminds {@code NewVersion} accepts the text (Chart.yaml {@code version} validation). */
    public static boolean isValidVersion(String version) {
        try {
            Version.parse(version);
            return true;
        } catch (SemverException e) {
            return false;
        }
    }
}
