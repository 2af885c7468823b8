package dev.capstan.chart;

import dev.capstan.values.ValueMaps;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A loaded chart (Helm's {@code chart/v2.Chart}), immutable.
 *
 * <p>A chart does not know its parent: where a chart sits in the tree (root or not, its full
 * path {@code root/charts/sub}) is context the caller carries while walking from the root. This
 * keeps charts plain values that can be shared and rebuilt (aliasing, dependency pruning) without
 * back-links.
 *
 * @param metadata Chart.yaml (plus requirements.yaml dependencies for v1 charts)
 * @param lock Chart.lock / requirements.lock, or null
 * @param templates every file under {@code templates/}, in load order
 * @param values the parsed values.yaml (several documents merged), frozen; empty if absent
 * @param schema values.schema.json bytes, or null
 * @param files what templates see as {@code .Files}: everything except Chart.yaml, Chart.lock,
 *     values.yaml, values.schema.json, templates/ and charts/ (but charts/*.prov is kept);
 *     requirements.yaml/lock only for apiVersion v1
 * @param raw every file as read (needed by {@code helm show values}, which prints the raw text)
 * @param dependencies the loaded subcharts (charts/), sorted by directory/archive name
 */
public record Chart(
        Metadata metadata,
        Lock lock,
        List<ChartFile> templates,
        Map<String, Object> values,
        byte[] schema,
        List<ChartFile> files,
        List<ChartFile> raw,
        List<Chart> dependencies) {

    public Chart {
        Objects.requireNonNull(metadata, "metadata");
        templates = templates == null ? List.of() : List.copyOf(templates);
        values = ValueMaps.frozenMap(values);
        files = files == null ? List.of() : List.copyOf(files);
        raw = raw == null ? List.of() : List.copyOf(raw);
        dependencies = dependencies == null ? List.of() : List.copyOf(dependencies);
    }

    public String name() {
        return metadata.name();
    }

    public boolean isLibrary() {
        return metadata.isLibrary();
    }

    /** The raw bytes of values.yaml as written (comments and all), or null. */
    public byte[] rawValues() {
        for (ChartFile f : raw) {
            if (f.name().equals("values.yaml")) {
                return f.data();
            }
        }
        return null;
    }

    /** A {@code .Files} entry by name, or null. */
    public ChartFile file(String name) {
        for (ChartFile f : files) {
            if (f.name().equals(name)) {
                return f;
            }
        }
        return null;
    }

    /**
     * CRD files of this chart and (recursively) its subcharts: files under {@code crds/} ending in
     * .yaml/.yml/.json (case-insensitive), each with its path under the chart tree
     * ({@code root/charts/sub/crds/x.yaml}), in Helm's order (own first, then dependencies).
     */
    public List<Crd> crdObjects() {
        List<Crd> out = new ArrayList<>();
        collectCrds(name(), out);
        return out;
    }

    private void collectCrds(String fullPath, List<Crd> out) {
        for (ChartFile f : files) {
            if (f.name().startsWith("crds/") && hasManifestExtension(f.name())) {
                out.add(new Crd(f.name(), fullPath + "/" + f.name(), f));
            }
        }
        for (Chart d : dependencies) {
            d.collectCrds(fullPath + "/charts/" + d.name(), out);
        }
    }

    private static boolean hasManifestExtension(String name) {
        int slash = name.lastIndexOf('/');
        int dot = name.lastIndexOf('.');
        if (dot <= slash) {
            return false;
        }
        String ext = name.substring(dot);
        return ext.equalsIgnoreCase(".yaml") || ext.equalsIgnoreCase(".yml") || ext.equalsIgnoreCase(".json");
    }

    /** One CRD file: its chart-relative name, its path in the chart tree, and the file. */
    public record Crd(String name, String filename, ChartFile file) {
    }

    public Chart withMetadata(Metadata m) {
        return new Chart(m, lock, templates, values, schema, files, raw, dependencies);
    }

    public Chart withDependencies(List<Chart> deps) {
        return new Chart(metadata, lock, templates, values, schema, files, raw, deps);
    }

    public Chart withValues(Map<String, Object> v) {
        return new Chart(metadata, lock, templates, v, schema, files, raw, dependencies);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Chart c && c.metadata.equals(metadata) && Objects.equals(c.lock, lock)
                && c.templates.equals(templates) && c.values.equals(values)
                && java.util.Arrays.equals(c.schema, schema) && c.files.equals(files)
                && c.dependencies.equals(dependencies);
    }

    @Override
    public int hashCode() {
        return Objects.hash(metadata, templates, values, files, dependencies);
    }

    @Override
    public String toString() {
        return "Chart[" + metadata.name() + " " + metadata.version() + ", " + templates.size()
                + " templates, " + files.size() + " files, " + dependencies.size() + " subcharts]";
    }
}
