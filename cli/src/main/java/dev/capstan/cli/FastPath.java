package dev.capstan.cli;

/**
 * Answers the few command lines whose output is fixed — {@code version} with no flags, and the
 * root help ({@code --help}, {@code -h}, {@code help}, no arguments) — without building picocli's
 * command model, which costs more than the rest of such a command (its reflection and class
 * loading were ~60 ms of a ~150 ms {@code version}; see bench/README.md; since picocli-linked
 * and {@link Flags}, ~13 ms: {@code version --short} 73 ms against {@code version} 60 ms).
 * Anything else, including any flag, goes through {@link Commands}. The launcher {@code ./capstan}
 * knows these lines too (it runs them without the AOT cache, which would only slow them down):
 * keep its list in step with {@link #answer}.
 *
 * <p>{@link #ROOT_HELP} is the picocli path's output, kept here as a constant (a resource would
 * load the JDK's jar-URL machinery on every call); {@code FastPathTest} fails when the two differ
 * (a new command or global flag) and writes the new text to {@code cli/target/root-help.txt}.
 */
final class FastPath {
    static final String ROOT_HELP = """
            The Kubernetes package manager, for the JVM: renders and manages Helm charts.

            Usage:
              capstan [command]

            Available Commands:
              template    locally render templates
              version     print the version information

            Flags:
                  --burst-limit int                 client-side throttling limit (default 100)
                  --colour string                   colored output: never, auto or always (default "auto")
                  --content-cache string            folder of cached content such as charts
                  --debug                           print more detail, and the rendered output even when it is invalid
              -h, --help                            help for capstan
                  --kube-apiserver string           address and port of the Kubernetes API server
                  --kube-as-group stringArray       group to impersonate (repeatable)
                  --kube-as-user string             user to impersonate
                  --kube-ca-file string             CA file for the Kubernetes API server
                  --kube-context string             kubeconfig context to use
                  --kube-insecure-skip-tls-verify   do not verify the API server certificate (insecure)
                  --kube-tls-server-name string     server name expected in the API server certificate (default: the host name used)
                  --kube-token string               bearer token for the API server
                  --kubeconfig string               kubeconfig file to use
              -n, --namespace string                namespace of the release
                  --qps float32                     queries per second to the Kubernetes API, bursts aside
                  --registry-config string          registry configuration file
                  --repository-cache string         folder of cached repository indexes
                  --repository-config string        file listing repository names and URLs

            Use "capstan [command] --help" for more information about a command.
            """;

    private FastPath() {
    }

    /** The whole standard output for {@code args}, or null when the full parser must answer. */
    static String answer(String[] args) {
        if (args.length == 0) return ROOT_HELP;
        if (args.length != 1) return null;
        return switch (args[0]) {
            case "--help", "-h", "help" -> ROOT_HELP;
            case "version" -> VersionCommand.buildInfoLine().concat("\n");
            default -> null;
        };
    }
}
