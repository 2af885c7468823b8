package dev.capstan.engine;

import dev.capstan.gotemplate.GoObject;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code .Capabilities.HelmVersion}, Helm's {@code version.BuildInfo}. Capstan reports the Helm
 * version it reproduces, so charts that gate on it behave as under that Helm.
 */
public record HelmVersion(String version, String gitCommit, String gitTreeState, String goVersion,
                          String kubeClientVersion) implements GoObject {

    /** The reference build Capstan reproduces. */
    public static final HelmVersion CURRENT = new HelmVersion("v4.1.4",
            "05fa37973dc9e42b76e1d2883494c87174b6074f", "clean", "go1.25.9", "v1.35");

    @Override
    public String goType() {
        return "version.BuildInfo";
    }

    @Override
    public Object field(String name) {
        return switch (name) {
            case "Version" -> version;
            case "GitCommit" -> gitCommit;
            case "GitTreeState" -> gitTreeState;
            case "GoVersion" -> goVersion;
            case "KubeClientVersion" -> kubeClientVersion;
            default -> NO_FIELD;
        };
    }

    @Override
    public String goString() {
        return "{" + version + " " + gitCommit + " " + gitTreeState + " " + goVersion + " " + kubeClientVersion + "}";
    }

    /** encoding/json of version.BuildInfo, whose fields carry snake_case json tags. */
    @Override
    public Object jsonValue() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", version);
        m.put("git_commit", gitCommit);
        m.put("git_tree_state", gitTreeState);
        m.put("go_version", goVersion);
        m.put("kube_client_version", kubeClientVersion);
        return m;
    }
}
