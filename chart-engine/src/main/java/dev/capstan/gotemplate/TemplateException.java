package dev.capstan.gotemplate;

/**
 * A template failure. {@link #goMessage()} is exactly Go's {@code err.Error()}; the location parts
 * are also available separately so nobody has to parse the message.
 */
public class TemplateException extends RuntimeException {
    private final String templateName;
    private final int line;
    private final int column;

    public TemplateException(String goMessage, String templateName, int line, int column, Throwable cause) {
        super(goMessage, cause);
        this.templateName = templateName;
        this.line = line;
        this.column = column;
    }

    /** The template being parsed or executed (for exec errors: the executing template's name). */
    public String templateName() {
        return templateName;
    }

    /** 1-based line, 0 when unknown. */
    public int line() {
        return line;
    }

    /** Go's column (byte offset in the line), 0 when unknown or not applicable. */
    public int column() {
        return column;
    }

    /** The full Go error string. */
    public String goMessage() {
        return getMessage();
    }
}
