package dev.capstan.chart;

/**
 * A chart that cannot be loaded. The message is exactly what Helm prints after {@code Error: }
 * (for example {@code validation: chart.metadata.name is required} or
 * {@code Chart.yaml file is missing}).
 */
public class ChartLoadException extends RuntimeException {
    public ChartLoadException(String message) {
        super(message, null, false, false);
    }

    public ChartLoadException(String message, Throwable cause) {
        super(message, cause, false, false);
    }
}
