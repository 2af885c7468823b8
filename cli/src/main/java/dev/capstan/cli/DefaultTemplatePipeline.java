package dev.capstan.cli;

import dev.capstan.chart.Chart;
import dev.capstan.chart.ChartLoadException;
import dev.capstan.chart.ChartLoader;
import dev.capstan.chart.LoadOptions;
import dev.capstan.engine.ChartAdapter;
import dev.capstan.engine.ClusterLookup;
import dev.capstan.engine.CrdFile;
import dev.capstan.engine.Engine;
import dev.capstan.engine.ManifestSorter;
import dev.capstan.engine.NameTemplate;
import dev.capstan.engine.ReleaseManifest;
import dev.capstan.engine.RenderException;
import dev.capstan.engine.RenderValues;
import dev.capstan.semver.Constraints;
import dev.capstan.semver.Version;
import dev.capstan.values.Dependencies;
import dev.capstan.values.UserValues;
import dev.capstan.values.ValueSource;
import dev.capstan.values.ValuesException;
import dev.capstan.values.ValuesOptions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The real pipeline: load, merge, check, render, assemble, in Helm's order. */
final class DefaultTemplatePipeline implements TemplatePipeline {
    private static final Pattern VALID_NAME = Pattern.compile("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$");

    @Override
    public Rendered render(Request req, Main.Context ctx) {
        Map<String, Object> vals;
        try {
            ValuesOptions vo = new ValuesOptions(req.valueFiles(), req.set(), req.setString(), req.setFile(),
                    req.setJson(), req.setLiteral());
            vals = UserValues.merge(vo, ValueSource.local(ctx.cwd(), ctx::in));
        } catch (ValuesException e) {
            throw new CliException(e.getMessage());
        }
        Chart chart;
        try {
            chart = ChartLoader.load(req.chartPath(), LoadOptions.FOLLOW_SYMLINKS);
        } catch (ChartLoadException e) {
            throw new CliException(e.getMessage());
        }
        String type = chart.metadata().type();
        if (!type.isEmpty() && !type.equals("application")) throw new CliException(type + " charts are not installable");
        checkDependencies(chart);

        String name = req.releaseName();
        if (name.isEmpty()) throw new CliException("release name check failed: release name \"\": no name provided");
        if (name.length() > 53 || !VALID_NAME.matcher(name).matches()) {
            throw new CliException("release name check failed: release name \"" + name
                    + "\": invalid release name, must match regex " + VALID_NAME.pattern() + " and the length must not be longer than 53");
        }

        Chart processed;
        try {
            processed = Dependencies.process(chart, vals, ctx.err()::println);
        } catch (ValuesException | ChartLoadException e) {
            throw new CliException("chart dependencies processing failed: " + e.getMessage());
        }
        RenderValues.Top top;
        try {
            top = RenderValues.build(processed, vals, req.releaseName(), req.namespace(), req.isUpgrade(),
                    req.capabilities(), req.skipSchemaValidation(), ctx.err()::println);
        } catch (RenderValues.ValuesError e) {
            throw new CliException(e.getMessage());
        }

        String kv = processed.metadata().kubeVersion();
        if (!kv.isEmpty() && !compatible(kv, req.capabilities().kubeVersion().normalized())) {
            throw new RenderFailure("chart requires kubeVersion: " + kv + " which is incompatible with Kubernetes "
                    + req.capabilities().kubeVersion().version(), emptyResult());
        }
        Map<String, String> files;
        try {
            Engine engine = new Engine(new Engine.Options(false, false, req.enableDns(), ClusterLookup.NONE, null));
            files = engine.render(ChartAdapter.of(processed), top.values());
        } catch (RenderException e) {
            throw new RenderFailure(e.getMessage(), emptyResult());
        }
        List<CrdFile> crds = new ArrayList<>();
        for (Chart.Crd c : processed.crdObjects()) crds.add(new CrdFile(c.filename(), c.file().text()));
        try {
            ReleaseManifest.Result r = ReleaseManifest.assemble(processed.name(), files, crds,
                    new ReleaseManifest.Options(req.includeCrds(), req.subNotes(), false, req.outputDir()),
                    ManifestSorter.helm());
            return new Rendered(r);
        } catch (ReleaseManifest.AssemblyException e) {
            throw new RenderFailure(e.getMessage(), e.partial());
        }
    }

    static ReleaseManifest.Result emptyResult() {
        return new ReleaseManifest.Result(List.of(), "", "");
    }

    /** Helm's IsCompatibleRange: false when either side does not parse. */
    private static boolean compatible(String constraint, String version) {
        try {
            return Constraints.parse(constraint).check(Version.parse(version));
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static void checkDependencies(Chart chart) {
        List<String> missing = new ArrayList<>();
        outer:
        for (dev.capstan.chart.Dependency d : chart.metadata().dependencies()) {
            for (Chart sub : chart.dependencies()) {
                if (sub.name().equals(d.name())) continue outer;
            }
            missing.add(d.name());
        }
        if (!missing.isEmpty()) {
            throw new CliException("an error occurred while checking for chart dependencies. You may need to run `helm dependency build` to fetch missing dependencies: found in Chart.yaml, but missing in charts/ directory: "
                    + String.join(", ", missing));
        }
    }

    @Override
    public String nameFromTemplate(String nameTemplate) {
        try {
            return NameTemplate.render(nameTemplate);
        } catch (RenderException e) {
            throw new CliException(e.getMessage());
        }
    }
}
