package dev.capstan.values;

import dev.capstan.gotemplate.GoText;
import dev.capstan.yaml.GoJsonDecoder;
import dev.capstan.yaml.HelmYaml;
import dev.capstan.yaml.JsonException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds the user-supplied values from {@link ValuesOptions} ({@code Options.MergeValues}). */
public final class UserValues {
    private UserValues() {
    }

    /**
     * Merges every source in Helm's fixed order into one fresh mutable map.
     *
     * @throws ValuesException with Helm's message (e.g. {@code failed parsing --set data: ...})
     */
    public static Map<String, Object> merge(ValuesOptions opts, ValueSource source) {
        Map<String, Object> base = new LinkedHashMap<>();
        for (String file : opts.valueFiles()) {
            byte[] raw = source.read(file);
            Map<String, Object> current;
            try {
                current = ValuesYaml.load(raw);
            } catch (ValuesException e) {
                throw new ValuesException("failed to parse " + file + ": " + e.getMessage());
            }
            base = HelmYaml.mergeMaps(base, current);
        }
        for (String value : opts.jsonValues()) {
            String trimmed = GoText.trimSpace(value);
            if (!trimmed.isEmpty() && trimmed.charAt(0) == '{') {
                Map<String, Object> m;
                try {
                    m = GoJsonDecoder.decodeMap(trimmed);
                } catch (JsonException e) {
                    throw new ValuesException("failed parsing --set-json data JSON: " + value);
                }
                base = HelmYaml.mergeMaps(base, m);
            } else {
                try {
                    Strvals.parseJson(value, base);
                } catch (ValuesException e) {
                    throw new ValuesException("failed parsing --set-json data " + value);
                }
            }
        }
        for (String value : opts.values()) {
            try {
                Strvals.parseInto(value, base);
            } catch (ValuesException e) {
                throw new ValuesException("failed parsing --set data: " + e.getMessage());
            }
        }
        for (String value : opts.stringValues()) {
            try {
                Strvals.parseIntoString(value, base);
            } catch (ValuesException e) {
                throw new ValuesException("failed parsing --set-string data: " + e.getMessage());
            }
        }
        for (String value : opts.fileValues()) {
            try {
                Strvals.parseIntoFile(value, base,
                        raw -> new String(source.read(raw), StandardCharsets.UTF_8));
            } catch (ValuesException e) {
                throw new ValuesException("failed parsing --set-file data: " + e.getMessage());
            }
        }
        for (String value : opts.literalValues()) {
            try {
                LiteralStrvals.parseInto(value, base);
            } catch (ValuesException e) {
                throw new ValuesException("failed parsing --set-literal data: " + e.getMessage());
            }
        }
        return base;
    }
}
