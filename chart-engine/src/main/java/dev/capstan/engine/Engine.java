package dev.capstan.engine;

import dev.capstan.gotemplate.Func;
import dev.capstan.gotemplate.FuncMap;
import dev.capstan.gotemplate.FunctionException;
import dev.capstan.gotemplate.GoFmt;
import dev.capstan.gotemplate.ParamType;
import dev.capstan.gotemplate.TemplateExecException;
import dev.capstan.gotemplate.TemplateOptions;
import dev.capstan.gotemplate.TemplateParseException;
import dev.capstan.gotemplate.TemplateSet;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Helm's rendering engine: every template of a chart tree is parsed into one template set (so
 * {@code define}s are shared), then each non-partial template is executed with its chart's render
 * object. The output maps the template path ({@code chart/charts/sub/templates/x.yaml}) to text,
 * with {@code <no value>} removed. Errors carry Helm's exact wording.
 */
public final class Engine {
    /** Names of nested {@code include}s deeper than this fail. */
    public static final int MAX_INCLUDE_DEPTH = 1000;
    /**
     * Nested {@code tpl} calls deeper than this fail. Helm has no such limit: a runaway {@code tpl}
     * recursion kills it when Go's 1 GB stack runs out; only such recursion gets this deep.
     */
    public static final int MAX_TPL_DEPTH = 1000;
    static final String TPL_NAME = "gotpl";
    private static final String EMPTY_SENTINEL = "\u0000capstan:empty-tpl\u0000";
    private static final String WARN_START = "HELM_ERR_START";
    private static final String WARN_END = "HELM_ERR_END";
    private static final Pattern WARN = Pattern.compile(WARN_START + "(.*)" + WARN_END, Pattern.DOTALL);

    /**
     * @param strict      missing map keys are errors ({@code missingkey=error})
     * @param lintMode    {@code required} and {@code fail} only warn
     * @param enableDns   {@code getHostByName} really resolves
     * @param lookup      answers {@code lookup}; {@link ClusterLookup#NONE} without a cluster
     * @param customFuncs functions that override all others (may be null)
     */
    public record Options(boolean strict, boolean lintMode, boolean enableDns, ClusterLookup lookup, FuncMap customFuncs) {
        public static Options defaults() {
            return new Options(false, false, false, ClusterLookup.NONE, null);
        }
    }

    private final Options options;

    public Engine(Options options) {
        this.options = options;
    }

    /**
     * Renders {@code chart}.
     *
     * @param top the render values of the root: {@code Values} (coalesced, mutable maps),
     *            {@code Release}, {@code Capabilities}
     * @throws RenderException with Helm's message
     */
    public Map<String, String> render(EngineChart chart, Map<String, Object> top) {
        Map<String, Renderable> tpls = new HashMap<>();
        ChartScopes.collect(chart, top, tpls, this::toYaml);
        Map<String, Renderable> goTpls = new HashMap<>();
        Map<String, Renderable> ftl = new HashMap<>();
        tpls.forEach((k, v) -> (v.freemarker() ? ftl : goTpls).put(k, v));
        Map<String, String> out;
        try {
            out = onBigStack(() -> renderAll(goTpls));
        } catch (RenderException e) {
            throw e;
        } catch (RuntimeException e) {
            // Helm recovers panics during rendering into this error
            throw new RenderException("rendering template failed: " + e.getMessage());
        }
        if (!ftl.isEmpty()) FreemarkerRenderer.renderAll(ftl, baseFunctions(), out);
        return out;
    }

    private String toYaml(Object v) {
        Func f = baseFunctions().get("toYaml");
        return (String) f.impl().call(new Object[]{v});
    }

    private FuncMap base;

    private FuncMap baseFunctions() {
        if (base == null) base = HelmFunctions.shared(options.enableDns()); // never modified: functions() copies it
        return base;
    }

    /** Per-render state shared by include and tpl, like the closures of Helm's initFunMap. */
    private final class State {
        final Map<String, Integer> includedNames = new HashMap<>();
        final Deque<TemplateSet> active = new ArrayDeque<>();
    }

    /** Stack size of the rendering thread: deep include chains (Helm allows 1000 levels) need it. */
    static final long RENDER_STACK_BYTES = 1L << 30;

    /**
     * Runs {@code work} on a thread with a large stack, as Go grows goroutine stacks up to 1 GB;
     * the memory is only reserved, not committed, until used.
     */
    static <T> T onBigStack(java.util.function.Supplier<T> work) {
        Object[] result = new Object[1];
        Throwable[] failure = new Throwable[1];
        Thread t = new Thread(null, () -> {
            try {
                result[0] = work.get();
            } catch (Throwable e) {
                failure[0] = e;
            }
        }, "capstan-render", RENDER_STACK_BYTES);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RenderException("rendering interrupted");
        }
        if (failure[0] instanceof RuntimeException re) throw re;
        if (failure[0] instanceof Error err) throw err;
        @SuppressWarnings("unchecked")
        T r = (T) result[0];
        return r;
    }

    private Map<String, String> renderAll(Map<String, Renderable> tpls) {
        State st = new State();
        FuncMap funcs = functions(st);
        TemplateSet root = new TemplateSet(funcs, templateOptions(), TPL_NAME);
        st.active.push(root);
        List<String> keys = TemplateOrder.sort(tpls.keySet());
        for (String name : keys) {
            try {
                root.parse(name, tpls.get(name).text());
            } catch (TemplateParseException e) {
                throw new RenderException(cleanupParseError(name, e.goMessage()));
            }
        }
        Map<String, String> rendered = new LinkedHashMap<>();
        for (String name : keys) {
            if (ManifestSorter.baseName(name).startsWith("_")) continue;
            Renderable r = tpls.get(name);
            Map<String, Object> template = new dev.capstan.gotemplate.GoMap(dev.capstan.gotemplate.GoMap.VALUES, Map.of());
            template.put("Name", name);
            template.put("BasePath", r.basePath());
            r.vals().put("Template", template);
            StringBuilder sb = new StringBuilder();
            try {
                // Helm hands templates the render object and .Template as common.Values
                root.execute(name, dev.capstan.gotemplate.GoMap.view(dev.capstan.gotemplate.GoMap.VALUES, r.vals()), sb);
            } catch (TemplateExecException e) {
                throw new RenderException(ExecErrors.reformat(name, chain(e)));
            } catch (StackOverflowError e) {
                throw new RenderException("rendering template failed: runtime: goroutine stack exceeds 1000000000-byte limit");
            }
            rendered.put(name, sb.toString().replace("<no value>", ""));
        }
        return rendered;
    }

    private TemplateOptions templateOptions() {
        return TemplateOptions.DEFAULTS.withMissingKey(options.strict() ? TemplateOptions.MissingKey.ERROR : TemplateOptions.MissingKey.ZERO);
    }

    /** Helm's cleanupParseError: the location is the second ": " field, the message the last. */
    static String cleanupParseError(String filename, String goMessage) {
        String[] tokens = goMessage.split(": ", -1);
        if (tokens.length == 1) return "parse error in (" + filename + "): " + goMessage;
        return "parse error at (" + tokens[1] + "): " + tokens[tokens.length - 1];
    }

    /** The messages of Go's error chain for {@code e}, outermost first (see ExecErrors). */
    static List<String> chain(TemplateExecException e) {
        List<String> out = new ArrayList<>();
        Throwable cur = e;
        while (cur != null) {
            if (cur instanceof dev.capstan.gotemplate.TemplateException te) {
                out.add(te.goMessage());
                cur = te.getCause();
            } else if (cur instanceof FunctionException fe && fe.getCause() instanceof dev.capstan.gotemplate.TemplateException inner
                    && String.valueOf(fe.getMessage()).equals(inner.goMessage())) {
                cur = inner;
            } else {
                out.add(String.valueOf(cur.getMessage()));
                break;
            }
        }
        return out;
    }

    private FuncMap functions(State st) {
        FuncMap f = baseFunctions().copy();
        f.put(Func.of("include", a -> include(st, (String) a[0], a[1]), ParamType.STRING, ParamType.ANY));
        f.put(Func.of("tpl", a -> tpl(st, (String) a[0], a[1]), ParamType.STRING, ParamType.ANY));
        f.put(Func.of("required", a -> required((String) a[0], a[1]), ParamType.STRING, ParamType.ANY));
        f.put(Func.of("fail", a -> fail((String) a[0]), ParamType.STRING));
        ClusterLookup lookup = options.lintMode() ? ClusterLookup.NONE : options.lookup();
        f.put(Func.of("lookup", a -> lookup.lookup((String) a[0], (String) a[1], (String) a[2], (String) a[3]),
                ParamType.STRING, ParamType.STRING, ParamType.STRING, ParamType.STRING));
        if (!options.enableDns()) f.put(Func.of("getHostByName", a -> "", ParamType.STRING));
        if (options.customFuncs() != null) f.putAll(options.customFuncs());
        return f;
    }

    private String include(State st, String name, Object data) {
        Integer v = st.includedNames.get(name);
        if (v != null) {
            if (v > MAX_INCLUDE_DEPTH) {
                throw new FunctionException("rendering template has a nested reference name: " + name + ": unable to execute template");
            }
            st.includedNames.put(name, v + 1);
        } else {
            st.includedNames.put(name, 1);
        }
        StringBuilder sb = new StringBuilder();
        try {
            st.active.peek().execute(name, data, sb);
        } catch (TemplateExecException e) {
            // Go returns the partial output with the error; the caller only sees the error
            throw new FunctionException(e.goMessage(), e);
        } finally {
            st.includedNames.merge(name, -1, Integer::sum);
        }
        return sb.toString();
    }

    private String tpl(State st, String text, Object vals) {
        if (st.active.size() > MAX_TPL_DEPTH) {
            throw new FunctionException("rendering template has nested tpl calls deeper than " + MAX_TPL_DEPTH
                    + " levels: unable to execute template");
        }
        TemplateSet clone = st.active.peek().copy(templateOptions());
        // Go executes the template object it just parsed, even when its body is empty; a set keeps
        // an older non-empty "gotpl" (an enclosing tpl) instead. A sentinel body tells the cases apart.
        clone.parse(TPL_NAME, EMPTY_SENTINEL);
        try {
            clone.parse(TPL_NAME, text);
        } catch (TemplateParseException e) {
            throw new FunctionException("cannot parse template " + GoFmt.sprintf("%q", text) + ": " + e.goMessage(), e);
        }
        st.active.push(clone);
        StringBuilder sb = new StringBuilder();
        try {
            clone.execute(TPL_NAME, vals, sb);
            if (sb.toString().equals(EMPTY_SENTINEL)) return "";
        } catch (TemplateExecException e) {
            throw new FunctionException("error during tpl function execution for " + GoFmt.sprintf("%q", text) + ": " + e.goMessage(), e);
        } finally {
            st.active.pop();
        }
        return sb.toString().replace("<no value>", "");
    }

    private Object required(String warn, Object val) {
        if (val == null || "".equals(val)) {
            if (options.lintMode()) return "";
            throw new FunctionException(WARN_START + warn + WARN_END);
        }
        return val;
    }

    private String fail(String msg) {
        if (options.lintMode()) return "";
        throw new FunctionException(WARN_START + msg + WARN_END);
    }

    static Matcher warn(String s) {
        return WARN.matcher(s);
    }
}
