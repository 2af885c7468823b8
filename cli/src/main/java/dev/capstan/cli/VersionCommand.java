package dev.capstan.cli;

import picocli.CommandLine.Model.CommandSpec;

import java.util.concurrent.Callable;

/**
 * {@code capstan version}: build information in Helm's format, so scripts that parse
 * {@code helm version} keep working. {@code Version} is the Helm release whose behaviour Capstan
 * reproduces (charts see the same in {@code .Capabilities.HelmVersion}); the other fields describe
 * this build honestly: no Helm commit is claimed, and {@code GoVersion} names the Java runtime.
 */
public final class VersionCommand implements Callable<Integer> {
    /** What this build reports: Helm's version, but nothing borrowed from Helm's own build. */
    static final dev.capstan.engine.HelmVersion BUILD = new dev.capstan.engine.HelmVersion(
            dev.capstan.engine.HelmVersion.CURRENT.version(), "", "",
            new StringBuilder("java").append(Runtime.version().feature()).append('.').append(Runtime.version().interim())
                    .append('.').append(Runtime.version().update()).toString(),
            dev.capstan.engine.HelmVersion.CURRENT.kubeClientVersion());

    private final Main.Context ctx;

    GlobalOptions global = new GlobalOptions();
    boolean shortForm;
    String template;

    public VersionCommand(Main.Context ctx) {
        this.ctx = ctx;
    }

    /** The command's model for picocli: its name, description and flags (see {@link Flags}). */
    CommandSpec spec() {
        CommandSpec s = CommandSpec.wrapWithoutInspection(this).name("version");
        s.usageMessage().description("print the version information");
        global.register(Flags.globalOf(s));
        Flags f = Flags.of(s);
        f.bool("--short", "print the version number", v -> shortForm = v);
        f.string("--template", "", "template for version string format", v -> template = v);
        return s;
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

    /**
     * The line {@code version} prints without flags (also printed by {@link FastPath}). Built
     * with a StringBuilder: a {@code +} concatenation bootstraps an invokedynamic call site on
     * first use, ~15 ms of a ~70 ms cold {@code version}.
     */
    static String buildInfoLine() {
        return new StringBuilder(160).append("version.BuildInfo{Version:\"").append(BUILD.version())
                .append("\", GitCommit:\"").append(BUILD.gitCommit())
                .append("\", GitTreeState:\"").append(BUILD.gitTreeState())
                .append("\", GoVersion:\"").append(BUILD.goVersion())
                .append("\", KubeClientVersion:\"").append(BUILD.kubeClientVersion()).append("\"}").toString();
    }
}
