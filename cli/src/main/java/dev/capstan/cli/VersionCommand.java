package dev.capstan.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/**
 * {@code capstan version}: build information in Helm's format, so scripts that parse
 * {@code helm version} keep working. {@code Version} is the Helm release whose behaviour Capstan
 * reproduces (charts see the same in {@code .Capabilities.HelmVersion}); the other fields describe
 * this build honestly: no Helm commit is claimed, and {@code GoVersion} names the Java runtime.
 */
@Command(name = "version", description = "print the version information")
public final class VersionCommand implements Callable<Integer> {
    /** What this build reports: Helm's version, but nothing borrowed from Helm's own build. */
    static final dev.capstan.engine.HelmVersion BUILD = new dev.capstan.engine.HelmVersion(
            dev.capstan.engine.HelmVersion.CURRENT.version(), "", "",
            "java" + Runtime.version().feature() + "." + Runtime.version().interim() + "." + Runtime.version().update(),
            dev.capstan.engine.HelmVersion.CURRENT.kubeClientVersion());

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
                t.execute("_", BUILD, ctx.out());
            } catch (dev.capstan.gotemplate.TemplateException e) {
                throw new CliException(e.goMessage());
            }
            return 0;
        }
        if (shortForm) {
            // Helm appends +g<commit> only when it knows its commit
            String commit = BUILD.gitCommit();
            ctx.out().println(BUILD.version() + (commit.length() >= 7 ? "+g" + commit.substring(0, 7) : ""));
        } else {
            ctx.out().println(buildInfoLine());
        }
        return 0;
    }

    /** The line {@code version} prints without flags (also printed by {@link FastPath}). */
    static String buildInfoLine() {
        return "version.BuildInfo{Version:\"" + BUILD.version() + "\", GitCommit:\"" + BUILD.gitCommit()
                + "\", GitTreeState:\"" + BUILD.gitTreeState() + "\", GoVersion:\"" + BUILD.goVersion()
                + "\", KubeClientVersion:\"" + BUILD.kubeClientVersion() + "\"}";
    }
}
