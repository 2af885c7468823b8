package dev.capstan.cli;

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
    Boolean debug;
    String namespace;
    String kubeContext;
    String kubeconfig;
    String kubeApiServer;
    List<String> kubeAsGroup = new ArrayList<>();
    String kubeAsUser;
    String kubeCaFile;
    Boolean kubeInsecureSkipTlsVerify;
    String kubeTlsServerName;
    String kubeToken;
    Integer burstLimit;
    Float qps;
    String color;
    String contentCache;
    String registryConfig;
    String repositoryCache;
    String repositoryConfig;

    /** Declares these flags on a command (see {@link Flags}). */
    void register(Flags f) {
        f.bool("--debug", "print more detail, and the rendered output even when it is invalid", v -> debug = v);
        f.string("-n,--namespace", "string", "namespace of the release", v -> namespace = v);
        f.string("--kube-context", "string", "kubeconfig context to use", v -> kubeContext = v);
        f.string("--kubeconfig", "string", "kubeconfig file to use", v -> kubeconfig = v);
        f.string("--kube-apiserver", "string", "address and port of the Kubernetes API server", v -> kubeApiServer = v);
        f.stringArray("--kube-as-group", "stringArray", "group to impersonate (repeatable)", v -> kubeAsGroup = v);
        f.string("--kube-as-user", "string", "user to impersonate", v -> kubeAsUser = v);
        f.string("--kube-ca-file", "string", "CA file for the Kubernetes API server", v -> kubeCaFile = v);
        f.bool("--kube-insecure-skip-tls-verify", "do not verify the API server certificate (insecure)", v -> kubeInsecureSkipTlsVerify = v);
        f.string("--kube-tls-server-name", "string", "server name expected in the API server certificate (default: the host name used)", v -> kubeTlsServerName = v);
        f.string("--kube-token", "string", "bearer token for the API server", v -> kubeToken = v);
        f.integer("--burst-limit", "int", "client-side throttling limit (default 100)", v -> burstLimit = v);
        f.float32("--qps", "float32", "queries per second to the Kubernetes API, bursts aside", v -> qps = v);
        f.string("--color,--colour", "string", "colored output: never, auto or always (default \"auto\")", v -> color = v);
        f.string("--content-cache", "string", "folder of cached content such as charts", v -> contentCache = v);
        f.string("--registry-config", "string", "registry configuration file", v -> registryConfig = v);
        f.string("--repository-cache", "string", "folder of cached repository indexes", v -> repositoryCache = v);
        f.string("--repository-config", "string", "file listing repository names and URLs", v -> repositoryConfig = v);
    }

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
