package dev.capstan.chart;

import static dev.capstan.chart.GoStructDecoder.anyList;
import static dev.capstan.chart.GoStructDecoder.bool;
import static dev.capstan.chart.GoStructDecoder.fields;
import static dev.capstan.chart.GoStructDecoder.isNull;
import static dev.capstan.chart.GoStructDecoder.match;
import static dev.capstan.chart.GoStructDecoder.string;
import static dev.capstan.chart.GoStructDecoder.stringList;
import static dev.capstan.chart.GoStructDecoder.stringMap;

import dev.capstan.gotemplate.GoFmt;
import dev.capstan.values.TypedYaml;
import dev.capstan.yaml.GoJsonDecoder;
import dev.capstan.yaml.YamlException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads Chart.yaml, requirements.yaml, Chart.lock and requirements.lock into mutable drafts,
 * with Helm's error texts (the caller adds the {@code cannot load <file>: } prefix).
 */
final class ChartYaml {
    private ChartYaml() {
    }

    private static final String UNMARSHAL = "error unmarshaling JSON: while decoding JSON: ";

    /** The mutable form of {@link Metadata} while files are read; nulls are kept for validation. */
    static final class MetadataDraft {
        String name;
        String home;
        List<String> sources;
        String version;
        String description;
        List<String> keywords;
        List<Maintainer> maintainers; // may contain null (an empty node), rejected by validation
        String icon;
        String apiVersion;
        String condition;
        String tags;
        String appVersion;
        boolean deprecated;
        Map<String, String> annotations;
        String kubeVersion;
        List<DependencyDraft> dependencies; // may contain null
        String type;
    }

    static final class DependencyDraft {
        String name;
        String version;
        String repository;
        String condition;
        List<String> tags;
        boolean enabled;
        List<Object> importValues;
        String alias;

        Dependency build() {
            return new Dependency(name, version, repository, condition, tags, enabled, importValues, alias);
        }
    }

    /**
     * The {@code apiVersion} of a Chart.yaml as Helm's version sniffing reads it (into a struct
     * with only that field), with its error texts; this runs before the full decode.
     */
    static String sniffApiVersion(byte[] data) {
        Object doc = typed(data, "Chart.yaml");
        if (isNull(doc)) {
            return "";
        }
        checkJsonable(doc, true);
        if (!(doc instanceof Map<?, ?> m)) {
            throw new ChartLoadException("cannot load Chart.yaml: " + UNMARSHAL + "json: cannot unmarshal "
                    + GoJsonDecoder.jsonKind(doc) + " into Go value of type loader.chartBase");
        }
        String api = "";
        try {
            for (Map.Entry<String, Object> e : fields(m)) {
                if (match(e.getKey(), "apiVersion") != null) {
                    String s = string(e.getValue(), "chartBase", "apiVersion");
                    api = s == null ? "" : s;
                }
            }
        } catch (GoStructDecoder.TypeError e) {
            throw new ChartLoadException("cannot load Chart.yaml: " + UNMARSHAL + e.getMessage());
        }
        return api;
    }

    /** Infinity and NaN cannot become JSON; sigs.k8s.io/yaml fails converting them. */
    private static void checkJsonable(Object v, boolean top) {
        if (v instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                // apiVersion is a string field of the sniffing struct, so it is coerced, not checked
                if (top && e.getKey() instanceof String k && match(k, "apiVersion") != null) {
                    continue;
                }
                checkJsonable(e.getValue(), false);
            }
        } else if (v instanceof List<?> l) {
            for (Object o : l) {
                checkJsonable(o, false);
            }
        } else if (v instanceof Double d && (d.isInfinite() || d.isNaN())) {
            throw new ChartLoadException("cannot load Chart.yaml: error converting YAML to JSON: json: "
                    + "unsupported value: " + GoFmt.formatFloat(d, 'g', -1));
        }
    }

    private static Object typed(byte[] data, String file) {
        try {
            return TypedYaml.parse(new String(data, StandardCharsets.UTF_8));
        } catch (YamlException e) {
            throw new ChartLoadException("cannot load " + file + ": " + e.helmMessage());
        }
    }

    /**
     * Decodes {@code data} into {@code into} (fields present in the file overwrite, like
     * {@code yaml.Unmarshal} into an existing struct); {@code file} names the file in errors.
     */
    static void decodeMetadata(byte[] data, MetadataDraft into, String file) {
        Object doc = typed(data, file);
        if (isNull(doc)) {
            return;
        }
        if (!(doc instanceof Map<?, ?> m)) {
            throw new ChartLoadException("cannot load " + file + ": " + UNMARSHAL + "json: cannot unmarshal "
                    + GoJsonDecoder.jsonKind(doc) + " into Go value of type v2.Metadata");
        }
        try {
            for (Map.Entry<String, Object> e : fields(m)) {
                metadataField(into, e.getKey(), e.getValue());
            }
        } catch (GoStructDecoder.TypeError e) {
            throw new ChartLoadException("cannot load " + file + ": " + UNMARSHAL + e.getMessage());
        }
    }

    private static void metadataField(MetadataDraft d, String key, Object v) {
        String f = match(key, "name", "home", "sources", "version", "description", "keywords", "maintainers",
                "icon", "apiVersion", "condition", "tags", "appVersion", "deprecated", "annotations",
                "kubeVersion", "dependencies", "type");
        if (f == null) {
            return;
        }
        String s = "Metadata";
        switch (f) {
            case "name" -> d.name = keep(d.name, string(v, s, f), v);
            case "home" -> d.home = keep(d.home, string(v, s, f), v);
            case "sources" -> d.sources = keep(d.sources, stringList(v, s, f), v);
            case "version" -> d.version = keep(d.version, string(v, s, f), v);
            case "description" -> d.description = keep(d.description, string(v, s, f), v);
            case "keywords" -> d.keywords = keep(d.keywords, stringList(v, s, f), v);
            case "maintainers" -> d.maintainers = isNull(v) ? null : maintainers(v);
            case "icon" -> d.icon = keep(d.icon, string(v, s, f), v);
            case "apiVersion" -> d.apiVersion = keep(d.apiVersion, string(v, s, f), v);
            case "condition" -> d.condition = keep(d.condition, string(v, s, f), v);
            case "tags" -> d.tags = keep(d.tags, string(v, s, f), v);
            case "appVersion" -> d.appVersion = keep(d.appVersion, string(v, s, f), v);
            case "deprecated" -> {
                Boolean b = bool(v, s, f);
                if (b != null) {
                    d.deprecated = b;
                }
            }
            case "annotations" -> {
                Map<String, String> a = stringMap(v, s, f);
                if (a != null) {
                    // encoding/json decodes into an existing map by adding keys
                    if (d.annotations == null) {
                        d.annotations = a;
                    } else {
                        d.annotations.putAll(a);
                    }
                }
            }
            case "kubeVersion" -> d.kubeVersion = keep(d.kubeVersion, string(v, s, f), v);
            case "dependencies" -> d.dependencies = isNull(v) ? null : dependencies(v, "Metadata", "dependencies");
            case "type" -> d.type = keep(d.type, string(v, s, f), v);
            default -> {
            }
        }
    }

    /** A JSON null leaves a Go string unchanged; anything else replaces it. */
    private static <T> T keep(T old, T decoded, Object raw) {
        return isNull(raw) ? old : decoded;
    }

    private static List<Maintainer> maintainers(Object v) {
        if (!(v instanceof List<?> l)) {
            throw GoStructDecoder.mismatch(v, "Metadata", "maintainers", "[]*v2.Maintainer");
        }
        List<Maintainer> out = new ArrayList<>();
        for (Object o : l) {
            if (isNull(o)) {
                out.add(null);
                continue;
            }
            if (!(o instanceof Map<?, ?> m)) {
                throw GoStructDecoder.mismatch(o, "Metadata", "maintainers", "v2.Maintainer");
            }
            String name = null;
            String email = null;
            String url = null;
            for (Map.Entry<String, Object> e : fields(m)) {
                String f = match(e.getKey(), "name", "email", "url");
                if (f == null) {
                    continue;
                }
                String val = string(e.getValue(), "Maintainer", "maintainers." + f);
                switch (f) {
                    case "name" -> name = keep(name, val, e.getValue());
                    case "email" -> email = keep(email, val, e.getValue());
                    default -> url = keep(url, val, e.getValue());
                }
            }
            out.add(new Maintainer(name, email, url));
        }
        return out;
    }

    private static List<DependencyDraft> dependencies(Object v, String struct, String field) {
        if (!(v instanceof List<?> l)) {
            throw GoStructDecoder.mismatch(v, struct, field, "[]*v2.Dependency");
        }
        List<DependencyDraft> out = new ArrayList<>();
        for (Object o : l) {
            if (isNull(o)) {
                out.add(null);
                continue;
            }
            if (!(o instanceof Map<?, ?> m)) {
                throw GoStructDecoder.mismatch(o, struct, field, "v2.Dependency");
            }
            DependencyDraft d = new DependencyDraft();
            String s = "Dependency";
            for (Map.Entry<String, Object> e : fields(m)) {
                String f = match(e.getKey(), "name", "version", "repository", "condition", "tags", "enabled",
                        "import-values", "alias");
                if (f == null) {
                    continue;
                }
                Object val = e.getValue();
                String p = field + "." + f;
                switch (f) {
                    case "name" -> d.name = keep(d.name, string(val, s, p), val);
                    case "version" -> d.version = keep(d.version, string(val, s, p), val);
                    case "repository" -> d.repository = keep(d.repository, string(val, s, p), val);
                    case "condition" -> d.condition = keep(d.condition, string(val, s, p), val);
                    case "tags" -> d.tags = keep(d.tags, stringList(val, s, p), val);
                    case "enabled" -> {
                        Boolean b = bool(val, s, p);
                        if (b != null) {
                            d.enabled = b;
                        }
                    }
                    case "import-values" -> d.importValues = keep(d.importValues, anyList(val, s, p), val);
                    default -> d.alias = keep(d.alias, string(val, s, p), val);
                }
            }
            out.add(d);
        }
        return out;
    }

    /** Chart.lock / requirements.lock. */
    static Lock decodeLock(byte[] data, String file) {
        Object doc = typed(data, file);
        if (isNull(doc)) {
            // yaml.Unmarshal of "null" into **Lock sets the pointer to nil
            return null;
        }
        if (!(doc instanceof Map<?, ?> m)) {
            throw new ChartLoadException("cannot load " + file + ": " + UNMARSHAL + "json: cannot unmarshal "
                    + GoJsonDecoder.jsonKind(doc) + " into Go value of type v2.Lock");
        }
        String generated = null;
        String digest = null;
        List<Dependency> deps = new ArrayList<>();
        try {
            for (Map.Entry<String, Object> e : fields(m)) {
                String f = match(e.getKey(), "generated", "digest", "dependencies");
                if (f == null) {
                    continue;
                }
                Object v = e.getValue();
                switch (f) {
                    case "generated" -> generated = keep(generated, lockTime(v), v);
                    case "digest" -> digest = keep(digest, string(v, "Lock", f), v);
                    default -> {
                        if (!isNull(v)) {
                            deps.clear();
                            for (DependencyDraft d : dependencies(v, "Lock", "dependencies")) {
                                // a null entry decodes to a nil pointer; keep an empty dependency
                                deps.add(d == null ? new Dependency(null, null, null, null, null, false, null, null)
                                        : d.build());
                            }
                        }
                    }
                }
            }
        } catch (GoStructDecoder.TypeError e) {
            throw new ChartLoadException("cannot load " + file + ": " + UNMARSHAL + e.getMessage());
        }
        return new Lock(generated, digest, deps);
    }

    private static String lockTime(Object v) {
        if (isNull(v)) {
            return null;
        }
        if (!(v instanceof String s)) {
            throw new GoStructDecoder.TypeError("Time.UnmarshalJSON: input is not a JSON string");
        }
        String err = GoTime.rfc3339Error(s);
        if (err != null) {
            throw new GoStructDecoder.TypeError(err);
        }
        return s;
    }
}
