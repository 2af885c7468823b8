package dev.capstan.chart;

/**
 * How charts are loaded.
 *
 * @param limits archive and file size limits
 * @param allowSymlinksOutside follow symbolic links that resolve outside the chart directory
 *     (Helm does; Capstan refuses by default because a chart is untrusted input)
 */
public record LoadOptions(ArchiveLimits limits, boolean allowSymlinksOutside) {
    public static final LoadOptions DEFAULT = new LoadOptions(ArchiveLimits.HELM, false);

    public LoadOptions {
        limits = limits == null ? ArchiveLimits.HELM : limits;
    }
}
