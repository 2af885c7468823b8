package dev.capstan.yaml;

import java.util.Map;

/** BurntSushi/toml v1.6.0 decoding into {@code map[string]interface{}}. */
final class TomlReader {
    private TomlReader() {
    }

    static Map<String, Object> read(String text) {
        throw new TomlException("toml: not yet supported");
    }
}
