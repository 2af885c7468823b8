package dev.capstan.cli;

import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Helm's global flags, accepted by every command. Defaults come from the same environment
 * variables Helm reads ({@code HELM_NAMESPACE}, {@code HELM_DEBUG}, {@code HELM_KUBECONTEXT}...).
 * Most only matter when a cluster is involved; they are accepted so command lines written for
 * Helm keep working.
 */
public final class GlobalOptions {
    @Option(names = "--debug", arity = "0..1", fallbackValue = "true", description = "print more detail, and the rendered output even when it is invalid")
    Boolean debug;

    @Option(names = {"-n", "--namespace"}, description = "namespace of the release", paramLabel = "string")
    String namespace;

    @Option(names = "--kube-context", description = "kubeconfig context to use", paramLabel = "string")
    String kubeContext;

    @Option(names = "--kubeconfig", description = "kubeconfig file to use", paramLabel = "string")
    String kubeconfig;

    @Option(names = "--kube-apiserver", description = "address and port of the Kubernetes API server", paramLabel = "string")
    String kubeApiServer;

    @Option(names = "--kube-as-group", description = "group to impersonate (repeatable)", paramLabel = "stringArray")
    List<String> kubeAsGroup = new ArrayList<>();

    @Option(names = "--kube-as-user", description = "user to impersonate", paramLabel = "string")
    String kubeAsUser;

    @Option(names = "--kube-ca-file", description = "CA file for the Kubernetes API server", paramLabel = "string")
    String kubeCaFile;

    @Option(names = "--kube-insecure-skip-tls-verify", arity = "0..1", fallbackValue = "true",
            description = "do not verify the API server certificate (insecure)")
    Boolean kubeInsecureSkipTlsVerify;

    @Option(names = "--kube-tls-server-name", description = "server name expected in the API server certificate (default: the host name used)", paramLabel = "string")
    String kubeTlsServerName;

    @Option(names = "--kube-token", description = "bearer token for the API server", paramLabel = "string")
    String kubeToken;

    @Option(names = "--burst-limit", description = "client-side throttling limit (default 100)", paramLabel = "int")
    Integer burstLimit;

    @Option(names = "--qps", description = "queries per second to the Kubernetes API, bursts aside", paramLabel = "float32")
    Float qps;

    @Option(names = {"--color", "--colour"}, description = "colored output: never, auto or always (default \"auto\")", paramLabel = "string")
    String color;

    @Option(names = "--content-cache", description = "folder of cached content such as charts", paramLabel = "string")
    String contentCache;

    @Option(names = "--registry-config", description = "registry configuration file", paramLabel = "string")
    String registryConfig;

    @Option(names = "--repository-cache", description = "folder of cached repository indexes", paramLabel = "string")
    String repositoryCache;

    @Option(names = "--repository-config", description = "file listing repository names and URLs", paramLabel = "string")
    String repositoryConfig;

    /** Fills unset flags of this command from the flags given before the command name. */
    void inherit(GlobalOptions root) {
        if (root == null) return;
        if (debug == null) debug = root.debug;
        if (namespace == null) namespace = root.namespace;
        if (kubeContext == null) kubeContext = root.kubeContext;
        if (kubeconfig == null) kubeconfig = root.kubeconfig;
    }

    /** {@code --namespace}, else {@code HELM_NAMESPACE}, else {@code default}. */
    public String namespace(Map<String, String> env) {
        if (namespace != null && !namespace.isEmpty()) return namespace;
        String e = env.get("HELM_NAMESPACE");
        return e != null && !e.isEmpty() ? e : "default";
    }

    /** {@code --debug}, else {@code HELM_DEBUG} parsed as Go's ParseBool. */
    public boolean debug(Map<String, String> env) {
        if (debug != null) return debug;
        String e = env.get("HELM_DEBUG");
        return e != null && GoBool.parse(e) == Boolean.TRUE;
    }
}
