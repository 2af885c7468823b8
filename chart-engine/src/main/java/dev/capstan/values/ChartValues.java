package dev.capstan.values;

import dev.capstan.chart.Chart;
import dev.capstan.chart.Dependency;
import dev.capstan.chart.VersionRanges;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The values pipeline the engine runs before rendering, in Helm's order ({@code action.Install}
 * then {@code ToRenderValuesWithSchemaValidation}):
 * <ol>
 *   <li>{@link UserValues#merge} builds the user values from the flags;</li>
 *   <li>{@link Dependencies#process} resolves aliases, tags, conditions and import-values;</li>
 *   <li>{@link Coalesce#coalesceValues} gives the final {@code .Values};</li>
 *   <li>{@link SchemaValidation#validate} checks them against values.schema.json files.</li>
 * </ol>
 * Every failure is a {@link ValuesException} whose message is what Helm prints after
 * {@code Error: }.
 */
public final class ChartValues {
    private ChartValues() {
    }

    /**
     * The processed chart (disabled subcharts removed, aliases applied, import-values merged) and
     * the final values to render it with.
     */
    public record Prepared(Chart chart, Map<String, Object> values) {
    }

    /**
     * Runs steps 2 to 4.
     *
     * @param warn receives Helm's warning lines ({@code level=WARN msg=...}); may be null
     */
    public static Prepared prepare(Chart chart, Map<String, Object> userValues, boolean skipSchemaValidation,
            Consumer<String> warn) {
        Map<String, Object> user = userValues == null ? Map.of() : userValues;
        Chart processed;
        try {
            processed = Dependencies.process(chart, user, warn);
        } catch (ValuesException e) {
            throw new ValuesException("chart dependencies processing failed: " + e.getMessage());
        }
        Map<String, Object> values = Coalesce.coalesceValues(processed, user, warn);
        if (!skipSchemaValidation) {
            SchemaValidation.validate(processed, values);
        }
        return new Prepared(processed, values);
    }

    /**
     * Helm's {@code CheckDependencies}: every dependency named in Chart.yaml must be present
     * under charts/ (by chart name).
     *
     * @return null when all are present, else {@code found in Chart.yaml, but missing in charts/ directory: a, b}
     */
    public static String missingDependencies(Chart chart) {
        List<String> missing = new ArrayList<>();
        outer:
        for (Dependency r : chart.metadata().dependencies()) {
            for (Chart d : chart.dependencies()) {
                if (d.name().equals(r.name())) {
                    continue outer;
                }
            }
            missing.add(r.name());
        }
        return missing.isEmpty() ? null
                : "found in Chart.yaml, but missing in charts/ directory: " + String.join(", ", missing);
    }

    /**
     * The root chart's {@code kubeVersion} constraint against the cluster version.
     *
     * @param normalized the {@code vX.Y.Z} form ({@code Capabilities.KubeVersion.String()})
     * @param display the version as given ({@code .Version}, e.g. {@code v1.29.3-gke.1})
     * @throws ValuesException {@code chart requires kubeVersion: C which is incompatible with Kubernetes V}
     */
    public static void checkKubeVersion(Chart chart, String normalized, String display) {
        String c = chart.metadata().kubeVersion();
        if (!c.isEmpty() && !VersionRanges.isCompatibleRange(c, normalized)) {
            throw new ValuesException("chart requires kubeVersion: " + c + " which is incompatible with Kubernetes "
                    + display);
        }
    }
}
