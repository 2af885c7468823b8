package dev.capstan.values;

import dev.capstan.chart.Chart;
import dev.capstan.chart.Dependency;
import dev.capstan.chart.VersionRanges;
import dev.capstan.gotemplate.GoFmt;
import dev.capstan.gotemplate.GoText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Helm's {@code ProcessDependencies} (pkg/chart/v2/util/dependencies.go), on immutable charts:
 * returns a new chart tree in which
 * <ol>
 *   <li>aliased dependencies are copies of their chart renamed to the alias;</li>
 *   <li>{@code tags} then {@code condition}s (first path resolving to a bool wins) decide which
 *       dependencies are enabled, using the values coalesced at each level;</li>
 *   <li>disabled subcharts are removed, recursively;</li>
 *   <li>{@code import-values} are applied bottom-up: every chart with dependencies gets as values
 *       its merged subtree values with the imported tables underneath (the chart's own values
 *       win), and its import-values are normalized to {@code {child, parent}} maps.</li>
 * </ol>
 * Warnings are slog lines as Helm prints them.
 */
public final class Dependencies {
    private final Consumer<String> warn;

    private Dependencies(Consumer<String> warn) {
        this.warn = warn == null ? s -> { } : warn;
    }

    /** {@code ProcessDependencies(chart, userValues)} (import-values merged, nulls kept). */
    public static Chart process(Chart chart, Map<String, Object> userValues, Consumer<String> warn) {
        Dependencies d = new Dependencies(warn);
        Chart enabled = d.enabled(chart, userValues == null ? Map.of() : userValues, "");
        return d.importValues(enabled, true);
    }

    /** {@code processDependencyEnabled} alone (visible for tests). */
    static Chart processEnabled(Chart chart, Map<String, Object> values, Consumer<String> warn) {
        return new Dependencies(warn).enabled(chart, values, "");
    }

    /** {@code processDependencyImportValues} alone (visible for tests). */
    static Chart processImportValues(Chart chart, boolean merge, Consumer<String> warn) {
        return new Dependencies(warn).importValues(chart, merge);
    }

    private Chart enabled(Chart c, Map<String, Object> v, String path) {
        List<Dependency> reqs = c.metadata().dependencies();
        if (reqs.isEmpty()) {
            return c;
        }
        List<Chart> chartDeps = new ArrayList<>();
        // subcharts that no dependency entry claims stay as they are
        outer:
        for (Chart existing : c.dependencies()) {
            for (Dependency req : reqs) {
                if (existing.name().equals(req.name())
                        && VersionRanges.isCompatibleRange(req.version(), existing.metadata().version())) {
                    continue outer;
                }
            }
            chartDeps.add(existing);
        }
        List<Dependency> named = new ArrayList<>();
        for (Dependency req : reqs) {
            Chart alias = aliasDependency(c.dependencies(), req);
            if (alias != null) {
                chartDeps.add(alias);
            }
            Dependency r = req.alias().isEmpty() ? req : rename(req, req.alias());
            named.add(r.withEnabled(true));
        }
        Chart c1 = c.withDependencies(chartDeps).withMetadata(c.metadata().withDependencies(named));
        Map<String, Object> cvals = Coalesce.coalesceValues(c1, v, warn);

        List<Dependency> flagged = new ArrayList<>(named);
        tags(flagged, cvals);
        conditions(flagged, cvals, path);

        Set<String> rm = new HashSet<>();
        for (Dependency r : flagged) {
            if (!r.enabled()) {
                rm.add(r.name());
            }
        }
        List<Chart> kept = new ArrayList<>();
        for (Chart n : c1.dependencies()) {
            if (!rm.contains(n.name())) {
                kept.add(enabled(n, cvals, path + n.name() + "."));
            }
        }
        List<Dependency> keptMeta = new ArrayList<>();
        for (Dependency r : flagged) {
            if (!rm.contains(r.name())) {
                keptMeta.add(r);
            }
        }
        return c1.withDependencies(kept).withMetadata(c1.metadata().withDependencies(keptMeta));
    }

    private static Dependency rename(Dependency d, String name) {
        return new Dependency(name, d.version(), d.repository(), d.condition(), d.tags(), d.enabled(),
                d.importValues(), d.alias());
    }

    private static Chart aliasDependency(List<Chart> charts, Dependency dep) {
        for (Chart c : charts) {
            if (!c.name().equals(dep.name())) {
                continue;
            }
            if (!VersionRanges.isCompatibleRange(dep.version(), c.metadata().version())) {
                continue;
            }
            return dep.alias().isEmpty() ? c : c.withMetadata(c.metadata().withName(dep.alias()));
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private void tags(List<Dependency> reqs, Map<String, Object> cvals) {
        if (!(cvals.get("tags") instanceof Map<?, ?> vt)) {
            return;
        }
        for (int i = 0; i < reqs.size(); i++) {
            Dependency r = reqs.get(i);
            boolean hasTrue = false;
            boolean hasFalse = false;
            for (String k : r.tags()) {
                if (((Map<String, Object>) vt).containsKey(k)) {
                    Object b = vt.get(k);
                    if (b instanceof Boolean bv) {
                        if (bv) {
                            hasTrue = true;
                        } else {
                            hasFalse = true;
                        }
                    } else {
                        warn.accept(Slog.warn("returned non-bool value", "tag", k, "chart", r.name()));
                    }
                }
            }
            if (!hasTrue && hasFalse) {
                reqs.set(i, r.withEnabled(false));
            } else {
                reqs.set(i, r.withEnabled(true));
            }
        }
    }

    private void conditions(List<Dependency> reqs, Map<String, Object> cvals, String cpath) {
        for (int i = 0; i < reqs.size(); i++) {
            Dependency r = reqs.get(i);
            for (String c : GoText.trimSpace(r.condition()).split(",", -1)) {
                if (c.isEmpty()) {
                    continue;
                }
                Object vv = pathValue(cvals, cpath + c);
                if (vv == NO_VALUE) {
                    continue;
                }
                if (vv instanceof Boolean bv) {
                    reqs.set(i, r.withEnabled(bv));
                    break;
                }
                warn.accept(Slog.warn("returned non-bool value", "path", c, "chart", r.name()));
            }
        }
    }

    private static final Object NO_VALUE = new Object();

    /** {@code Values.PathValue}: a non-table value at a dotted path, or NO_VALUE. */
    @SuppressWarnings("unchecked")
    static Object pathValue(Map<String, Object> v, String path) {
        String[] parts = path.split("\\.", -1);
        Map<String, Object> table = v;
        for (int i = 0; i < parts.length - 1; i++) {
            if (!(table.get(parts[i]) instanceof Map<?, ?> m)) {
                return NO_VALUE;
            }
            table = (Map<String, Object>) m;
        }
        String key = parts[parts.length - 1];
        if (!table.containsKey(key) || table.get(key) instanceof Map<?, ?>) {
            return NO_VALUE;
        }
        return table.get(key);
    }

    /** {@code Values.Table}: the map at a dotted path, or null. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> table(Map<String, Object> v, String path) {
        Map<String, Object> t = v;
        for (String p : path.split("\\.", -1)) {
            if (!(t.get(p) instanceof Map<?, ?> m)) {
                return null;
            }
            t = (Map<String, Object>) m;
        }
        return t;
    }

    private Chart importValues(Chart c, boolean merge) {
        List<Chart> deps = new ArrayList<>();
        for (Chart d : c.dependencies()) {
            deps.add(importValues(d, merge));
        }
        Chart c1 = c.withDependencies(deps);
        return processImports(c1, merge);
    }

    @SuppressWarnings("unchecked")
    private Chart processImports(Chart c, boolean merge) {
        if (c.metadata().dependencies().isEmpty()) {
            return c;
        }
        Map<String, Object> cvals = merge
                ? Coalesce.mergeValues(c, Map.of(), warn)
                : Coalesce.coalesceValues(c, Map.of(), warn);
        Map<String, Object> b = new LinkedHashMap<>();
        List<Dependency> reqs = new ArrayList<>();
        for (Dependency r : c.metadata().dependencies()) {
            List<Object> outiv = new ArrayList<>();
            for (Object riv : r.importValues()) {
                if (riv instanceof Map<?, ?> iv) {
                    String child = GoFmt.formatValue(iv.get("child"));
                    String parent = GoFmt.formatValue(iv.get("parent"));
                    Map<String, Object> pair = new LinkedHashMap<>();
                    pair.put("child", child);
                    pair.put("parent", parent);
                    outiv.add(pair);
                    Map<String, Object> vv = table(cvals, r.name() + "." + child);
                    if (vv == null) {
                        warn.accept(Slog.warn("ImportValues missing table from chart", "chart", r.name(), "error",
                                noTableError(cvals, r.name() + "." + child)));
                        continue;
                    }
                    Map<String, Object> src = pathToMap(parent, ValueMaps.copyMap(vv));
                    b = merge ? Coalesce.mergeTables(b, src, warn) : Coalesce.coalesceTables(b, src, warn);
                } else if (riv instanceof String iv) {
                    String child = "exports." + iv;
                    Map<String, Object> pair = new LinkedHashMap<>();
                    pair.put("child", child);
                    pair.put("parent", ".");
                    outiv.add(pair);
                    Map<String, Object> vm = table(cvals, r.name() + "." + child);
                    if (vm == null) {
                        warn.accept(Slog.warn("ImportValues missing table", "error",
                                noTableError(cvals, r.name() + "." + child)));
                        continue;
                    }
                    Map<String, Object> src = ValueMaps.copyMap(vm);
                    b = merge ? Coalesce.mergeTables(b, src, warn) : Coalesce.coalesceTables(b, src, warn);
                }
            }
            reqs.add(new Dependency(r.name(), r.version(), r.repository(), r.condition(), r.tags(), r.enabled(),
                    outiv, r.alias()));
        }
        Map<String, Object> values;
        if (merge) {
            values = Coalesce.mergeTables(ValueMaps.copyMap(cvals), b, warn);
        } else {
            values = Coalesce.coalesceTables(trimNil(ValueMaps.copyMap(cvals)), b, warn);
        }
        return c.withValues(values).withMetadata(c.metadata().withDependencies(reqs));
    }

    /** The ErrNoTable text for the first missing element of {@code path}. */
    @SuppressWarnings("unchecked")
    private static String noTableError(Map<String, Object> v, String path) {
        Map<String, Object> t = v;
        for (String p : path.split("\\.", -1)) {
            if (!(t.get(p) instanceof Map<?, ?> m)) {
                return GoFmt.quote(p) + " is not a table";
            }
            t = (Map<String, Object>) m;
        }
        return "";
    }

    private static Map<String, Object> pathToMap(String path, Map<String, Object> data) {
        if (path.equals(".")) {
            return data;
        }
        String[] parts = path.split("\\.", -1);
        Map<String, Object> cur = data;
        for (int i = parts.length - 1; i >= 0; i--) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put(parts[i], cur);
            cur = m;
        }
        return cur;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> trimNil(Map<String, Object> vals) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : vals.entrySet()) {
            if (e.getValue() == null) {
                continue;
            }
            out.put(e.getKey(), e.getValue() instanceof Map<?, ?> m ? trimNil((Map<String, Object>) m) : e.getValue());
        }
        return out;
    }
}
