package dev.capstan.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code capstan template [NAME] [CHART]}: renders a chart locally and prints the manifests, with
 * the flags, defaults and messages of {@code helm template}. Flags that only matter when installing
 * into a cluster are accepted and ignored, as Helm ignores them here.
 */
@Command(name = "template", description = "locally render templates", sortOptions = false)
public final class TemplateCommand implements Callable<Integer> {
    final Main.Context ctx;

    @Mixin
    GlobalOptions global = new GlobalOptions();

    @Parameters(arity = "0..*", paramLabel = "[NAME] [CHART]")
    List<String> args = new ArrayList<>();

    @Option(names = {"-a", "--api-versions"}, split = ",", description = "Kubernetes api versions used for Capabilities.APIVersions (multiple can be specified)")
    List<String> apiVersions = new ArrayList<>();
    @Option(names = "--ca-file") String caFile;
    @Option(names = "--cert-file") String certFile;
    @Option(names = "--create-namespace", arity = "0..1", fallbackValue = "true") boolean createNamespace;
    @Option(names = "--dependency-update", arity = "0..1", fallbackValue = "true") boolean dependencyUpdate;
    @Option(names = "--description") String description;
    @Option(names = "--devel", arity = "0..1", fallbackValue = "true") boolean devel;
    @Option(names = "--disable-openapi-validation", arity = "0..1", fallbackValue = "true") boolean disableOpenapiValidation;
    @Option(names = "--dry-run", arity = "0..1", fallbackValue = "unset") String dryRun = "client";
    @Option(names = "--enable-dns", arity = "0..1", fallbackValue = "true") boolean enableDns;
    @Option(names = "--force-conflicts", arity = "0..1", fallbackValue = "true") boolean forceConflicts;
    @Option(names = "--force-replace", arity = "0..1", fallbackValue = "true") boolean forceReplace;
    @Option(names = "--force", arity = "0..1", fallbackValue = "true", hidden = true) boolean force;
    @Option(names = {"-g", "--generate-name"}, arity = "0..1", fallbackValue = "true") boolean generateName;
    @Option(names = "--hide-notes", arity = "0..1", fallbackValue = "true") boolean hideNotes;
    @Option(names = "--include-crds", arity = "0..1", fallbackValue = "true") boolean includeCrds;
    @Option(names = "--insecure-skip-tls-verify", arity = "0..1", fallbackValue = "true") boolean insecureSkipTlsVerify;
    @Option(names = "--is-upgrade", arity = "0..1", fallbackValue = "true") boolean isUpgrade;
    @Option(names = "--key-file") String keyFile;
    @Option(names = "--keyring") String keyring;
    @Option(names = "--kube-version") String kubeVersion;
    @Option(names = {"-l", "--labels"}, split = ",") Map<String, String> labels = new LinkedHashMap<>();
    @Option(names = "--name-template") String nameTemplate;
    @Option(names = "--no-hooks", arity = "0..1", fallbackValue = "true") boolean noHooks;
    @Option(names = "--output-dir") String outputDir;
    @Option(names = "--pass-credentials", arity = "0..1", fallbackValue = "true") boolean passCredentials;
    @Option(names = "--password") String password;
    @Option(names = "--plain-http", arity = "0..1", fallbackValue = "true") boolean plainHttp;
    @Option(names = "--post-renderer") String postRenderer;
    @Option(names = "--post-renderer-args") List<String> postRendererArgs = new ArrayList<>();
    @Option(names = "--release-name", arity = "0..1", fallbackValue = "true") boolean releaseName;
    @Option(names = "--render-subchart-notes", arity = "0..1", fallbackValue = "true") boolean renderSubchartNotes;
    @Option(names = "--replace", arity = "0..1", fallbackValue = "true") boolean replace;
    @Option(names = "--repo") String repo;
    @Option(names = "--rollback-on-failure", arity = "0..1", fallbackValue = "true") boolean rollbackOnFailure;
    @Option(names = "--atomic", arity = "0..1", fallbackValue = "true", hidden = true) boolean atomic;
    @Option(names = "--server-side", arity = "0..1", fallbackValue = "true") boolean serverSide = true;
    @Option(names = "--set") List<String> set = new ArrayList<>();
    @Option(names = "--set-file") List<String> setFile = new ArrayList<>();
    @Option(names = "--set-json") List<String> setJson = new ArrayList<>();
    @Option(names = "--set-literal") List<String> setLiteral = new ArrayList<>();
    @Option(names = "--set-string") List<String> setString = new ArrayList<>();
    @Option(names = {"-s", "--show-only"}) List<String> showOnly = new ArrayList<>();
    @Option(names = "--skip-crds", arity = "0..1", fallbackValue = "true") boolean skipCrds;
    @Option(names = "--skip-schema-validation", arity = "0..1", fallbackValue = "true") boolean skipSchemaValidation;
    @Option(names = "--skip-tests", arity = "0..1", fallbackValue = "true") boolean skipTests;
    @Option(names = "--take-ownership", arity = "0..1", fallbackValue = "true") boolean takeOwnership;
    @Option(names = "--timeout") String timeout = "5m0s";
    @Option(names = "--username") String username;
    @Option(names = {"-f", "--values"}, split = ",") List<String> valueFiles = new ArrayList<>();
    @Option(names = "--verify", arity = "0..1", fallbackValue = "true") boolean verify;
    @Option(names = "--version") String version;
    @Option(names = "--wait", arity = "0..1", fallbackValue = "watcher") String waitStrategy = "hookOnly";
    @Option(names = "--wait-for-jobs", arity = "0..1", fallbackValue = "true") boolean waitForJobs;
    @Option(names = "--validate", arity = "0..1", fallbackValue = "true", hidden = true) boolean validate;

    public TemplateCommand(Main.Context ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        return new TemplateRun(this).run();
    }
}
