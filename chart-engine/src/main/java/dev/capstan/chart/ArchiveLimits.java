package dev.capstan.chart;

/**
 * Named limits for reading chart archives, Helm's defaults ({@code pkg/chart/loader/archive}):
 * 100 MiB decompressed in total, 5 MiB per file. The per-file limit also applies to files read
 * from a chart directory.
 */
public record ArchiveLimits(long maxChartSize, long maxFileSize) {
    public static final ArchiveLimits HELM = new ArchiveLimits(100L * 1024 * 1024, 5L * 1024 * 1024);

    public ArchiveLimits {
        if (maxChartSize <= 0 || maxFileSize <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
