package dev.capstan.chart;

import java.util.List;

/**
 * A {@code dependencies} entry of Chart.yaml (v2) or requirements.yaml (v1), also used for the
 * entries of a lock file.
 *
 * @param version a version or a semver range (a lock holds exact versions)
 * @param condition comma-separated value paths, the first one resolving to a bool decides
 * @param enabled set by dependency processing; false in a freshly loaded chart unless written
 * @param importValues each element is a {@code String} or a {@code Map} with {@code child} and
 *     {@code parent} keys, exactly as written
 * @param alias the name under which the subchart is used, or empty
 */
public record Dependency(
        String name,
        String version,
        String repository,
        String condition,
        List<String> tags,
        boolean enabled,
        List<Object> importValues,
        String alias) {

    public Dependency {
        name = name == null ? "" : name;
        version = version == null ? "" : version;
        repository = repository == null ? "" : repository;
        condition = condition == null ? "" : condition;
        tags = tags == null ? List.of() : List.copyOf(tags);
        importValues = importValues == null ? List.of() : dev.capstan.values.ValueMaps.frozenList(importValues);
        alias = alias == null ? "" : alias;
    }

    /** The name the subchart is known by in its parent: the alias when there is one. */
    public String effectiveName() {
        return alias.isEmpty() ? name : alias;
    }

    public Dependency withEnabled(boolean value) {
        return new Dependency(name, version, repository, condition, tags, value, importValues, alias);
    }
}
