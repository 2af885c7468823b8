package dev.capstan.chart;

import java.util.function.Consumer;

/**
 * How charts are loaded.
 *
 * @param limits archive and file size limits
 * @param allowSymlinksOutside follow symbolic links that resolve outside the chart directory
 *     (Helm does; Capstan refuses by default because a chart is untrusted input)
 * @param log receives the lines Helm logs while loading (symbolic links followed, deprecated
 *     requirements files), formatted as Helm 4 prints them; null to drop them
 */
public record LoadOptions(ArchiveLimits limits, boolean allowSymlinksOutside, Consumer<String> log) {
    public static final LoadOptions DEFAULT = new LoadOptions(ArchiveLimits.HELM, false, null);
    /**
     * Helm's own behaviour, for the CLI: a directory chart may link outside itself (a shared
     * library chart under {@code charts/} is the common case); the user chose those links.
     * Archives are unaffected: their entries never follow links.
     */
    public static final LoadOptions FOLLOW_SYMLINKS = new LoadOptions(ArchiveLimits.HELM, true, null);

    public LoadOptions {
        limits = limits == null ? ArchiveLimits.HELM : limits;
        log = log == null ? s -> { } : log;
    }

    public LoadOptions(ArchiveLimits limits, boolean allowSymlinksOutside) {
        this(limits, allowSymlinksOutside, null);
    }

    /** The defaults, with a log receiver. */
    public static LoadOptions logTo(Consumer<String> log) {
        return new LoadOptions(ArchiveLimits.HELM, false, log);
    }
}
