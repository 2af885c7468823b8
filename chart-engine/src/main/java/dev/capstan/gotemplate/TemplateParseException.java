package dev.capstan.gotemplate;

/** A parse error: {@code template: NAME:LINE: message}. */
public class TemplateParseException extends TemplateException {
    private final String detail;

    public TemplateParseException(String goMessage, String templateName, int line, String detail) {
        super(goMessage, templateName, line, 0, null);
        this.detail = detail;
    }

    /** The message after {@code template: NAME:LINE: }. */
    public String detail() {
        return detail;
    }
}
