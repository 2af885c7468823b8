package dev.capstan.gotemplate;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Named functions available to templates, like Go's {@code template.FuncMap}. A later
 * {@link #put} of the same name replaces the earlier one, which is how Helm overrides Sprig.
 */
public final class FuncMap {
    private final Map<String, Func> functions = new HashMap<>();

    public FuncMap put(Func f) {
        functions.put(f.name(), f);
        return this;
    }

    public FuncMap putAll(FuncMap other) {
        functions.putAll(other.functions);
        return this;
    }

    public FuncMap remove(String name) {
        functions.remove(name);
        return this;
    }

    /** The function of that name, or null. */
    public Func get(String name) {
        return functions.get(name);
    }

    public boolean has(String name) {
        return functions.containsKey(name);
    }

    /** The names, sorted. */
    public Set<String> names() {
        return Collections.unmodifiableSet(new TreeSet<>(functions.keySet()));
    }

    public FuncMap copy() {
        return new FuncMap().putAll(this);
    }
}
