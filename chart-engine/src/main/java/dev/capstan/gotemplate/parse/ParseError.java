package dev.capstan.gotemplate.parse;

/** A parse failure with Go's full message ({@code template: NAME:LINE: msg}). */
public final class ParseError extends RuntimeException {
    private final String parseName;
    private final int line;
    private final String detail;

    public ParseError(String parseName, int line, String detail) {
        super("template: " + parseName + ":" + line + ": " + detail, null, false, false);
        this.parseName = parseName;
        this.line = line;
        this.detail = detail;
    }

    public String parseName() {
        return parseName;
    }

    public int line() {
        return line;
    }

    public String detail() {
        return detail;
    }
}
