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

    @Option(names = {"-a", "--api-versions"}, split = ",", description = "Kubernetes API versions that Capabilities.APIVersions reports (repeatable, or comma-separated)", paramLabel = "strings")
    List<String> apiVersions = new ArrayList<>();
    @Option(names = "--ca-file", description = "CA bundle used to verify HTTPS chart servers", paramLabel = "string") String caFile;
    @Option(names = "--cert-file", description = "client certificate for HTTPS chart servers", paramLabel = "string") String certFile;
    @Option(names = "--create-namespace", arity = "0..1", fallbackValue = "true", description = "create the release namespace when it is missing") boolean createNamespace;
    @Option(names = "--dependency-update", arity = "0..1", fallbackValue = "true", description = "update missing dependencies before rendering") boolean dependencyUpdate;
    @Option(names = "--description", description = "a custom description for the release", paramLabel = "string") String description;
    @Option(names = "--devel", arity = "0..1", fallbackValue = "true", description = "also consider development versions (same as --version '>0.0.0-0'); ignored with --version") boolean devel;
    @Option(names = "--disable-openapi-validation", arity = "0..1", fallbackValue = "true", description = "do not validate rendered manifests against the Kubernetes OpenAPI schema") boolean disableOpenapiValidation;
    @Option(names = "--dry-run", arity = "0..1", fallbackValue = "unset", description = "\"client\" renders without a cluster; \"server\" asks the cluster to validate (default \"client\")", paramLabel = "string[=\"unset\"]") String dryRun = "client";
    @Option(names = "--enable-dns", arity = "0..1", fallbackValue = "true", description = "let templates resolve host names (getHostByName)") boolean enableDns;
    @Option(names = "--force-conflicts", arity = "0..1", fallbackValue = "true", description = "with server-side apply, take over conflicting fields") boolean forceConflicts;
    @Option(names = "--force-replace", arity = "0..1", fallbackValue = "true", description = "update resources by replacing them") boolean forceReplace;
    @Option(names = "--force", arity = "0..1", fallbackValue = "true", hidden = true) boolean force;
    @Option(names = {"-g", "--generate-name"}, arity = "0..1", fallbackValue = "true", description = "generate a release name (NAME must then be omitted)") boolean generateName;
    @Option(names = "--hide-notes", arity = "0..1", fallbackValue = "true", description = "do not print the chart notes after an install") boolean hideNotes;
    @Option(names = "--include-crds", arity = "0..1", fallbackValue = "true", description = "print the CRDs of the crds/ folders too") boolean includeCrds;
    @Option(names = "--insecure-skip-tls-verify", arity = "0..1", fallbackValue = "true", description = "do not verify TLS certificates when downloading the chart") boolean insecureSkipTlsVerify;
    @Option(names = "--is-upgrade", arity = "0..1", fallbackValue = "true", description = "render as an upgrade (.Release.IsUpgrade) instead of an install") boolean isUpgrade;
    @Option(names = "--key-file", description = "client key for HTTPS chart servers", paramLabel = "string") String keyFile;
    @Option(names = "--keyring", description = "public keys used to verify a chart (default \"${env:HOME:-${sys:user.home}}/.gnupg/pubring.gpg\")", paramLabel = "string") String keyring;
    @Option(names = "--kube-version", description = "Kubernetes version that Capabilities.KubeVersion reports", paramLabel = "string") String kubeVersion;
    @Option(names = {"-l", "--labels"}, split = ",", description = "labels for the release record, comma-separated KEY=VALUE (default [])", paramLabel = "stringToString") Map<String, String> labels = new LinkedHashMap<>();
    @Option(names = "--name-template", description = "template that produces the release name", paramLabel = "string") String nameTemplate;
    @Option(names = "--no-hooks", arity = "0..1", fallbackValue = "true", description = "leave hooks out of the output") boolean noHooks;
    @Option(names = "--output-dir", description = "write each rendered file under this folder instead of printing it", paramLabel = "string") String outputDir;
    @Option(names = "--pass-credentials", arity = "0..1", fallbackValue = "true", description = "send credentials to every domain") boolean passCredentials;
    @Option(names = "--password", description = "password for the chart repository", paramLabel = "string") String password;
    @Option(names = "--plain-http", arity = "0..1", fallbackValue = "true", description = "download the chart over plain HTTP") boolean plainHttp;
    @Option(names = "--post-renderer", description = "post-renderer plugin that rewrites the rendered manifests", paramLabel = "postRendererString") String postRenderer;
    @Option(names = "--post-renderer-args", description = "an argument for the post-renderer (repeatable) (default [])", paramLabel = "postRendererArgsSlice") List<String> postRendererArgs = new ArrayList<>();
    @Option(names = "--release-name", arity = "0..1", fallbackValue = "true", description = "with --output-dir, put the files under a folder named after the release") boolean releaseName;
    @Option(names = "--render-subchart-notes", arity = "0..1", fallbackValue = "true", description = "render the NOTES.txt of subcharts too") boolean renderSubchartNotes;
    @Option(names = "--replace", arity = "0..1", fallbackValue = "true", description = "reuse the name of a deleted release kept in history (unsafe in production)") boolean replace;
    @Option(names = "--repo", description = "URL of the chart repository holding the chart", paramLabel = "string") String repo;
    @Option(names = "--rollback-on-failure", arity = "0..1", fallbackValue = "true", description = "roll back (uninstall) when the install fails; implies --wait=watcher") boolean rollbackOnFailure;
    @Option(names = "--atomic", arity = "0..1", fallbackValue = "true", hidden = true) boolean atomic;
    @Option(names = "--server-side", arity = "0..1", fallbackValue = "true", description = "apply objects with server-side apply (default true)") boolean serverSide = true;
    @Option(names = "--set", description = "set values (repeatable, or comma-separated key1=val1,key2=val2)", paramLabel = "stringArray") List<String> set = new ArrayList<>();
    @Option(names = "--set-file", description = "set values from files: key=path (repeatable, or comma-separated)", paramLabel = "stringArray") List<String> setFile = new ArrayList<>();
    @Option(names = "--set-json", description = "set JSON values: key=json, or a whole {...} object (repeatable)", paramLabel = "stringArray") List<String> setJson = new ArrayList<>();
    @Option(names = "--set-literal", description = "set one value taken literally as a string", paramLabel = "stringArray") List<String> setLiteral = new ArrayList<>();
    @Option(names = "--set-string", description = "set values as strings (repeatable, or comma-separated)", paramLabel = "stringArray") List<String> setString = new ArrayList<>();
    @Option(names = {"-s", "--show-only"}, description = "print only the manifests of templates matching these paths or globs", paramLabel = "stringArray") List<String> showOnly = new ArrayList<>();
    @Option(names = "--skip-crds", arity = "0..1", fallbackValue = "true", description = "do not install CRDs") boolean skipCrds;
    @Option(names = "--skip-schema-validation", arity = "0..1", fallbackValue = "true", description = "do not check values against values.schema.json") boolean skipSchemaValidation;
    @Option(names = "--skip-tests", arity = "0..1", fallbackValue = "true", description = "leave test hooks out of the output") boolean skipTests;
    @Option(names = "--take-ownership", arity = "0..1", fallbackValue = "true", description = "adopt existing resources even without Helm annotations") boolean takeOwnership;
    @Option(names = "--timeout", description = "how long to wait for each Kubernetes operation (default 5m0s)", paramLabel = "duration") String timeout = "5m0s";
    @Option(names = "--username", description = "user name for the chart repository", paramLabel = "string") String username;
    @Option(names = {"-f", "--values"}, split = ",", description = "values files or URLs (repeatable, or comma-separated)", paramLabel = "strings") List<String> valueFiles = new ArrayList<>();
    @Option(names = "--verify", arity = "0..1", fallbackValue = "true", description = "verify the chart package before using it") boolean verify;
    @Option(names = "--version", description = "version constraint for the chart (e.g. 1.1.1 or ^2.0.0); newest when empty", paramLabel = "string") String version;
    @Option(names = "--wait", arity = "0..1", fallbackValue = "watcher", description = "wait until resources are ready: watcher, hookOnly or legacy (default hookOnly)", paramLabel = "WaitStrategy[=watcher]") String waitStrategy = "hookOnly";
    @Option(names = "--wait-for-jobs", arity = "0..1", fallbackValue = "true", description = "with --wait, also wait for Jobs to complete") boolean waitForJobs;
    @Option(names = "--validate", arity = "0..1", fallbackValue = "true", hidden = true) boolean validate;

    public TemplateCommand(Main.Context ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        return new TemplateRun(this).run();
    }
}
