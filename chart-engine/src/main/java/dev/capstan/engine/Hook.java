package dev.capstan.engine;

import java.util.List;

/**
 * A rendered document carrying the {@code helm.sh/hook} annotation.
 *
 * @param name              {@code metadata.name}
 * @param kind              its kind
 * @param path              the template path it came from
 * @param manifest          the document text, trimmed
 * @param events            the hook events, lowercased ({@code test-success} is stored as {@code test})
 * @param weight            {@code helm.sh/hook-weight}, 0 when absent or not an integer
 * @param deletePolicies    {@code helm.sh/hook-delete-policy} values, lowercased and trimmed
 * @param outputLogPolicies {@code helm.sh/hook-output-log-policy} values, lowercased and trimmed
 */
public record Hook(String name, String kind, String path, String manifest, List<String> events, int weight,
                   List<String> deletePolicies, List<String> outputLogPolicies) {
    public Hook {
        events = List.copyOf(events);
        deletePolicies = List.copyOf(deletePolicies);
        outputLogPolicies = List.copyOf(outputLogPolicies);
    }

    public boolean isTest() {
        return events.contains("test");
    }
}
