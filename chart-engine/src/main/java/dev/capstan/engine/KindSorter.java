package dev.capstan.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Orders Kubernetes objects by kind the way Helm applies and deletes them. Known kinds follow the
 * order list; unknown kinds come after every known one, ordered by kind string; equal positions
 * keep their input order (a stable sort, as Go's {@code sort.SliceStable}).
 */
public final class KindSorter {
    /** The order in which objects are installed. */
    public static final List<String> INSTALL_ORDER = List.of(
            "PriorityClass", "Namespace", "NetworkPolicy", "ResourceQuota", "LimitRange",
            "PodSecurityPolicy", "PodDisruptionBudget", "ServiceAccount", "Secret", "SecretList",
            "ConfigMap", "StorageClass", "PersistentVolume", "PersistentVolumeClaim",
            "CustomResourceDefinition", "ClusterRole", "ClusterRoleList", "ClusterRoleBinding",
            "ClusterRoleBindingList", "Role", "RoleList", "RoleBinding", "RoleBindingList", "Service",
            "DaemonSet", "Pod", "ReplicationController", "ReplicaSet", "Deployment",
            "HorizontalPodAutoscaler", "StatefulSet", "Job", "CronJob", "IngressClass", "Ingress",
            "APIService", "MutatingWebhookConfiguration", "ValidatingWebhookConfiguration");

    /** The order in which objects are deleted; not the exact reverse of {@link #INSTALL_ORDER}. */
    public static final List<String> UNINSTALL_ORDER = List.of(
            "ValidatingWebhookConfiguration", "MutatingWebhookConfiguration", "APIService", "Ingress",
            "IngressClass", "Service", "CronJob", "Job", "StatefulSet", "HorizontalPodAutoscaler",
            "Deployment", "ReplicaSet", "ReplicationController", "Pod", "DaemonSet", "RoleBindingList",
            "RoleBinding", "RoleList", "Role", "ClusterRoleBindingList", "ClusterRoleBinding",
            "ClusterRoleList", "ClusterRole", "CustomResourceDefinition", "PersistentVolumeClaim",
            "PersistentVolume", "StorageClass", "ConfigMap", "SecretList", "Secret", "ServiceAccount",
            "PodDisruptionBudget", "PodSecurityPolicy", "LimitRange", "ResourceQuota", "NetworkPolicy",
            "Namespace", "PriorityClass");

    private KindSorter() {
    }

    /** A new list with {@code items} stably sorted by the kind {@code kindOf} gives each. */
    public static <T> List<T> sort(List<T> items, Function<T, String> kindOf, List<String> order) {
        Map<String, Integer> rank = new HashMap<>();
        for (int i = 0; i < order.size(); i++) rank.put(order.get(i), i);
        Comparator<T> cmp = (a, b) -> compareKinds(kindOf.apply(a), kindOf.apply(b), rank);
        List<T> out = new ArrayList<>(items);
        Collections.sort(out, cmp); // List.sort is a stable merge sort
        return out;
    }

    private static int compareKinds(String a, String b, Map<String, Integer> rank) {
        Integer ra = rank.get(a);
        Integer rb = rank.get(b);
        if (ra == null && rb == null) return a.compareTo(b) < 0 ? -1 : a.equals(b) ? 0 : 1;
        if (ra == null) return 1;
        if (rb == null) return -1;
        return Integer.compare(ra, rb);
    }
}
