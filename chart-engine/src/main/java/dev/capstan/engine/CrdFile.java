package dev.capstan.engine;

/**
 * A file from a chart's {@code crds/} folder, printed raw with {@code --include-crds}.
 *
 * @param filename the chart-qualified path, e.g. {@code mychart/charts/sub/crds/x.yaml}
 * @param data     the file bytes as text, unchanged
 */
public record CrdFile(String filename, String data) {
}
