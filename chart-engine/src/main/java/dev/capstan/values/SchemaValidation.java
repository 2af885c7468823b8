package dev.capstan.values;

import dev.capstan.gotemplate.GoTypes;
import dev.capstan.chart.Chart;
import java.util.Map;

/**
 * Helm's {@code ValidateAgainstSchema}: the final values against the chart's values.schema.json,
 * then each subchart's schema against {@code values[<subchart>]} (skipped when absent or null).
 */
public final class SchemaValidation {
    private SchemaValidation() {
    }

    /**
     * @throws ValuesException {@code values don't meet the specifications of the schema(s) in the following chart(s):\n...}
     */
    public static void validate(Chart chart, Map<String, Object> values) {
        String errors = errors(chart, values);
        if (!errors.isEmpty()) {
            throw new ValuesException("values don't meet the specifications of the schema(s) in the following chart(s):\n"
                    + errors);
        }
    }

    /**
     * The error text after Helm's header line ({@code <chart>:\n- at '/x': ...\n}, one block per
     * failing chart), or null when every schema accepts the values.
     */
    public static String problems(Chart chart, Map<String, Object> values) {
        String e = errors(chart, values);
        return e.isEmpty() ? null : e;
    }

    /** The per-chart error text (empty when valid). */
    static String errors(Chart chart, Map<String, Object> values) {
        StringBuilder sb = new StringBuilder();
        if (chart.schema() != null) {
            String err;
            try {
                err = JsonSchemaValidator.compile(chart.schema()).validate(values);
            } catch (ValuesException e) {
                err = e.getMessage();
            }
            if (err != null) {
                sb.append(chart.name()).append(":\n").append(err);
            }
        }
        for (Chart sub : chart.dependencies()) {
            Object raw = values.get(sub.name());
            if (raw == null) {
                continue;
            }
            if (!(raw instanceof Map<?, ?>)) {
                sb.append(sub.name()).append(":\ninvalid type for values: expected object (map), got ")
                        .append(goType(raw)).append('\n');
                continue;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> sv = (Map<String, Object>) raw;
            sb.append(errors(sub, sv));
        }
        return sb.toString();
    }

    private static String goType(Object v) {
        return GoTypes.typeName(v);
    }
}
