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
    @Option(names = "--debug", arity = "0..1", fallbackValue = "true", description = "enable verbose output")
    Boolean debug;

    @Option(names = {"-n", "--namespace"}, description = "namespace scope for this request")
    String namespace;

    @Option(names = "--kube-context", description = "name of the kubeconfig context to use")
    String kubeContext;

    @Option(names = "--kubeconfig", description = "path to the kubeconfig file")
    String kubeconfig;

    @Option(names = "--kube-apiserver", description = "the address and the port for the Kubernetes API server")
    String kubeApiServer;

    @Option(names = "--kube-as-group", description = "group to impersonate for the operation, this flag can be repeated to specify multiple groups.")
    List<String> kubeAsGroup = new ArrayList<>();

    @Option(names = "--kube-as-user", description = "username to impersonate for the operation")
    String kubeAsUser;

    @Option(names = "--kube-ca-file", description = "the certificate authority file for the Kubernetes API server connection")
    String kubeCaFile;

    @Option(names = "--kube-insecure-skip-tls-verify", arity = "0..1", fallbackValue = "true",
            description = "if true, the Kubernetes API server's certificate will not be checked for validity. This will make your HTTPS connections insecure")
    Boolean kubeInsecureSkipTlsVerify;

    @Option(names = "--kube-tls-server-name", description = "server name to use for Kubernetes API server certificate validation. If it is not provided, the hostname used to contact the server is used")
    String kubeTlsServerName;

    @Option(names = "--kube-token", description = "bearer token used for authentication")
    String kubeToken;

    @Option(names = "--burst-limit", description = "client-side default throttling limit (default 100)")
    Integer burstLimit;

    @Option(names = "--qps", description = "queries per second used when communicating with the Kubernetes API, not including bursting")
    Float qps;

    @Option(names = {"--color", "--colour"}, description = "use colored output (never, auto, always) (default \"auto\")")
    String color;

    @Option(names = "--content-cache", description = "path to the directory containing cached content (e.g. charts)")
    String contentCache;

    @Option(names = "--registry-config", description = "path to the registry config file")
    String registryConfig;

    @Option(names = "--repository-cache", description = "path to the directory containing cached repository indexes")
    String repositoryCache;

    @Option(names = "--repository-config", description = "path to the file containing repository names and URLs")
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
