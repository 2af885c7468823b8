package dev.capstan.gotemplate;

import dev.capstan.gotemplate.parse.ParseError;
import dev.capstan.gotemplate.parse.Tree;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A set of associated templates, like Go's {@code *template.Template} with its common set. Parse
 * trees are immutable and shared, so {@link #copy()} is cheap and executions may run in parallel
 * (each gets its own state). Parsing mutates the set and must not race with other calls.
 */
public final class TemplateSet {
    private final FuncMap funcs;
    private final TemplateOptions options;
    private final String rootName;
    private final Map<String, Tree> templates;

    public TemplateSet(FuncMap funcs, TemplateOptions options) {
        this(funcs, options, "");
    }

    /**
     * @param rootName the name of Go's root template (Helm: {@code gotpl}); used only in the
     *                 {@code no template "x" associated with template "ROOT"} message
     */
    public TemplateSet(FuncMap funcs, TemplateOptions options, String rootName) {
        this(funcs, options, rootName, new HashMap<>());
    }

    private TemplateSet(FuncMap funcs, TemplateOptions options, String rootName, Map<String, Tree> templates) {
        this.funcs = Objects.requireNonNull(funcs, "funcs");
        this.options = Objects.requireNonNull(options, "options");
        this.rootName = Objects.requireNonNull(rootName, "rootName");
        this.templates = templates;
    }

    /**
     * Parses {@code text} as template {@code name}, adding it and every define/block inside it.
     * A later definition replaces an earlier one, except that an empty body never replaces a
     * non-empty one (Go's rule).
     *
     * @throws TemplateParseException with Go's message
     */
    public void parse(String name, String text) {
        Map<String, Tree> trees;
        try {
            trees = ParseCache.SHARED.parse(name, text, fn -> funcs.has(fn) || Builtins.NAMES.contains(fn));
        } catch (ParseError e) {
            throw new TemplateParseException(e.getMessage(), e.parseName(), e.line(), e.detail());
        }
        for (Map.Entry<String, Tree> e : trees.entrySet()) {
            Tree old = templates.get(e.getKey());
            if (old != null && e.getValue().isEmpty()) continue;
            templates.put(e.getKey(), e.getValue());
        }
    }

    public boolean has(String name) {
        return templates.containsKey(name);
    }

    /** The template names, sorted. */
    public Set<String> names() {
        return Collections.unmodifiableSet(new TreeSet<>(templates.keySet()));
    }

    /**
     * Executes template {@code name} with {@code data} as dot, writing to {@code out}. Output
     * written before an error stays written, as in Go.
     *
     * @throws TemplateExecException with Go's message
     */
    public void execute(String name, Object data, Appendable out) {
        Tree t = templates.get(name);
        if (t == null) {
            String msg = "template: no template " + GoFmt.quote(name) + " associated with template " + GoFmt.quote(rootName);
            throw new TemplateExecException(msg, name, null, 0, 0, null, msg, null);
        }
        new Exec(this, out).execute(t, data);
    }

    public String executeToString(String name, Object data) {
        StringBuilder sb = new StringBuilder();
        execute(name, data, sb);
        return sb.toString();
    }

    /** Go's Clone: a new set with the same trees and a copy of the function map. */
    public TemplateSet copy() {
        return new TemplateSet(funcs.copy(), options, rootName, new HashMap<>(templates));
    }

    /** A copy with other options (Helm's tpl re-applies missingkey on its clone). */
    public TemplateSet copy(TemplateOptions newOptions) {
        return new TemplateSet(funcs.copy(), newOptions, rootName, new HashMap<>(templates));
    }

    public FuncMap funcs() {
        return funcs;
    }

    public TemplateOptions options() {
        return options;
    }

    Tree tree(String name) {
        return templates.get(name);
    }
}
