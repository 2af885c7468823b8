package dev.capstan.engine;

import dev.capstan.chart.Chart;
import dev.capstan.values.Coalesce;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Helm's {@code ToRenderValuesWithSchemaValidation}: the top render object ({@code Chart},
 * {@code Capabilities}, {@code Release}, {@code Values}) with the user values coalesced into the
 * chart's and checked against the charts' JSON schemas.
 */
public final class RenderValues {
    private RenderValues() {
    }

    /** The render object; its maps are fresh and mutable, as templates may change them ({@code set}). */
    public record Top(Map<String, Object> values) {
    }

    /** Coalescing or schema validation failed; the message is Helm's. */
    public static final class ValuesError extends RuntimeException {
        public ValuesError(String message) {
            super(message, null, false, false);
        }
    }

    public static Top build(Chart chart, Map<String, Object> userValues, String releaseName, String namespace,
                            boolean isUpgrade, Capabilities caps, boolean skipSchemaValidation,
                            java.util.function.Consumer<String> warn) {
        Map<String, Object> top = new LinkedHashMap<>();
        top.put("Chart", ChartAdapter.metadataMap(chart.metadata()));
        top.put("Capabilities", caps);
        Map<String, Object> release = new LinkedHashMap<>();
        release.put("Name", releaseName);
        release.put("Namespace", namespace);
        release.put("IsUpgrade", isUpgrade);
        release.put("IsInstall", !isUpgrade);
        release.put("Revision", 1);
        release.put("Service", "Helm");
        top.put("Release", release);
        Map<String, Object> vals;
        try {
            vals = Coalesce.coalesceValues(chart, userValues, warn);
        } catch (RuntimeException e) {
            throw new ValuesError(e.getMessage());
        }
        if (!skipSchemaValidation) {
            String problems = dev.capstan.values.SchemaValidation.problems(chart, vals);
            if (problems != null) {
                throw new ValuesError("values don't meet the specifications of the schema(s) in the following chart(s):\n" + problems);
            }
        }
        top.put("Values", mutableCopy(vals));
        return new Top(top);
    }

    /** A deep copy into mutable maps and lists. */
    @SuppressWarnings("unchecked")
    public static Object mutableCopy(Object v) {
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : m.entrySet()) out.put((String) e.getKey(), mutableCopy(e.getValue()));
            return out;
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            for (Object o : l) out.add(mutableCopy(o));
            return out;
        }
        return v;
    }
}
