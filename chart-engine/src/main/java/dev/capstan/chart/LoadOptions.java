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

    public LoadOptions {
        limits = limits == null ? ArchiveLimits.HELM : limits;
        log = log == null ? s -> { } : log;
    }

    /** The defaults, with a log receiver. */
    public static LoadOptions logTo(Consumer<String> log) {
        return new LoadOptions(ArchiveLimits.HELM, false, log);
    }
}
