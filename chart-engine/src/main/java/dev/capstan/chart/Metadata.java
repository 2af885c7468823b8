package dev.capstan.chart;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The content of Chart.yaml (Helm's {@code chart/v2.Metadata}). Absent strings are empty, absent
 * lists are empty; {@code condition} and {@code tags} are the deprecated v1 fields (plain
 * strings). Annotations are kept sorted by key (Go prints maps sorted); they are null when
 * Chart.yaml has none, because Go keeps that nil map apart from an empty one ({@code toJson}
 * prints {@code null}).
 */
public record Metadata(
        String name,
        String home,
        List<String> sources,
        String version,
        String description,
        List<String> keywords,
        List<Maintainer> maintainers,
        String icon,
        String apiVersion,
        String condition,
        String tags,
        String appVersion,
        boolean deprecated,
        Map<String, String> annotations,
        String kubeVersion,
        List<Dependency> dependencies,
        String type) {

    public static final String API_V1 = "v1";
    public static final String API_V2 = "v2";

    public Metadata {
        name = nz(name);
        home = nz(home);
        sources = sources == null ? List.of() : List.copyOf(sources);
        version = nz(version);
        description = nz(description);
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        maintainers = maintainers == null ? List.of() : List.copyOf(maintainers);
        icon = nz(icon);
        apiVersion = nz(apiVersion);
        condition = nz(condition);
        tags = nz(tags);
        appVersion = nz(appVersion);
        annotations = annotations == null
                ? null
                : Collections.unmodifiableMap(new TreeMap<>(annotations));
        kubeVersion = nz(kubeVersion);
        dependencies = dependencies == null ? List.of() : List.copyOf(dependencies);
        type = nz(type);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** A minimal v2 metadata, handy for tests and generated charts. */
    public static Metadata of(String name, String version) {
        return new Metadata(name, null, null, version, null, null, null, null, API_V2, null, null,
                null, false, null, null, null, null);
    }

    public boolean isLibrary() {
        return type.equalsIgnoreCase("library");
    }

    public Metadata withName(String newName) {
        return new Metadata(newName, home, sources, version, description, keywords, maintainers, icon,
                apiVersion, condition, tags, appVersion, deprecated, annotations, kubeVersion,
                dependencies, type);
    }

    public Metadata withDependencies(List<Dependency> deps) {
        return new Metadata(name, home, sources, version, description, keywords, maintainers, icon,
                apiVersion, condition, tags, appVersion, deprecated, annotations, kubeVersion, deps,
                type);
    }
}
