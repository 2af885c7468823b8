package dev.capstan.bench;

import dev.capstan.chart.Chart;
import dev.capstan.chart.ChartLoader;
import dev.capstan.chart.LoadOptions;
import dev.capstan.engine.Capabilities;
import dev.capstan.engine.ChartAdapter;
import dev.capstan.engine.ClusterLookup;
import dev.capstan.engine.CrdFile;
import dev.capstan.engine.Engine;
import dev.capstan.engine.ManifestSorter;
import dev.capstan.engine.ReleaseManifest;
import dev.capstan.engine.RenderValues;
import dev.capstan.values.Dependencies;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The library calls of a {@code template} run with default flags (release "rel", namespace "ns",
 * no user values), in the command's order, split into phases so that each can be timed alone.
 * It calls the chart engine directly, not the command.
 */
public final class Pipeline {
    private static final Capabilities CAPS = Capabilities.defaults();

    private Pipeline() {
    }

    /** A chart folder: a compat chart's name, or a path (for a chart outside the corpus). */
    public static Path resolve(String chart) {
        return chart.contains("/") ? Path.of(chart) : Corpus.chart(chart);
    }

    public static Chart load(Path dir) {
        return ChartLoader.load(dir, LoadOptions.FOLLOW_SYMLINKS);
    }

    /** Dependencies processed and the top-level render values built. */
    public record Prepared(Chart chart, Map<String, Object> top) {
    }

    public static Prepared prepare(Chart loaded) {
        Map<String, Object> user = Map.of();
        Chart processed = Dependencies.process(loaded, user, w -> { });
        RenderValues.Top top = RenderValues.build(processed, user, "rel", "ns", false, CAPS, false, w -> { });
        return new Prepared(processed, top.values());
    }

    /** Template path to rendered text. */
    public static Map<String, String> render(Prepared p) {
        Engine engine = new Engine(new Engine.Options(false, false, false, ClusterLookup.NONE, null));
        return engine.render(ChartAdapter.of(p.chart()), p.top());
    }

    /** Split, sort and concatenate, as the command does before printing (the manifest part; hooks,
     *  which the command prints after it, are sorted too but not returned). */
    public static String assemble(Chart chart, Map<String, String> files) {
        List<CrdFile> crds = new ArrayList<>();
        for (Chart.Crd c : chart.crdObjects()) crds.add(new CrdFile(c.filename(), c.file().text()));
        return ReleaseManifest.assemble(chart.name(), files, crds, ReleaseManifest.Options.plain(),
                ManifestSorter.helm()).manifest();
    }

    /** All phases: the manifest `template` prints. */
    public static String template(Path dir) {
        Prepared p = prepare(load(dir));
        return assemble(p.chart(), render(p));
    }
}
