package dev.capstan.yaml;

/** TOML that cannot be read or a value that cannot be written as TOML; the message is BurntSushi/toml's. */
public class TomlException extends RuntimeException {
    public TomlException(String message) {
        super(message, null, false, false);
    }
}
