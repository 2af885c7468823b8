package dev.capstan.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/**
 * {@code capstan version}: prints the build information in Helm's format. Capstan reports the
 * Helm release whose behaviour it reproduces, the same value charts see in
 * {@code .Capabilities.HelmVersion}.
 */
@Command(name = "version", description = "print the version information")
public final class VersionCommand implements Callable<Integer> {
    static final String VERSION = "v4.1.4";
    static final String GIT_COMMIT = "05fa37973dc9e42b76e1d2883494c87174b6074f";
    static final String TREE_STATE = "clean";
    static final String GO_VERSION = "go1.25.9";
    static final String KUBE_CLIENT = "v1.35";

    private final Main.Context ctx;

    @Mixin
    GlobalOptions global = new GlobalOptions();

    @Option(names = "--short", arity = "0..1", fallbackValue = "true", description = "print the version number")
    boolean shortForm;

    @Option(names = "--template", description = "template for version string format")
    String template;

    public VersionCommand(Main.Context ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        if (template != null && !template.isEmpty()) {
            // Helm's version --template: a bare Go template (no Sprig) over the BuildInfo struct
            dev.capstan.gotemplate.TemplateSet t = new dev.capstan.gotemplate.TemplateSet(
                    new dev.capstan.gotemplate.FuncMap(), dev.capstan.gotemplate.TemplateOptions.DEFAULTS, "_");
            try {
                t.parse("_", template);
                t.execute("_", dev.capstan.engine.HelmVersion.CURRENT, ctx.out());
            } catch (dev.capstan.gotemplate.TemplateException e) {
                throw new CliException(e.goMessage());
            }
            return 0;
        }
        if (shortForm) {
            ctx.out().println(VERSION + "+g" + GIT_COMMIT.substring(0, 7));
        } else {
            ctx.out().println("version.BuildInfo{Version:\"" + VERSION + "\", GitCommit:\"" + GIT_COMMIT
                    + "\", GitTreeState:\"" + TREE_STATE + "\", GoVersion:\"" + GO_VERSION
                    + "\", KubeClientVersion:\"" + KUBE_CLIENT + "\"}");
        }
        return 0;
    }
}
