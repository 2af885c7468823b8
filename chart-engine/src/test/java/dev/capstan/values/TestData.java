package dev.capstan.values;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Loads test tables (YAML) from src/test/resources/chart-values and normalizes numbers. */
public final class TestData {
    private TestData() {
    }

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> rows(String resource) {
        try (InputStream in = TestData.class.getResourceAsStream("/chart-values/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return YAML.readValue(in, List.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> map(String resource) {
        try (InputStream in = TestData.class.getResourceAsStream("/chart-values/" + resource)) {
            return YAML.readValue(in, Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deep mutable copy with integral numbers as Long (or every number as Double). */
    @SuppressWarnings("unchecked")
    public static Object normalize(Object v, boolean allDouble) {
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> out.put(String.valueOf(k), normalize(x, allDouble)));
            return out;
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(x -> out.add(normalize(x, allDouble)));
            return out;
        }
        if (v instanceof Number n) {
            if (allDouble) {
                return n.doubleValue();
            }
            if (v instanceof Integer || v instanceof Long || v instanceof BigInteger) {
                return n.longValue();
            }
            return n.doubleValue();
        }
        return v;
    }
}
