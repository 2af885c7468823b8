package dev.capstan.yaml;

import java.util.List;

/**
 * Reads YAML the way Helm does ({@code sigs.k8s.io/yaml.Unmarshal}: YAML 1.1 through go-yaml v2,
 * then JSON, so every number becomes a float64 {@code Double}, keys become strings and
 * {@code yes/on/y} keys become {@code "true"}). OWNER: the yaml-read work; the signatures are the
 * contract the chart loader and the engine call.
 */
public final class HelmYaml {
    private HelmYaml() {
    }

    /** The first document of {@code text} in the value model; null for an empty document. */
    public static Object parse(String text) {
        throw new UnsupportedOperationException("HelmYaml arrives with the yaml-read work");
    }

    /** Every document of {@code text} in order (Helm v4 merges them for values files). */
    public static List<Object> parseAll(String text) {
        throw new UnsupportedOperationException("HelmYaml arrives with the yaml-read work");
    }
}
