package dev.capstan.gotemplate;

/**
 * An execution error, {@code template: FILE:LINE:COL: executing "NAME" at <NODE>: detail}, or
 * {@code template: NAME: detail} when there is no node. {@link #getCause()} is the exception a
 * function threw, if the error came from a function call.
 */
public class TemplateExecException extends TemplateException {
    private final String location;
    private final String nodeText;
    private final String detail;

    public TemplateExecException(String goMessage, String templateName, String location, int line, int column,
                                 String nodeText, String detail, Throwable cause) {
        super(goMessage, templateName, line, column, cause);
        this.location = location;
        this.nodeText = nodeText;
        this.detail = detail;
    }

    /** {@code FILE:LINE:COL} (FILE is the name of the parse the node came from), or null. */
    public String location() {
        return location;
    }

    /** The {@code <...>} part without the brackets, or null. */
    public String nodeText() {
        return nodeText;
    }

    /** The part after {@code executing ... at <...>: }. */
    public String detail() {
        return detail;
    }
}
