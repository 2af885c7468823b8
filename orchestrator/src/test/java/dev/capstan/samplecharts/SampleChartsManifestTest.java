package dev.capstan.samplecharts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every golden render of the sample charts (sample-charts/golden/<chart>/<valueset>.yaml, made by
 * the reference helm through regen-golden.sh) is a set of valid Kubernetes objects: each document
 * deserializes into its Fabric8 model class with no unknown field, and the workloads follow the
 * practices the charts promise (resources, probes, matching selectors, standard labels).
 */
class SampleChartsManifestTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final String NAMESPACE = "demo";
    /** Labels the controller adds to pods itself, so a Service may select on them. */
    private static final List<String> CONTROLLER_LABELS = List.of("statefulset.kubernetes.io/pod-name");

    static Path goldenRoot() {
        String root = System.getProperty("capstan.root");
        assertNotNull(root, "system property capstan.root is not set (the root pom's surefire config sets it)");
        return Path.of(root, "sample-charts", "golden");
    }

    static Stream<Path> goldenFiles() throws IOException {
        try (Stream<Path> files = Files.walk(goldenRoot())) {
            List<Path> list = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
            assertFalse(list.isEmpty(), "no golden files under " + goldenRoot());
            return list.stream();
        }
    }

    /** The non-empty documents of a rendered file, in order. */
    static List<JsonNode> documents(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<JsonNode> docs = new ArrayList<>();
        for (String part : text.split("(?m)^---\\s*$")) {
            JsonNode node = YAML.readTree(part);
            if (node != null && !node.isMissingNode() && !node.isNull()) {
                docs.add(node);
            }
        }
        return docs;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenFiles")
    void everyDocumentIsAValidKubernetesObject(Path file) throws IOException {
        List<JsonNode> docs = documents(file);
        assertFalse(docs.isEmpty(), file + " has no documents");
        List<HasMetadata> objects = new ArrayList<>();
        for (JsonNode doc : docs) {
            String what = doc.path("kind").asText() + " " + doc.path("metadata").path("name").asText();
            try {
                objects.add(KubernetesModel.read(doc));
            } catch (IOException | IllegalArgumentException e) {
                fail(file.getFileName() + ": " + what + ": " + e.getMessage());
            }
        }
        for (HasMetadata object : objects) {
            checkMetadata(file, object);
        }
        checkWorkloads(file, objects);
        checkServicesSelectSomething(file, objects);
        assertTrue(objects.stream().anyMatch(SampleChartsManifestTest::isTestHook),
                file + ": no `helm.sh/hook: test` Pod");
    }

    private static void checkMetadata(Path file, HasMetadata object) {
        String what = file.getFileName() + ": " + object.getKind() + " " + object.getMetadata().getName();
        Map<String, String> labels = object.getMetadata().getLabels();
        assertNotNull(labels, what + " has no labels");
        for (String key : List.of("app.kubernetes.io/name", "app.kubernetes.io/instance", "app.kubernetes.io/managed-by", "helm.sh/chart")) {
            assertTrue(labels.containsKey(key), what + " lacks label " + key);
        }
        if (KubernetesModel.CLUSTER_SCOPED.contains(object.getKind())) {
            assertEquals(null, object.getMetadata().getNamespace(), what + " is cluster-scoped but names a namespace");
        } else {
            assertEquals(NAMESPACE, object.getMetadata().getNamespace(), what + " is not in the release namespace");
        }
    }

    /** Long-running workloads: resources, liveness and readiness probes, selector = template labels. */
    private static void checkWorkloads(Path file, List<HasMetadata> objects) {
        for (HasMetadata object : objects) {
            String what = file.getFileName() + ": " + object.getKind() + " " + object.getMetadata().getName();
            if (object instanceof Deployment d) {
                checkLongRunning(what, d.getSpec().getSelector(), d.getSpec().getTemplate());
            } else if (object instanceof StatefulSet s) {
                checkLongRunning(what, s.getSpec().getSelector(), s.getSpec().getTemplate());
            } else if (object instanceof DaemonSet d) {
                checkLongRunning(what, d.getSpec().getSelector(), d.getSpec().getTemplate());
            } else if (object instanceof Job j) {
                checkResources(what, j.getSpec().getTemplate());
            } else if (object instanceof CronJob c) {
                checkResources(what, c.getSpec().getJobTemplate().getSpec().getTemplate());
            }
        }
    }

    private static void checkLongRunning(String what, LabelSelector selector, PodTemplateSpec template) {
        Map<String, String> podLabels = template.getMetadata().getLabels();
        selector.getMatchLabels().forEach((k, v) ->
                assertEquals(v, podLabels.get(k), what + ": selector " + k + "=" + v + " does not match the pod labels"));
        checkResources(what, template);
        for (Container c : template.getSpec().getContainers()) {
            assertNotNull(c.getLivenessProbe(), what + ": container " + c.getName() + " has no livenessProbe");
            assertNotNull(c.getReadinessProbe(), what + ": container " + c.getName() + " has no readinessProbe");
        }
    }

    private static void checkResources(String what, PodTemplateSpec template) {
        for (Container c : template.getSpec().getContainers()) {
            assertNotNull(c.getResources(), what + ": container " + c.getName() + " has no resources");
            assertFalse(c.getResources().getRequests() == null || c.getResources().getRequests().isEmpty(),
                    what + ": container " + c.getName() + " has no resource requests");
            assertNotNull(c.getResources().getLimits(), what + ": container " + c.getName() + " has no resource limits");
            assertNotNull(c.getSecurityContext(), what + ": container " + c.getName() + " has no securityContext");
            assertEquals(Boolean.FALSE, c.getSecurityContext().getAllowPrivilegeEscalation(),
                    what + ": container " + c.getName() + " allows privilege escalation");
        }
    }

    /** A Service with a selector must match the pod labels of some workload in the same render. */
    private static void checkServicesSelectSomething(Path file, List<HasMetadata> objects) {
        List<Map<String, String>> podLabelSets = new ArrayList<>();
        for (HasMetadata object : objects) {
            if (object instanceof Deployment d) {
                podLabelSets.add(d.getSpec().getTemplate().getMetadata().getLabels());
            } else if (object instanceof StatefulSet s) {
                podLabelSets.add(s.getSpec().getTemplate().getMetadata().getLabels());
            } else if (object instanceof DaemonSet d) {
                podLabelSets.add(d.getSpec().getTemplate().getMetadata().getLabels());
            }
        }
        for (HasMetadata object : objects) {
            if (!(object instanceof Service service) || "ExternalName".equals(service.getSpec().getType())) {
                continue;
            }
            Map<String, String> selector = service.getSpec().getSelector();
            assertNotNull(selector, file.getFileName() + ": Service " + service.getMetadata().getName() + " has no selector");
            boolean matched = podLabelSets.stream().anyMatch(labels -> selector.entrySet().stream()
                    .allMatch(e -> CONTROLLER_LABELS.contains(e.getKey()) || e.getValue().equals(labels.get(e.getKey()))));
            assertTrue(matched, file.getFileName() + ": Service " + service.getMetadata().getName() + " selects no pods of this release");
        }
    }

    private static boolean isTestHook(HasMetadata object) {
        Map<String, String> annotations = object.getMetadata().getAnnotations();
        return "Pod".equals(object.getKind()) && annotations != null && "test".equals(annotations.get("helm.sh/hook"));
    }

    // The checks above must be able to fail: a typo in a field name and an unknown kind are rejected.

    @Test
    void aMisspelledFieldIsRejected() throws IOException {
        JsonNode typo = YAML.readTree("""
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: x
                spec:
                  replicaz: 2
                  selector: {matchLabels: {a: b}}
                  template: {metadata: {labels: {a: b}}, spec: {containers: [{name: c, image: i}]}}
                """);
        IOException e = assertThrows(IOException.class, () -> KubernetesModel.read(typo));
        assertTrue(e.getMessage().contains("replicaz"), e.getMessage());
    }

    @Test
    void aMisspelledNestedFieldIsRejected() throws IOException {
        JsonNode typo = YAML.readTree("""
                apiVersion: v1
                kind: Pod
                metadata:
                  name: x
                spec:
                  containers:
                    - name: c
                      image: i
                      resources: {request: {cpu: 10m}}
                """);
        IOException e = assertThrows(IOException.class, () -> KubernetesModel.read(typo));
        assertTrue(e.getMessage().contains("request"), e.getMessage());
    }

    @Test
    void anUnknownKindIsRejected() throws IOException {
        JsonNode unknown = YAML.readTree("apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: x}\n");
        assertThrows(IllegalArgumentException.class, () -> KubernetesModel.read(unknown));
    }

    @Test
    void everyChartWithValueSetsHasGoldenFiles() throws IOException {
        Path charts = goldenRoot().getParent();
        try (Stream<Path> dirs = Files.list(charts)) {
            for (Path ci : dirs.map(d -> d.resolve("ci")).filter(Files::isDirectory).sorted().toList()) {
                String chart = ci.getParent().getFileName().toString();
                try (Stream<Path> sets = Files.list(ci)) {
                    for (Path set : sets.sorted().toList()) {
                        Path golden = goldenRoot().resolve(chart).resolve(set.getFileName());
                        assertTrue(Files.isRegularFile(golden), "missing " + golden + "; run sample-charts/regen-golden.sh");
                    }
                }
            }
        }
    }
}
