package dev.capstan.yaml;

import dev.capstan.gotemplate.Func;
import dev.capstan.gotemplate.FuncMap;
import dev.capstan.gotemplate.FunctionException;
import dev.capstan.gotemplate.ParamType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The template functions that read text into values: Helm's {@code fromYaml}, {@code fromYamlArray},
 * {@code fromJson}, {@code fromJsonArray}, {@code fromToml}, {@code toToml} and Sprig's
 * {@code mustFromJson} ({@code pkg/engine/funcs.go}, sprig {@code defaults.go}). Helm's versions
 * never fail: the error text goes into the result ({@code {"Error": msg}} or {@code [msg]}).
 */
public final class DecodingFunctions {
    private DecodingFunctions() {
    }

    public static void register(FuncMap m) {
        m.put(Func.of("fromYaml", a -> fromYaml((String) a[0]), ParamType.STRING));
        m.put(Func.of("fromYamlArray", a -> fromYamlArray((String) a[0]), ParamType.STRING));
        m.put(Func.of("fromJson", a -> fromJson((String) a[0]), ParamType.STRING));
        m.put(Func.of("fromJsonArray", a -> fromJsonArray((String) a[0]), ParamType.STRING));
        m.put(Func.of("mustFromJson", a -> mustFromJson((String) a[0]), ParamType.STRING));
        m.put(Func.of("fromToml", a -> fromToml((String) a[0]), ParamType.STRING));
        m.put(Func.of("toToml", a -> toToml(a[0]), ParamType.ANY));
    }

    /** Helm's {@code fromYaml}: a map, or {@code {"Error": msg}}. */
    public static Map<String, Object> fromYaml(String s) {
        try {
            return HelmYaml.parseMap(s);
        } catch (YamlException e) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("Error", e.helmMessage());
            return m;
        }
    }

    /** Helm's {@code fromYamlArray}: a list, or {@code [msg]}. */
    public static List<Object> fromYamlArray(String s) {
        try {
            return HelmYaml.parseList(s);
        } catch (YamlException e) {
            List<Object> l = new ArrayList<>();
            l.add(e.helmMessage());
            return l;
        }
    }

    /**
     * Helm's {@code fromJson} (it overrides Sprig's): a map; {@code null} text gives a nil map
     * (null); on failure {@code {"Error": msg}}, plus whatever Go had already decoded into the map.
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> fromJson(String s) {
        try {
            return GoJsonDecoder.decodeMap(s);
        } catch (JsonException e) {
            Map<String, Object> m = new LinkedHashMap<>();
            if (e.partial() instanceof Map<?, ?> partial) {
                m.putAll((Map<String, Object>) partial);
            }
            m.put("Error", e.getMessage());
            return m;
        }
    }

    /** Helm's {@code fromJsonArray}: a list, or {@code [msg]}. */
    public static List<Object> fromJsonArray(String s) {
        try {
            return GoJsonDecoder.decodeList(s);
        } catch (JsonException e) {
            List<Object> l = new ArrayList<>();
            l.add(e.getMessage());
            return l;
        }
    }

    /** Sprig's {@code mustFromJson}: any JSON value, or the template fails with Go's error. */
    public static Object mustFromJson(String s) {
        try {
            return GoJsonDecoder.decode(s);
        } catch (JsonException e) {
            throw new FunctionException(e.getMessage());
        }
    }

    /** Helm's {@code fromToml}: a map, or {@code {"Error": msg}}. */
    public static Map<String, Object> fromToml(String s) {
        try {
            return TomlReader.read(s);
        } catch (TomlException e) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("Error", e.getMessage());
            return m;
        }
    }

    /** Helm's {@code toToml}: the encoded text, or the encoder's error text. */
    public static String toToml(Object v) {
        try {
            return TomlWriter.write(v);
        } catch (TomlException e) {
            return e.getMessage();
        }
    }
}
