package dev.capstan.engine;

import dev.capstan.gotemplate.GoMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Builds each chart's render object as Helm's {@code recAllTpls} does: {@code .Chart} (with
 * {@code IsRoot}), {@code .Files}, {@code .Release} and {@code .Capabilities} from the top,
 * {@code .Values} (the whole values for the root, the parent's {@code Values.<name>} table for a
 * subchart, an empty map when that is missing or not a map) and {@code .Subcharts}. Maps are
 * shared, not copied, exactly as in Go: a subchart's {@code .Values} is the same map as its
 * parent's {@code .Values.<name>}.
 */
final class ChartScopes {
    private ChartScopes() {
    }

    /** Adds every template of the tree to {@code out}, keyed by its full path. */
    static void collect(EngineChart chart, Map<String, Object> top, Map<String, Renderable> out,
                        Function<Object, String> toYaml) {
        rec(chart, top, true, chart.name(), out, toYaml);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> rec(EngineChart c, Map<String, Object> parent, boolean isRoot, String fullPath,
                                           Map<String, Renderable> out, Function<Object, String> toYaml) {
        Map<String, Object> chartMeta = new LinkedHashMap<>(c.metadataMap());
        chartMeta.put("IsRoot", isRoot);
        Map<String, Object> subcharts = new LinkedHashMap<>();
        Map<String, Object> next = new LinkedHashMap<>();
        next.put("Chart", chartMeta);
        next.put("Files", new Files(c.files(), toYaml));
        next.put("Release", parent.get("Release"));
        next.put("Capabilities", parent.get("Capabilities"));
        // Helm hands templates .Values as common.Values (a view: writes reach the parent's values)
        next.put("Values", new GoMap(GoMap.VALUES, Map.of()));
        next.put("Subcharts", subcharts);
        if (isRoot) {
            Object vs = parent.get("Values");
            next.put("Values", vs instanceof Map<?, ?> m ? GoMap.view(GoMap.VALUES, (Map<String, Object>) m) : vs);
        } else {
            Map<String, Object> vs = table(parent, "Values." + c.name());
            if (vs != null) next.put("Values", GoMap.view(GoMap.VALUES, vs));
        }
        for (EngineChart child : c.dependencies()) {
            subcharts.put(child.name(), rec(child, next, false, fullPath + "/charts/" + child.name(), out, toYaml));
        }
        String basePath = fullPath + "/templates";
        boolean ftl = FreemarkerRenderer.enabledBy(c.metadataMap());
        for (EngineChart.NamedText t : c.templates()) {
            if (c.isLibrary() && !ManifestSorter.baseName(t.name()).startsWith("_")) continue;
            out.put(joinPath(fullPath, t.name()), new Renderable(t.text(), next, basePath, ftl && FreemarkerRenderer.handles(t.name())));
        }
        return next;
    }

    /** Helm's {@code Values.Table}: walks dot-separated keys; null unless every step is a map. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> table(Map<String, Object> from, String dotted) {
        Map<String, Object> cur = from;
        for (String k : dotted.split("\\.", -1)) {
            if (!cur.containsKey(k)) return null;
            Object v = cur.get(k);
            if (!(v instanceof Map)) return null;
            cur = (Map<String, Object>) v;
        }
        return cur;
    }

    /** {@code path.Join}: joined with {@code /} and cleaned. */
    static String joinPath(String a, String b) {
        String joined = a.isEmpty() ? b : b.isEmpty() ? a : a + "/" + b;
        return cleanPath(joined);
    }

    static String cleanPath(String p) {
        if (p.isEmpty()) return ".";
        boolean rooted = p.startsWith("/");
        java.util.ArrayDeque<String> parts = new java.util.ArrayDeque<>();
        for (String s : p.split("/")) {
            if (s.isEmpty() || s.equals(".")) continue;
            if (s.equals("..")) {
                if (!parts.isEmpty() && !parts.peekLast().equals("..")) parts.pollLast();
                else if (!rooted) parts.addLast("..");
                continue;
            }
            parts.addLast(s);
        }
        String out = String.join("/", parts);
        if (rooted) return "/" + out;
        return out.isEmpty() ? "." : out;
    }

    static List<String> keysOf(Map<String, ?> m) {
        return List.copyOf(m.keySet());
    }
}
