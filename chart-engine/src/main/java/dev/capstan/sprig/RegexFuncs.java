package dev.capstan.sprig;

import dev.capstan.gotemplate.Func;
import dev.capstan.gotemplate.FuncMap;
import dev.capstan.gotemplate.FunctionException;

import java.util.function.Function;

import static dev.capstan.gotemplate.ParamType.INT;
import static dev.capstan.gotemplate.ParamType.STRING;

/**
 * Sprig's regex.go over {@link GoRegex}. The plain functions use Go's MustCompile, so a bad
 * pattern fails the template with the panic text; the must* variants return Go's compile error;
 * regexMatch alone swallows it and answers false.
 */
public final class RegexFuncs {
    private RegexFuncs() {
    }

    public static void register(FuncMap m) {
        m.put(Func.of("regexMatch", a -> {
            try {
                return GoRegex.compile(s(a[0])).matches(s(a[1]));
            } catch (GoRegex.GoRegexException e) {
                return false;
            }
        }, STRING, STRING));
        m.put(Func.of("mustRegexMatch", a -> must(s(a[0]), r -> r.matches(s(a[1]))), STRING, STRING));
        m.put(Func.of("regexFindAll", a -> mustCompile(s(a[0])).findAll(s(a[1]), i(a[2])), STRING, STRING, INT));
        m.put(Func.of("mustRegexFindAll", a -> must(s(a[0]), r -> r.findAll(s(a[1]), i(a[2]))), STRING, STRING, INT));
        m.put(Func.of("regexFind", a -> mustCompile(s(a[0])).find(s(a[1])), STRING, STRING));
        m.put(Func.of("mustRegexFind", a -> must(s(a[0]), r -> r.find(s(a[1]))), STRING, STRING));
        m.put(Func.of("regexReplaceAll", a -> mustCompile(s(a[0])).replaceAll(s(a[1]), s(a[2]), true), STRING, STRING, STRING));
        m.put(Func.of("mustRegexReplaceAll", a -> must(s(a[0]), r -> r.replaceAll(s(a[1]), s(a[2]), true)), STRING, STRING, STRING));
        m.put(Func.of("regexReplaceAllLiteral", a -> mustCompile(s(a[0])).replaceAll(s(a[1]), s(a[2]), false),
                STRING, STRING, STRING));
        m.put(Func.of("mustRegexReplaceAllLiteral", a -> must(s(a[0]), r -> r.replaceAll(s(a[1]), s(a[2]), false)),
                STRING, STRING, STRING));
        m.put(Func.of("regexSplit", a -> mustCompile(s(a[0])).split(s(a[1]), i(a[2])), STRING, STRING, INT));
        m.put(Func.of("mustRegexSplit", a -> must(s(a[0]), r -> r.split(s(a[1]), i(a[2]))), STRING, STRING, INT));
        m.put(Func.of("regexQuoteMeta", a -> GoRegex.quoteMeta(s(a[0])), STRING));
    }

    private static String s(Object o) {
        return (String) o;
    }

    private static int i(Object o) {
        return (Integer) o;
    }

    /** regexp.MustCompile: a bad pattern panics. */
    private static GoRegex mustCompile(String expr) {
        try {
            return GoRegex.compile(expr);
        } catch (GoRegex.GoRegexException e) {
            throw new IllegalArgumentException(GoRegex.mustCompileMessage(expr, e));
        }
    }

    /** regexp.Compile: a bad pattern is the function's error. */
    private static Object must(String expr, Function<GoRegex, Object> f) {
        GoRegex r;
        try {
            r = GoRegex.compile(expr);
        } catch (GoRegex.GoRegexException e) {
            throw new FunctionException(e.getMessage());
        }
        return f.apply(r);
    }
}
