package dev.capstan.conformance;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** Reads a YAML list of case maps from the test classpath. */
final class CaseFiles {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private CaseFiles() {
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(String resource) {
        try (InputStream in = CaseFiles.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            List<Map<String, Object>> l = YAML.readValue(in, List.class);
            return l == null ? List.of() : l;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
