package dev.capstan.engine;

import dev.capstan.gotemplate.Func;
import dev.capstan.gotemplate.GoObject;
import dev.capstan.gotemplate.ParamType;

import java.util.ArrayList;
import java.util.List;

/** {@code .Capabilities.APIVersions}: a list of group/version strings with a {@code Has} method. */
public final class VersionSet implements GoObject {
    /**
     * Every group/version of the client-go scheme plus apiextensions, in the order Helm 4.1.4
     * lists them when no cluster is asked (read from the reference binary).
     */
    public static final List<String> DEFAULT = List.of(
            "v1",
            "admissionregistration.k8s.io/v1", "admissionregistration.k8s.io/v1alpha1", "admissionregistration.k8s.io/v1beta1",
            "internal.apiserver.k8s.io/v1alpha1",
            "apps/v1", "apps/v1beta1", "apps/v1beta2",
            "authentication.k8s.io/v1", "authentication.k8s.io/v1alpha1", "authentication.k8s.io/v1beta1",
            "authorization.k8s.io/v1", "authorization.k8s.io/v1beta1",
            "autoscaling/v1", "autoscaling/v2", "autoscaling/v2beta1", "autoscaling/v2beta2",
            "batch/v1", "batch/v1beta1",
            "certificates.k8s.io/v1", "certificates.k8s.io/v1beta1", "certificates.k8s.io/v1alpha1",
            "coordination.k8s.io/v1alpha2", "coordination.k8s.io/v1beta1", "coordination.k8s.io/v1",
            "discovery.k8s.io/v1", "discovery.k8s.io/v1beta1",
            "events.k8s.io/v1", "events.k8s.io/v1beta1",
            "extensions/v1beta1",
            "flowcontrol.apiserver.k8s.io/v1", "flowcontrol.apiserver.k8s.io/v1beta1",
            "flowcontrol.apiserver.k8s.io/v1beta2", "flowcontrol.apiserver.k8s.io/v1beta3",
            "networking.k8s.io/v1", "networking.k8s.io/v1beta1",
            "node.k8s.io/v1", "node.k8s.io/v1alpha1", "node.k8s.io/v1beta1",
            "policy/v1", "policy/v1beta1",
            "rbac.authorization.k8s.io/v1", "rbac.authorization.k8s.io/v1beta1", "rbac.authorization.k8s.io/v1alpha1",
            "resource.k8s.io/v1", "resource.k8s.io/v1beta2", "resource.k8s.io/v1beta1", "resource.k8s.io/v1alpha3",
            "scheduling.k8s.io/v1alpha1", "scheduling.k8s.io/v1beta1", "scheduling.k8s.io/v1",
            "storage.k8s.io/v1beta1", "storage.k8s.io/v1", "storage.k8s.io/v1alpha1",
            "storagemigration.k8s.io/v1beta1",
            "apiextensions.k8s.io/v1beta1", "apiextensions.k8s.io/v1");

    private final List<String> versions;

    public VersionSet(List<String> versions) {
        this.versions = List.copyOf(versions);
    }

    /** The default set followed by {@code extra} (what {@code --api-versions} appends). */
    public static VersionSet defaultsPlus(List<String> extra) {
        List<String> all = new ArrayList<>(DEFAULT);
        all.addAll(extra);
        return new VersionSet(all);
    }

    public boolean has(String apiVersion) {
        return versions.contains(apiVersion);
    }

    public List<String> versions() {
        return versions;
    }

    @Override
    public String goType() {
        return "common.VersionSet";
    }

    @Override
    public Func method(String name) {
        if (name.equals("Has")) return Func.of("Has", a -> has((String) a[0]), ParamType.STRING);
        return null;
    }

    @Override
    public Object underlying() {
        return versions;
    }

    @Override
    public String goString() {
        return "[" + String.join(" ", versions) + "]";
    }
}
