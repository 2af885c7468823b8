package dev.capstan.gotemplate;

import java.util.List;
import java.util.Objects;

/**
 * A template function with its Go signature. {@code params} are the fixed parameters; when
 * {@code variadic} is non-null the function takes any number of further arguments of that type
 * (Go's {@code ...T}). The interpreter checks the count ({@code wrong number of args for NAME: want
 * N got M}) and each argument's type before calling {@link Impl#call}, so an implementation may
 * cast its arguments to the Java type of the declared parameter (see the value model in
 * {@code package-info}).
 */
public record Func(String name, List<ParamType> params, ParamType variadic, Impl impl) {

    /** The function body. Return a value of the value model; throw to fail the template. */
    @FunctionalInterface
    public interface Impl {
        /**
         * @param args the checked and converted arguments; for a variadic function the variadic
         *             arguments follow the fixed ones in the same array
         * @throws FunctionException for an error the Go function would return; any other runtime
         *                           exception is treated like a Go panic. Both become
         *                           {@code error calling NAME: message}.
         */
        Object call(Object[] args);
    }

    public Func {
        Objects.requireNonNull(name, "name");
        params = List.copyOf(params);
        Objects.requireNonNull(impl, "impl");
    }

    public static Func of(String name, Impl impl, ParamType... params) {
        return new Func(name, List.of(params), null, impl);
    }

    public static Func variadic(String name, Impl impl, ParamType variadic, ParamType... fixed) {
        return new Func(name, List.of(fixed), variadic, impl);
    }

    public boolean isVariadic() {
        return variadic != null;
    }
}
