package dev.capstan.sprig;

import dev.capstan.gotemplate.GoObject;

/**
 * Sprig's unexported {@code certificate} struct: PEM text of a certificate and of its private key,
 * reached in templates as {@code .Cert} and {@code .Key}.
 */
public record SprigCertificate(String cert, String key) implements GoObject {
    public static final String GO_TYPE = "sprig.certificate";

    @Override
    public String goType() {
        return GO_TYPE;
    }

    @Override
    public Object field(String name) {
        return switch (name) {
            case "Cert" -> cert;
            case "Key" -> key;
            default -> NO_FIELD;
        };
    }

    /** encoding/json of the struct: its exported fields in declaration order. */
    @Override
    public Object jsonValue() {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("Cert", cert);
        m.put("Key", key);
        return m;
    }

    /** Go's {@code %v} of a struct without a String method: {@code {field1 field2}}. */
    @Override
    public String goString() {
        return "{" + cert + " " + key + "}";
    }
}
