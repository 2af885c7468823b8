package dev.capstan.engine;

import dev.capstan.gotemplate.GoList;
import dev.capstan.gotemplate.Func;
import dev.capstan.gotemplate.GoObject;
import dev.capstan.gotemplate.ParamType;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * {@code .Files}: the chart's non-template files by path, with Helm's methods {@code Get},
 * {@code GetBytes}, {@code Glob}, {@code AsConfig}, {@code AsSecrets} and {@code Lines}.
 * Ranging over it walks the paths in sorted order, as Go ranges over a map.
 */
public final class Files implements GoObject {
    private final Map<String, byte[]> files;
    private final Function<Object, String> toYaml;

    /**
     * @param files  path to content
     * @param toYaml Helm's {@code toYaml} (used by AsConfig and AsSecrets)
     */
    public Files(Map<String, byte[]> files, Function<Object, String> toYaml) {
        this.files = Collections.unmodifiableMap(new TreeMap<>(files));
        this.toYaml = toYaml;
    }

    public byte[] getBytes(String name) {
        byte[] b = files.get(name);
        return b == null ? new byte[0] : b;
    }

    public String get(String name) {
        return new String(getBytes(name), StandardCharsets.UTF_8);
    }

    /** The files whose path matches the gobwas glob; an invalid pattern matches everything. */
    public Files glob(String pattern) {
        GobGlob g;
        try {
            g = GobGlob.compile(pattern);
        } catch (IllegalArgumentException e) {
            g = GobGlob.compile("**");
        }
        Map<String, byte[]> out = new TreeMap<>();
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            if (g.matches(e.getKey())) out.put(e.getKey(), e.getValue());
        }
        return new Files(out, toYaml);
    }

    /** {@code toYaml} of basename to content; a later path with the same basename wins, as in Go's map walk (sorted here). */
    public String asConfig() {
        Map<String, Object> m = new TreeMap<>();
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            m.put(ManifestSorter.baseName(e.getKey()), new String(e.getValue(), StandardCharsets.UTF_8));
        }
        return toYaml.apply(m);
    }

    public String asSecrets() {
        Map<String, Object> m = new TreeMap<>();
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            m.put(ManifestSorter.baseName(e.getKey()), Base64.getEncoder().encodeToString(e.getValue()));
        }
        return toYaml.apply(m);
    }

    /** The lines of a file: one trailing newline dropped, then split on {@code \n}. */
    public List<Object> lines(String path) {
        byte[] b = files.get(path);
        if (b == null) return new GoList("string", List.of());
        String s = new String(b, StandardCharsets.UTF_8);
        if (s.isEmpty()) throw new IllegalStateException("runtime error: index out of range [-1]");
        if (s.endsWith("\n")) s = s.substring(0, s.length() - 1);
        return new GoList("string", Arrays.asList((Object[]) s.split("\n", -1)));
    }

    @Override
    public String goType() {
        return "engine.files";
    }

    @Override
    public Func method(String name) {
        return switch (name) {
            case "Get" -> Func.of("Get", a -> get((String) a[0]), ParamType.STRING);
            case "GetBytes" -> Func.of("GetBytes", a -> getBytes((String) a[0]), ParamType.STRING);
            case "Glob" -> Func.of("Glob", a -> glob((String) a[0]), ParamType.STRING);
            case "AsConfig" -> Func.of("AsConfig", a -> asConfig());
            case "AsSecrets" -> Func.of("AsSecrets", a -> asSecrets());
            case "Lines" -> Func.of("Lines", a -> lines((String) a[0]), ParamType.STRING);
            default -> null;
        };
    }

    /** The map that {@code range}, {@code index} and {@code len} see (values are {@code []byte}). */
    @Override
    public Object underlying() {
        return files;
    }

    @Override
    public String goString() {
        StringBuilder sb = new StringBuilder("map[");
        boolean first = true;
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            if (!first) sb.append(' ');
            first = false;
            sb.append(e.getKey()).append(":[");
            byte[] v = e.getValue();
            for (int i = 0; i < v.length; i++) {
                if (i > 0) sb.append(' ');
                sb.append(v[i] & 0xff);
            }
            sb.append(']');
        }
        return sb.append(']').toString();
    }
}
