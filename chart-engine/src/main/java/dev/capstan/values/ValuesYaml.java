package dev.capstan.values;

import dev.capstan.yaml.HelmYaml;
import dev.capstan.yaml.YamlException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Values documents as Helm reads them ({@code loader.LoadValues}): every YAML document of the
 * text is decoded into a map and the maps are deep-merged in order.
 */
public final class ValuesYaml {
    private ValuesYaml() {
    }

    /**
     * {@code loader.LoadValues}: the text is cut into documents at lines starting with
     * {@code ---} (Kubernetes' YAML reader: only blanks or a comment may follow the dashes),
     * the first YAML document of each piece is decoded into a map, and the maps are deep-merged
     * in order. Line numbers in errors are relative to the piece, as in Helm.
     *
     * @throws ValuesException with Helm's text (without the file prefix the caller adds)
     */
    public static Map<String, Object> load(byte[] data) {
        try {
            return HelmYaml.loadValues(new String(data, StandardCharsets.UTF_8));
        } catch (YamlException e) {
            throw new ValuesException(e.helmMessage());
        }
    }
}
