package dev.capstan.yaml;

import dev.capstan.gotemplate.Func;
import dev.capstan.gotemplate.FuncMap;
import dev.capstan.gotemplate.FunctionException;
import dev.capstan.gotemplate.ParamType;

/**
 * The encoding template functions: Helm's {@code toYaml mustToYaml toYamlPretty toJson mustToJson}
 * ({@code pkg/engine/funcs.go}) and sprig's {@code toPrettyJson toRawJson mustToPrettyJson
 * mustToRawJson} ({@code defaults.go}). Register after sprig so Helm's versions win, as Helm does.
 *
 * <p>Error behaviour differs per function and is kept: {@code toYaml}, {@code toJson},
 * {@code toYamlPretty} and {@code toPrettyJson} swallow the error and return {@code ""};
 * {@code toRawJson} and the {@code must} variants fail the template.
 */
public final class YamlJsonFunctions {
    private YamlJsonFunctions() {
    }

    public static void register(FuncMap m) {
        m.put(Func.of("toYaml", a -> {
            try {
                return trimNewline(GoYaml.marshal(a[0]));
            } catch (GoJsonException e) {
                return "";
            }
        }, ParamType.ANY));
        m.put(Func.of("mustToYaml", a -> {
            try {
                return trimNewline(GoYaml.marshal(a[0]));
            } catch (GoJsonException e) {
                throw new FunctionException(e.getMessage());
            }
        }, ParamType.ANY));
        m.put(Func.of("toYamlPretty", a -> {
            try {
                return trimNewline(GoYaml.marshalPretty(a[0]));
            } catch (GoJsonException e) {
                return "";
            }
        }, ParamType.ANY));
        m.put(Func.of("toJson", a -> {
            try {
                return GoJson.marshal(a[0]);
            } catch (GoJsonException e) {
                return "";
            }
        }, ParamType.ANY));
        m.put(Func.of("mustToJson", a -> json(a[0]), ParamType.ANY));
        m.put(Func.of("toPrettyJson", a -> {
            try {
                return GoJson.marshalIndent(a[0]);
            } catch (GoJsonException e) {
                return "";
            }
        }, ParamType.ANY));
        m.put(Func.of("mustToPrettyJson", a -> {
            try {
                return GoJson.marshalIndent(a[0]);
            } catch (GoJsonException e) {
                throw new FunctionException(e.getMessage());
            }
        }, ParamType.ANY));
        m.put(Func.of("toRawJson", a -> rawJson(a[0]), ParamType.ANY));
        m.put(Func.of("mustToRawJson", a -> rawJson(a[0]), ParamType.ANY));
    }

    private static String json(Object v) {
        try {
            return GoJson.marshal(v);
        } catch (GoJsonException e) {
            throw new FunctionException(e.getMessage());
        }
    }

    private static String rawJson(Object v) {
        try {
            return GoJson.marshalNoHtmlEscape(v);
        } catch (GoJsonException e) {
            throw new FunctionException(e.getMessage());
        }
    }

    /** Helm's {@code strings.TrimSuffix(s, "\n")}. */
    private static String trimNewline(String s) {
        return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }
}
