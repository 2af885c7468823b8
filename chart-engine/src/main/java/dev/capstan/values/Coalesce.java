package dev.capstan.values;

import dev.capstan.chart.Chart;
import dev.capstan.gotemplate.GoFmt;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Helm's value coalescing (pkg/chart/common/util/coalesce.go): user values over parent chart
 * values over subchart defaults, with null deleting a default, maps merging and anything else
 * replacing, globals copied down into every subchart, and each subchart's values scoped under
 * its name.
 *
 * <p>"Coalesce" removes keys set to null where they override something; "merge" keeps nulls
 * (Helm uses it for intermediate steps such as import-values). Warnings go to a callback; the
 * lines are what Helm prints on stderr
 * ({@code level=INFO msg="warning: skipped value for x.y: Not a table."}).
 */
public final class Coalesce {
    private final Consumer<String> warn;
    private final boolean merge;

    private Coalesce(Consumer<String> warn, boolean merge) {
        this.warn = warn == null ? s -> { } : warn;
        this.merge = merge;
    }

    /** {@code CoalesceValues}: the final values for {@code chart} given the user values. */
    public static Map<String, Object> coalesceValues(Chart chart, Map<String, Object> vals, Consumer<String> warn) {
        Map<String, Object> dest = ValueMaps.copyMap(vals);
        return new Coalesce(warn, false).coalesce(chart, dest, "");
    }

    /** {@code MergeValues}: like {@link #coalesceValues} but nulls are kept. */
    public static Map<String, Object> mergeValues(Chart chart, Map<String, Object> vals, Consumer<String> warn) {
        Map<String, Object> dest = ValueMaps.copyMap(vals);
        return new Coalesce(warn, true).coalesce(chart, dest, "");
    }

    /** {@code CoalesceTables}: merges {@code src} into {@code dst} (authoritative), mutating both. */
    public static Map<String, Object> coalesceTables(Map<String, Object> dst, Map<String, Object> src,
            Consumer<String> warn) {
        return new Coalesce(warn, false).tables(dst, src, "", false);
    }

    /** {@code MergeTables}. */
    public static Map<String, Object> mergeTables(Map<String, Object> dst, Map<String, Object> src,
            Consumer<String> warn) {
        return new Coalesce(warn, true).tables(dst, src, "", true);
    }

    private static String concatPrefix(String a, String b) {
        return a.isEmpty() ? b : a + "." + b;
    }

    private Map<String, Object> coalesce(Chart ch, Map<String, Object> dest, String prefix) {
        values(ch, dest, prefix);
        return deps(ch, dest, prefix);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> deps(Chart ch, Map<String, Object> dest, String prefix) {
        for (Chart sub : ch.dependencies()) {
            String name = sub.name();
            if (!dest.containsKey(name)) {
                dest.put(name, new LinkedHashMap<String, Object>());
            } else if (!(dest.get(name) instanceof Map<?, ?>)) {
                throw new ValuesException("type mismatch on " + name + ": " + GoFmt.sprintf("%t", dest.get(name)));
            }
            Map<String, Object> dvmap = (Map<String, Object>) dest.get(name);
            String subPrefix = concatPrefix(prefix, ch.name());
            globals(dvmap, dest, subPrefix);
            dest.put(name, coalesce(sub, dvmap, subPrefix));
        }
        return dest;
    }

    @SuppressWarnings("unchecked")
    private void globals(Map<String, Object> dest, Map<String, Object> src, String prefix) {
        Map<String, Object> dg;
        Map<String, Object> sg;
        if (!dest.containsKey("global")) {
            dg = new LinkedHashMap<>();
        } else if (dest.get("global") instanceof Map<?, ?> m) {
            dg = (Map<String, Object>) m;
        } else {
            warn.accept(Slog.info("warning: skipping globals because destination global is not a table."));
            return;
        }
        if (!src.containsKey("global")) {
            sg = new LinkedHashMap<>();
        } else if (src.get("global") instanceof Map<?, ?> m) {
            sg = (Map<String, Object>) m;
        } else {
            warn.accept(Slog.info("warning: skipping globals because source global is not a table."));
            return;
        }
        for (Map.Entry<String, Object> e : sg.entrySet()) {
            String key = e.getKey();
            Object val = e.getValue();
            if (val instanceof Map<?, ?> vm) {
                Map<String, Object> vv = new LinkedHashMap<>((Map<String, Object>) vm);
                if (!dg.containsKey(key)) {
                    dg.put(key, vv);
                } else if (!(dg.get(key) instanceof Map<?, ?> destv)) {
                    warn.accept(Slog.info("Conflict: cannot merge map onto non-map for " + GoFmt.quote(key) + ". Skipping."));
                } else {
                    // parent globals win: coalesce the child's table into a copy of the parent's
                    tables(vv, (Map<String, Object>) destv, concatPrefix(prefix, key), true);
                    dg.put(key, vv);
                }
            } else if (dg.get(key) instanceof Map<?, ?>) {
                warn.accept(Slog.info("key " + key + " is table. Skipping"));
            } else {
                dg.put(key, val);
            }
        }
        dest.put("global", dg);
    }

    @SuppressWarnings("unchecked")
    private void values(Chart ch, Map<String, Object> v, String prefix) {
        String subPrefix = concatPrefix(prefix, ch.name());
        Map<String, Object> vc = ValueMaps.copyMap(ch.values());
        for (Map.Entry<String, Object> e : vc.entrySet()) {
            String key = e.getKey();
            Object val = e.getValue();
            if (v.containsKey(key)) {
                Object value = v.get(key);
                if (value == null && !merge) {
                    v.remove(key);
                } else if (value instanceof Map<?, ?> dest) {
                    if (!(val instanceof Map<?, ?> src)) {
                        if (val != null) {
                            warn.accept(Slog.info("warning: skipped value for " + subPrefix + "." + key + ": Not a table."));
                        }
                    } else {
                        boolean m = merge || isSubchart(ch, key);
                        tables((Map<String, Object>) dest, (Map<String, Object>) src, concatPrefix(subPrefix, key), m);
                    }
                }
            } else {
                v.put(key, val);
            }
        }
    }

    private static boolean isSubchart(Chart ch, String key) {
        for (Chart sub : ch.dependencies()) {
            if (sub.name().equals(key)) {
                return true;
            }
        }
        return false;
    }

    /** {@code coalesceTablesFullKey}: {@code dst} wins; may add null markers to {@code src}. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> tables(Map<String, Object> dst, Map<String, Object> src, String prefix, boolean mergeMode) {
        if (src == null) {
            return dst;
        }
        if (dst == null) {
            return src;
        }
        Set<String> srcOriginalNonNil = new HashSet<>();
        for (Map.Entry<String, Object> e : src.entrySet()) {
            if (e.getValue() != null) {
                srcOriginalNonNil.add(e.getKey());
            }
        }
        for (Map.Entry<String, Object> e : dst.entrySet()) {
            if (e.getValue() == null) {
                src.put(e.getKey(), null);
            }
        }
        for (Map.Entry<String, Object> e : src.entrySet()) {
            String key = e.getKey();
            Object val = e.getValue();
            String fullkey = concatPrefix(prefix, key);
            boolean ok = dst.containsKey(key);
            Object dv = dst.get(key);
            if (ok && !mergeMode && dv == null && srcOriginalNonNil.contains(key)) {
                dst.remove(key);
            } else if (!ok) {
                dst.put(key, val);
            } else if (val instanceof Map<?, ?> vm) {
                if (dv instanceof Map<?, ?> dm) {
                    tables((Map<String, Object>) dm, (Map<String, Object>) vm, fullkey, mergeMode);
                } else {
                    warn.accept(Slog.info("warning: cannot overwrite table with non table for " + fullkey + " ("
                            + GoFmt.formatValue(val) + ")"));
                }
            } else if (dv instanceof Map<?, ?> && val != null) {
                warn.accept(Slog.info("warning: destination for " + fullkey + " is a table. Ignoring non-table value ("
                        + GoFmt.formatValue(val) + ")"));
            }
        }
        return dst;
    }
}
