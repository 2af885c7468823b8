package dev.capstan.cli;

import picocli.CommandLine.Model.CommandSpec;

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
public final class TemplateCommand implements Callable<Integer> {
    final Main.Context ctx;

    GlobalOptions global = new GlobalOptions();
    List<String> args = new ArrayList<>();

    List<String> apiVersions = new ArrayList<>();
    String caFile;
    String certFile;
    boolean createNamespace;
    boolean dependencyUpdate;
    String description;
    boolean devel;
    boolean disableOpenapiValidation;
    String dryRun = "client";
    boolean enableDns;
    boolean forceConflicts;
    boolean forceReplace;
    boolean force;
    boolean generateName;
    boolean hideNotes;
    boolean includeCrds;
    boolean insecureSkipTlsVerify;
    boolean isUpgrade;
    String keyFile;
    String keyring;
    String kubeVersion;
    Map<String, String> labels = new LinkedHashMap<>();
    String nameTemplate;
    boolean noHooks;
    String outputDir;
    boolean passCredentials;
    String password;
    boolean plainHttp;
    String postRenderer;
    List<String> postRendererArgs = new ArrayList<>();
    boolean releaseName;
    boolean renderSubchartNotes;
    boolean replace;
    String repo;
    boolean rollbackOnFailure;
    boolean atomic;
    boolean serverSide = true;
    List<String> set = new ArrayList<>();
    List<String> setFile = new ArrayList<>();
    List<String> setJson = new ArrayList<>();
    List<String> setLiteral = new ArrayList<>();
    List<String> setString = new ArrayList<>();
    List<String> showOnly = new ArrayList<>();
    boolean skipCrds;
    boolean skipSchemaValidation;
    boolean skipTests;
    boolean takeOwnership;
    String timeout = "5m0s";
    String username;
    List<String> valueFiles = new ArrayList<>();
    boolean verify;
    String version;
    String waitStrategy = "hookOnly";
    boolean waitForJobs;
    boolean validate;

    public TemplateCommand(Main.Context ctx) {
        this.ctx = ctx;
    }

    /** The command's model for picocli: its name, description and flags (see {@link Flags}). */
    CommandSpec spec() {
        CommandSpec s = CommandSpec.wrapWithoutInspection(this).name("template");
        s.usageMessage().description("locally render templates");
        global.register(Flags.globalOf(s));
        Flags f = Flags.of(s);
        f.args("[NAME] [CHART]", v -> args = v);
        f.strings("-a,--api-versions", "strings", "Kubernetes API versions that Capabilities.APIVersions reports (repeatable, or comma-separated)", v -> apiVersions = v);
        f.string("--ca-file", "string", "CA bundle used to verify HTTPS chart servers", v -> caFile = v);
        f.string("--cert-file", "string", "client certificate for HTTPS chart servers", v -> certFile = v);
        f.bool("--create-namespace", "create the release namespace when it is missing", v -> createNamespace = v);
        f.bool("--dependency-update", "update missing dependencies before rendering", v -> dependencyUpdate = v);
        f.string("--description", "string", "a custom description for the release", v -> description = v);
        f.bool("--devel", "also consider development versions (same as --version '>0.0.0-0'); ignored with --version", v -> devel = v);
        f.bool("--disable-openapi-validation", "do not validate rendered manifests against the Kubernetes OpenAPI schema", v -> disableOpenapiValidation = v);
        f.optionalString("--dry-run", "string[=\"unset\"]", "unset", "\"client\" renders without a cluster; \"server\" asks the cluster to validate (default \"client\")", v -> dryRun = v);
        f.bool("--enable-dns", "let templates resolve host names (getHostByName)", v -> enableDns = v);
        f.bool("--force-conflicts", "with server-side apply, take over conflicting fields", v -> forceConflicts = v);
        f.bool("--force-replace", "update resources by replacing them", v -> forceReplace = v);
        f.hiddenBool("--force", v -> force = v);
        f.bool("-g,--generate-name", "generate a release name (NAME must then be omitted)", v -> generateName = v);
        f.bool("--hide-notes", "do not print the chart notes after an install", v -> hideNotes = v);
        f.bool("--include-crds", "print the CRDs of the crds/ folders too", v -> includeCrds = v);
        f.bool("--insecure-skip-tls-verify", "do not verify TLS certificates when downloading the chart", v -> insecureSkipTlsVerify = v);
        f.bool("--is-upgrade", "render as an upgrade (.Release.IsUpgrade) instead of an install", v -> isUpgrade = v);
        f.string("--key-file", "string", "client key for HTTPS chart servers", v -> keyFile = v);
        f.string("--keyring", "string", "public keys used to verify a chart (default \"${env:HOME:-${sys:user.home}}/.gnupg/pubring.gpg\")", v -> keyring = v);
        f.string("--kube-version", "string", "Kubernetes version that Capabilities.KubeVersion reports", v -> kubeVersion = v);
        f.stringToString("-l,--labels", "stringToString", "labels for the release record, comma-separated KEY=VALUE (default [])", v -> labels = v);
        f.string("--name-template", "string", "template that produces the release name", v -> nameTemplate = v);
        f.bool("--no-hooks", "leave hooks out of the output", v -> noHooks = v);
        f.string("--output-dir", "string", "write each rendered file under this folder instead of printing it", v -> outputDir = v);
        f.bool("--pass-credentials", "send credentials to every domain", v -> passCredentials = v);
        f.string("--password", "string", "password for the chart repository", v -> password = v);
        f.bool("--plain-http", "download the chart over plain HTTP", v -> plainHttp = v);
        f.string("--post-renderer", "postRendererString", "post-renderer plugin that rewrites the rendered manifests", v -> postRenderer = v);
        f.stringArray("--post-renderer-args", "postRendererArgsSlice", "an argument for the post-renderer (repeatable) (default [])", v -> postRendererArgs = v);
        f.bool("--release-name", "with --output-dir, put the files under a folder named after the release", v -> releaseName = v);
        f.bool("--render-subchart-notes", "render the NOTES.txt of subcharts too", v -> renderSubchartNotes = v);
        f.bool("--replace", "reuse the name of a deleted release kept in history (unsafe in production)", v -> replace = v);
        f.string("--repo", "string", "URL of the chart repository holding the chart", v -> repo = v);
        f.bool("--rollback-on-failure", "roll back (uninstall) when the install fails; implies --wait=watcher", v -> rollbackOnFailure = v);
        f.hiddenBool("--atomic", v -> atomic = v);
        f.bool("--server-side", "apply objects with server-side apply (default true)", v -> serverSide = v);
        f.stringArray("--set", "stringArray", "set values (repeatable, or comma-separated key1=val1,key2=val2)", v -> set = v);
        f.stringArray("--set-file", "stringArray", "set values from files: key=path (repeatable, or comma-separated)", v -> setFile = v);
        f.stringArray("--set-json", "stringArray", "set JSON values: key=json, or a whole {...} object (repeatable)", v -> setJson = v);
        f.stringArray("--set-literal", "stringArray", "set one value taken literally as a string", v -> setLiteral = v);
        f.stringArray("--set-string", "stringArray", "set values as strings (repeatable, or comma-separated)", v -> setString = v);
        f.stringArray("-s,--show-only", "stringArray", "print only the manifests of templates matching these paths or globs", v -> showOnly = v);
        f.bool("--skip-crds", "do not install CRDs", v -> skipCrds = v);
        f.bool("--skip-schema-validation", "do not check values against values.schema.json", v -> skipSchemaValidation = v);
        f.bool("--skip-tests", "leave test hooks out of the output", v -> skipTests = v);
        f.bool("--take-ownership", "adopt existing resources even without Helm annotations", v -> takeOwnership = v);
        f.string("--timeout", "duration", "how long to wait for each Kubernetes operation (default 5m0s)", v -> timeout = v);
        f.string("--username", "string", "user name for the chart repository", v -> username = v);
        f.strings("-f,--values", "strings", "values files or URLs (repeatable, or comma-separated)", v -> valueFiles = v);
        f.bool("--verify", "verify the chart package before using it", v -> verify = v);
        f.string("--version", "string", "version constraint for the chart (e.g. 1.1.1 or ^2.0.0); newest when empty", v -> version = v);
        f.optionalString("--wait", "WaitStrategy[=watcher]", "watcher", "wait until resources are ready: watcher, hookOnly or legacy (default hookOnly)", v -> waitStrategy = v);
        f.bool("--wait-for-jobs", "with --wait, also wait for Jobs to complete", v -> waitForJobs = v);
        f.hiddenBool("--validate", v -> validate = v);
        return s;
    }

    @Override
    public Integer call() {
        return new TemplateRun(this).run();
    }
}
