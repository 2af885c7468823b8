package dev.capstan.chart;

import dev.capstan.gotemplate.GoFmt;
import dev.capstan.gotemplate.GoText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Helm's {@code Metadata.Validate}: sanitizes strings (white space to a blank, non-printable
 * characters dropped) and checks name, version, type, maintainers and dependency aliases, in
 * Helm's order and with its messages ({@code validation: ...}).
 */
final class MetadataValidator {
    private MetadataValidator() {
    }

    private static final Pattern ALIAS = Pattern.compile("^[a-zA-Z0-9_-]+$");

    static Metadata validate(ChartYaml.MetadataDraft d) {
        d.name = sanitize(d.name);
        d.description = sanitize(d.description);
        d.home = sanitize(d.home);
        d.icon = sanitize(d.icon);
        d.condition = sanitize(d.condition);
        d.tags = sanitize(d.tags);
        d.appVersion = sanitize(d.appVersion);
        d.kubeVersion = sanitize(d.kubeVersion);
        d.sources = sanitizeAll(d.sources);
        d.keywords = sanitizeAll(d.keywords);

        if (empty(d.apiVersion)) {
            throw invalid("chart.metadata.apiVersion is required");
        }
        if (empty(d.name)) {
            throw invalid("chart.metadata.name is required");
        }
        if (d.name.equals(".") || d.name.equals("..")) {
            throw invalid("chart.metadata.name " + GoFmt.quote(d.name) + " is not allowed");
        }
        if (!d.name.equals(HelmIgnore.goBase(d.name))) {
            throw invalid("chart.metadata.name " + GoFmt.quote(d.name) + " is invalid");
        }
        if (empty(d.version)) {
            throw invalid("chart.metadata.version is required");
        }
        if (!VersionRanges.isValidVersion(d.version)) {
            throw invalid("chart.metadata.version " + GoFmt.quote(d.version) + " is invalid");
        }
        if (!(empty(d.type) || d.type.equals("application") || d.type.equals("library"))) {
            throw invalid("chart.metadata.type must be application or library");
        }
        List<Maintainer> maintainers = new ArrayList<>();
        if (d.maintainers != null) {
            for (Maintainer m : d.maintainers) {
                if (m == null) {
                    throw invalid("maintainers must not contain empty or null nodes");
                }
                maintainers.add(new Maintainer(sanitize(m.name()), sanitize(m.email()), sanitize(m.url())));
            }
        }
        List<Dependency> deps = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        if (d.dependencies != null) {
            for (ChartYaml.DependencyDraft dep : d.dependencies) {
                Dependency v = validateDependency(dep);
                String key = v.effectiveName();
                if (!seen.add(key)) {
                    throw invalid("more than one dependency with name or alias " + GoFmt.quote(key));
                }
                deps.add(v);
            }
        }
        return new Metadata(d.name, d.home, d.sources, d.version, d.description, d.keywords, maintainers, d.icon,
                d.apiVersion, d.condition, d.tags, d.appVersion, d.deprecated, d.annotations, d.kubeVersion, deps,
                d.type);
    }

    static Dependency validateDependency(ChartYaml.DependencyDraft dep) {
        if (dep == null) {
            throw invalid("dependencies must not contain empty or null nodes");
        }
        dep.name = sanitize(dep.name);
        dep.version = sanitize(dep.version);
        dep.repository = sanitize(dep.repository);
        dep.condition = sanitize(dep.condition);
        dep.tags = sanitizeAll(dep.tags);
        if (!empty(dep.alias) && !ALIAS.matcher(dep.alias).matches()) {
            throw invalid("dependency " + GoFmt.quote(dep.name == null ? "" : dep.name)
                    + " has disallowed characters in the alias");
        }
        return dep.build();
    }

    private static ChartLoadException invalid(String msg) {
        return new ChartLoadException("validation: " + msg);
    }

    private static boolean empty(String s) {
        return s == null || s.isEmpty();
    }

    private static List<String> sanitizeAll(List<String> l) {
        if (l == null) {
            return null;
        }
        List<String> out = new ArrayList<>(l.size());
        for (String s : l) {
            out.add(sanitize(s));
        }
        return out;
    }

    /** Go: unicode.IsSpace runes become ' ', non-printable runes are dropped. */
    static String sanitize(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            if (GoText.isSpace(c)) {
                sb.append(' ');
            } else if (GoFmt.isPrint(c)) {
                sb.appendCodePoint(c);
            }
        });
        return sb.toString();
    }
}
