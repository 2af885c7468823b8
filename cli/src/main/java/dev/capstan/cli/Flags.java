package dev.capstan.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Declares a command's flags on a picocli {@link CommandSpec}, one call per flag with the code
 * that stores its value, the way cobra's FlagSet does in Helm ({@code f.BoolVar(&x, "name",
 * false, "usage")}) — instead of picocli's annotations.
 *
 * <p>Why not annotations: picocli reads them by reflection, and the JVM reads annotations
 * through a {@code java.lang.reflect.Proxy} class per annotation type that it generates at run
 * time (the AOT cache cannot keep those; 7 proxy classes), after scanning every field and method
 * of the command classes. Measured with the launcher (JDK 25, AOT cache, same run): a cold
 * {@code version --short} 103 -> 73 ms, {@code template} up to its first check 109 -> 70 ms,
 * {@code template} of the redis chart 308 -> 255 ms.
 *
 * <p>{@code names} is the flag's names, comma-separated ({@code "-n,--namespace"}); {@code type}
 * is the value's type as help shows it ({@code string}, {@code stringArray}...).
 */
final class Flags {
    /** Marks the options of {@link GlobalOptions} (see {@link #isGlobal}). */
    private static final Object GLOBAL = GlobalOptions.class;

    private final CommandSpec spec;
    private final boolean global;

    private Flags(CommandSpec spec, boolean global) {
        this.spec = spec;
        this.global = global;
    }

    /** Flags of the command {@code spec} itself. */
    static Flags of(CommandSpec spec) {
        return new Flags(spec, false);
    }

    /** Helm's global flags, as every command accepts them. */
    static Flags globalOf(CommandSpec spec) {
        return new Flags(spec, true);
    }

    /** Whether {@code o} is one of {@link GlobalOptions}'s flags. */
    static boolean isGlobal(OptionSpec o) {
        return o.userObject() == GLOBAL;
    }

    /** A boolean flag: bare means true; a value only after {@code =} ({@code --debug=false}). */
    void bool(String names, String usage, Consumer<Boolean> set) {
        add(option(names, "", usage).arity("0..1").fallbackValue("true").type(Boolean.class), set);
    }

    /** A boolean flag that help does not list. */
    void hiddenBool(String names, Consumer<Boolean> set) {
        add(option(names, "", "").arity("0..1").fallbackValue("true").type(Boolean.class).hidden(true), set);
    }

    /** A flag whose value is optional: bare means {@code fallback} ({@code --wait}, {@code --dry-run}). */
    void optionalString(String names, String type, String fallback, String usage, Consumer<String> set) {
        add(option(names, type, usage).arity("0..1").fallbackValue(fallback).type(String.class), set);
    }

    void string(String names, String type, String usage, Consumer<String> set) {
        add(option(names, type, usage).type(String.class), set);
    }

    void integer(String names, String type, String usage, Consumer<Integer> set) {
        add(option(names, type, usage).type(Integer.class), set);
    }

    void float32(String names, String type, String usage, Consumer<Float> set) {
        add(option(names, type, usage).type(Float.class), set);
    }

    /** A repeatable flag; each occurrence adds one value. */
    void stringArray(String names, String type, String usage, Consumer<List<String>> set) {
        add(option(names, type, usage).type(List.class).auxiliaryTypes(String.class), set);
    }

    /** A repeatable flag whose values may also be comma-separated. */
    void strings(String names, String type, String usage, Consumer<List<String>> set) {
        add(option(names, type, usage).type(List.class).auxiliaryTypes(String.class).splitRegex(","), set);
    }

    /** A repeatable flag of comma-separated {@code KEY=VALUE} pairs. */
    void stringToString(String names, String type, String usage, Consumer<Map<String, String>> set) {
        add(option(names, type, usage).type(Map.class).auxiliaryTypes(String.class, String.class).splitRegex(","), set);
    }

    /** The command's positional arguments, any number. */
    void args(String label, Consumer<List<String>> set) {
        Binding<List<String>> b = new Binding<>(set);
        spec.addPositional(PositionalParamSpec.builder().arity("0..*").paramLabel(label).type(List.class)
                .auxiliaryTypes(String.class).hasInitialValue(false).getter(b).setter(b).build());
    }

    private OptionSpec.Builder option(String names, String type, String usage) {
        OptionSpec.Builder b = OptionSpec.builder(names.split(","))
                // picocli's label for an untyped flag, which help leaves out
                .paramLabel(type.isEmpty() ? "<value>" : type)
                // the command object keeps its own defaults: picocli must not reset them
                .hasInitialValue(false);
        if (!usage.isEmpty()) b.description(usage);
        if (global) b.userObject(GLOBAL);
        return b;
    }

    private <T> void add(OptionSpec.Builder b, Consumer<T> set) {
        Binding<T> binding = new Binding<>(set);
        spec.addOption(b.getter(binding).setter(binding).build());
    }

    /**
     * Where picocli reads and writes a flag's value: the last value written, also passed on to
     * the command object. (A repeatable flag is read back to add its next value.)
     */
    private static final class Binding<T> implements IGetter, ISetter {
        private final Consumer<T> sink;
        private T value;

        Binding(Consumer<T> sink) {
            this.sink = sink;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <V> V get() {
            return (V) value;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <V> V set(V v) {
            V old = (V) value;
            value = (T) v;
            sink.accept(value);
            return old;
        }
    }
}
