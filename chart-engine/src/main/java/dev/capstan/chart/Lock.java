package dev.capstan.chart;

import java.util.List;

/**
 * Chart.lock (v2) or requirements.lock (v1).
 *
 * @param generated the {@code generated} timestamp as written in the file (RFC 3339), or empty
 */
public record Lock(String generated, String digest, List<Dependency> dependencies) {
    public Lock {
        generated = generated == null ? "" : generated;
        digest = digest == null ? "" : digest;
        dependencies = dependencies == null ? List.of() : List.copyOf(dependencies);
    }
}
