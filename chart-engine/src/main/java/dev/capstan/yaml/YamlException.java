package dev.capstan.yaml;

/**
 * A YAML document that cannot be read. The message is go-yaml's, e.g.
 * {@code yaml: line 3: mapping values are not allowed in this context}, so callers can prefix it
 * with the file name exactly as Helm does. Errors of the JSON half of {@code sigs.k8s.io/yaml}
 * carry Go's {@code encoding/json} text instead ({@code json: unsupported value: +Inf}).
 * {@link #helmMessage()} gives the whole text {@code sigs.k8s.io/yaml.Unmarshal} returns, which is
 * what Helm prints after its own prefix.
 */
public class YamlException extends RuntimeException {
    /** Where in {@code sigs.k8s.io/yaml.Unmarshal} the error arose; decides its wrapping. */
    public enum Stage {
        /** go-yaml parsing/decoding, key conversion or {@code json.Marshal}. */
        YAML_TO_JSON("error converting YAML to JSON: "),
        /** {@code json.Unmarshal} into the caller's target (e.g. a list where a map is wanted). */
        JSON_DECODE("error unmarshaling JSON: while decoding JSON: "),
        /** Outside sigs.k8s.io/yaml: the message is printed as it is (document splitting). */
        OTHER("");

        private final String prefix;

        Stage(String prefix) {
            this.prefix = prefix;
        }
    }

    private final int line;
    private final Stage stage;

    public YamlException(String message, int line) {
        this(message, line, Stage.YAML_TO_JSON);
    }

    public YamlException(String message, int line, Stage stage) {
        super(message, null, false, false);
        this.line = line;
        this.stage = stage;
    }

    /** 1-based line of the problem, or 0 when unknown. */
    public int line() {
        return line;
    }

    public Stage stage() {
        return stage;
    }

    /** The error text as {@code sigs.k8s.io/yaml.Unmarshal} returns it, e.g. {@code error converting YAML to JSON: yaml: line 2: ...}. */
    public String helmMessage() {
        return stage.prefix + getMessage();
    }
}
