package dev.capstan.cli;

import dev.capstan.engine.Capabilities;
import dev.capstan.engine.KubeVersion;
import dev.capstan.engine.ReleaseManifest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One {@code template} invocation, step by step as Helm's {@code template} and {@code install
 * --dry-run} run it: flag checks, release name, chart location, values, chart load, render,
 * then printing.
 */
final class TemplateRun {
    private final TemplateCommand c;
    private final Main.Context ctx;

    TemplateRun(TemplateCommand c) {
        this.c = c;
        this.ctx = c.ctx;
    }

    int run() {
        if (c.postRenderer != null && !c.postRenderer.isEmpty()) {
            // Helm resolves the name to a post-renderer plugin; Capstan has no plugins yet
            throw new CliException("invalid argument \"" + c.postRenderer + "\" for \"--post-renderer\" flag: plugin: {Name:"
                    + c.postRenderer + " Type:postrenderer/v1} not found");
        }
        if (c.args.isEmpty()) {
            throw new CliException("\"" + Main.NAME + " template\" requires at least 1 argument\n\nUsage:  "
                    + Main.NAME + " template [NAME] [CHART] [flags]");
        }
        if (c.validate && !"client".equals(c.dryRun)) {
            throw new CliException("if any flags in the group [validate dry-run] are set none of the others can be; [dry-run validate] were all set");
        }
        KubeVersion kubeVersion = null;
        if (c.kubeVersion != null && !c.kubeVersion.isEmpty()) {
            try {
                kubeVersion = KubeVersion.parse(c.kubeVersion);
            } catch (IllegalArgumentException e) {
                throw new CliException("invalid kube version '" + c.kubeVersion + "': " + e.getMessage());
            }
        }
        boolean server = dryRunIsServer();
        if (c.validate) server = true;
        if (server) {
            throw new CliException("Kubernetes cluster unreachable: the server dry-run needs a cluster, which this command does not reach");
        }

        String[] nc = nameAndChart();
        String name = nc[0];
        String chartRef = nc[1];
        Path chartPath = locateChart(chartRef);

        Capabilities caps = Capabilities.forTemplate(kubeVersion, c.apiVersions);
        TemplatePipeline.Request req = new TemplatePipeline.Request(name, c.global.namespace(ctx.env()), chartPath,
                c.valueFiles, c.setJson, c.set, c.setString, c.setFile, c.setLiteral, c.isUpgrade, caps,
                c.skipSchemaValidation, c.enableDns, c.includeCrds, c.renderSubchartNotes,
                c.outputDir == null ? null : outputDirWriter(name));
        boolean debug = c.global.debug(ctx.env());
        TemplatePipeline.Rendered rel;
        try {
            rel = TemplatePipeline.current().render(req, ctx);
        } catch (TemplatePipeline.RenderFailure f) {
            if (!debug) {
                throw new CliException(f.partial() != null ? f.getMessage() + "\n\nUse --debug flag to render out invalid YAML" : f.getMessage());
            }
            if (f.partial() != null) print(f.partial(), name);
            throw new CliException(f.getMessage());
        }
        print(rel.result(), name);
        return 0;
    }

    private void print(ReleaseManifest.Result r, String releaseName) {
        TemplatePrinter.Settings s = new TemplatePrinter.Settings(c.noHooks, c.skipTests, c.showOnly,
                c.outputDir == null ? null : Path.of(c.outputDir), c.releaseName, releaseName);
        String text = TemplatePrinter.assemble(r.manifest(), r.hooks(), s, ctx.out());
        if (!c.showOnly.isEmpty()) {
            ctx.out().print(TemplatePrinter.showOnly(text, c.showOnly));
        } else {
            ctx.out().print(text);
        }
    }

    private ReleaseManifest.OutputDir outputDirWriter(String releaseName) {
        Path base = Path.of(c.outputDir);
        return (underRelease, name, data, append) -> {
            Path dir = underRelease && c.releaseName ? base.resolve(releaseName) : base;
            TemplatePrinter.writeToFile(dir, name, data, append, ctx.out());
        };
    }

    private boolean dryRunIsServer() {
        String v = c.dryRun;
        switch (v) {
            case "unset", "client":
                return false;
            case "server":
                return true;
            case "none":
                throw new CliException("invalid dry-run value (\"none\"). Must be \"server\" or \"client\"");
            default:
                break;
        }
        Boolean b = GoBool.parse(v);
        if (b == null) throw new CliException("invalid dry-run value (\"" + v + "\"). Must be \"none\", \"server\", or \"client\"");
        if (!b) throw new CliException("invalid dry-run value (\"" + v + "\"). Must be \"server\" or \"client\"");
        return false;
    }

    /** Helm's {@code NameAndChart}; {@code template} presets the name {@code release-name}. */
    private String[] nameAndChart() {
        List<String> a = c.args;
        if (a.size() > 2) {
            throw new CliException("expected at most two arguments, unexpected arguments: " + String.join(", ", a.subList(2, a.size())));
        }
        if (a.size() == 2) {
            if (c.generateName) throw new CliException("cannot set --generate-name and also specify a name");
            if (c.nameTemplate != null && !c.nameTemplate.isEmpty()) throw new CliException("cannot set --name-template and also specify a name");
            return new String[]{a.get(0), a.get(1)};
        }
        if (c.nameTemplate != null && !c.nameTemplate.isEmpty()) {
            return new String[]{TemplatePipeline.current().nameFromTemplate(c.nameTemplate), a.get(0)};
        }
        return new String[]{"release-name", a.get(0)};
    }

    /** A local chart path; repositories and OCI references arrive with the repository work. */
    private Path locateChart(String ref) {
        String name = ref.strip();
        if (c.repo == null || c.repo.isEmpty()) {
            Path p = ctx.resolve(name);
            if (Files.exists(p)) return p.toAbsolutePath().normalize();
            if (name.startsWith("/") || name.startsWith(".")) {
                throw new CliException("path \"" + name + "\" not found");
            }
        }
        if (name.startsWith("http://") || name.startsWith("https://")) {
            throw new CliException("cannot download chart \"" + name + "\": charts from URLs are not supported yet; download it and pass the file");
        }
        if (name.startsWith("oci://")) {
            throw new CliException("unable to lookup chart \"" + name + "\": OCI registries are not supported yet");
        }
        if (c.repo == null || c.repo.isEmpty()) {
            String[] parts = name.split("/", -1);
            if (parts.length < 2 || name.contains("://")) {
                throw new CliException("non-absolute URLs should be in form of repo_name/path_to_chart, got: " + name);
            }
            throw new CliException("repo " + parts[0] + " not found");
        }
        throw new CliException("looking up charts in a repository (--repo) is not supported yet");
    }

    static List<String> copy(List<String> l) {
        return new ArrayList<>(l);
    }
}
