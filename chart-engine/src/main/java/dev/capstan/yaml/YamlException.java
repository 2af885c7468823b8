package dev.capstan.yaml;

/**
 * A YAML document that cannot be read. The message is go-yaml's, e.g.
 * {@code yaml: line 3: mapping values are not allowed in this context}, so callers can prefix it
 * with the file name exactly as Helm does.
 */
public class YamlException extends RuntimeException {
    private final int line;

    public YamlException(String message, int line) {
        super(message, null, false, false);
        this.line = line;
    }

    /** 1-based line of the problem, or 0 when unknown. */
    public int line() {
        return line;
    }
}
