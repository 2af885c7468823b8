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
    /**
     * Helm's own behaviour, for the CLI: a directory chart may link outside itself (a shared
     * library chart under {@code charts/} is the common case); the user chose those links.
     * Archives are unaffected: their entries never follow links.
     */
    public static final LoadOptions FOLLOW_SYMLINKS = new LoadOptions(ArchiveLimits.HELM, true);

    public LoadOptions {
        limits = limits == null ? ArchiveLimits.HELM : limits;
    }
}
