package dev.capstan.engine;

import java.util.List;
import java.util.Map;

/**
 * What the engine reads from a chart: its name (the alias when aliased), the {@code .Chart} map,
 * its templates, its {@code .Files}, and its (enabled) subcharts in order. Kept apart from the
 * loader's model so the engine can render any chart source.
 */
public interface EngineChart {
    String name();

    /**
     * Chart.yaml as Helm 4 exposes it: Go field names ({@code Name, Version, APIVersion,
     * AppVersion, Annotations, Dependencies, ...}) with empty lists as empty lists; without
     * {@code IsRoot}, which the engine adds.
     */
    Map<String, Object> metadataMap();

    boolean isLibrary();

    /** Files under {@code templates/}, by chart-relative name ({@code templates/x.yaml}), in load order. */
    List<NamedText> templates();

    /** The files {@code .Files} sees, by chart-relative name. */
    Map<String, byte[]> files();

    List<EngineChart> dependencies();

    /** A file name with its content. */
    record NamedText(String name, String text) {
    }
}
