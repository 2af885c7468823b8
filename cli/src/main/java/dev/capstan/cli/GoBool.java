package dev.capstan.cli;

/** Go's {@code strconv.ParseBool}: null when the text is not a boolean. */
final class GoBool {
    private GoBool() {
    }

    static Boolean parse(String s) {
        return switch (s) {
            case "1", "t", "T", "TRUE", "true", "True" -> Boolean.TRUE;
            case "0", "f", "F", "FALSE", "false", "False" -> Boolean.FALSE;
            default -> null;
        };
    }
}
