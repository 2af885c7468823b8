package dev.capstan.engine;

import dev.capstan.gotemplate.GoObject;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code .Capabilities}: the target Kubernetes version, its API versions and the Helm version. */
public record Capabilities(KubeVersion kubeVersion, VersionSet apiVersions, HelmVersion helmVersion)
        implements GoObject {

    /** What Helm 4.1.4 assumes without a cluster: Kubernetes v1.35.0 and the default API set. */
    public static Capabilities defaults() {
        return new Capabilities(KubeVersion.of(1, 35), new VersionSet(VersionSet.DEFAULT), HelmVersion.CURRENT);
    }

    /** Defaults with {@code --kube-version} (may be null) and {@code --api-versions} applied. */
    public static Capabilities forTemplate(KubeVersion kubeVersion, List<String> extraApiVersions) {
        return new Capabilities(kubeVersion != null ? kubeVersion : KubeVersion.of(1, 35),
                VersionSet.defaultsPlus(extraApiVersions), HelmVersion.CURRENT);
    }

    @Override
    public String goType() {
        return "*common.Capabilities";
    }

    @Override
    public Object field(String name) {
        return switch (name) {
            case "KubeVersion" -> kubeVersion;
            case "APIVersions" -> apiVersions;
            case "HelmVersion" -> helmVersion;
            default -> NO_FIELD;
        };
    }

    @Override
    public String goString() {
        return "{" + kubeVersion.structString() + " " + apiVersions.goString() + " " + helmVersion.goString() + "}";
    }

    /** encoding/json of common.Capabilities: KubeVersion, APIVersions, HelmVersion, in that order. */
    @Override
    public Object jsonValue() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("KubeVersion", kubeVersion);
        m.put("APIVersions", apiVersions);
        m.put("HelmVersion", helmVersion);
        return m;
    }
}
