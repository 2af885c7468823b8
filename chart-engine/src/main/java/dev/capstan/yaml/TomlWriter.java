package dev.capstan.yaml;

/** BurntSushi/toml v1.6.0 {@code Encoder.Encode} output. */
final class TomlWriter {
    private TomlWriter() {
    }

    static String write(Object v) {
        throw new TomlException("toml: not yet supported");
    }
}
