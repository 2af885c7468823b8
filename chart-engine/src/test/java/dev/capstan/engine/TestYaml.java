package dev.capstan.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.capstan.yaml.YamlException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test-side YAML reading: case files, and a stand-in head reader in the value model. */
final class TestYaml {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private TestYaml() {
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> cases(String resource) {
        try (InputStream in = TestYaml.class.getResourceAsStream(resource)) {
            return YAML.readValue(in, List.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads one document into the value model (numbers as Double); enough for document heads. */
    static Object valueModel(String text) {
        try {
            if (text.lines().allMatch(l -> l.isBlank() || l.strip().startsWith("#"))) return null;
            Object o = YAML.readValue(text, Object.class);
            return convert(o);
        } catch (IOException e) {
            throw new YamlException(e.getMessage(), 0);
        }
    }

    private static Object convert(Object o) {
        if (o instanceof Number n) return n.doubleValue();
        if (o instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(String.valueOf(k), convert(v)));
            return out;
        }
        if (o instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            for (Object e : l) out.add(convert(e));
            return out;
        }
        return o;
    }
}
