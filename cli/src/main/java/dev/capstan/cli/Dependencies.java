package dev.capstan.cli;

import dev.capstan.chart.Chart;

import java.util.Map;

/**
 * Helm's ProcessDependencies (conditions, tags, aliases, import-values). Placeholder until the
 * values work delivers it: every loaded subchart stays enabled.
 */
final class Dependencies {
    private Dependencies() {
    }

    static Chart process(Chart chart, Map<String, Object> vals) {
        return chart;
    }
}
