package dev.capstan.engine;

import dev.capstan.gotemplate.TemplateExecException;
import dev.capstan.gotemplate.TemplateOptions;
import dev.capstan.gotemplate.TemplateParseException;
import dev.capstan.gotemplate.TemplateSet;

/** {@code --name-template}: the text rendered with Sprig's functions and no data, as Helm's TemplateName. */
public final class NameTemplate {
    private NameTemplate() {
    }

    public static String render(String text) {
        if (text.isEmpty()) return "";
        TemplateSet t = new TemplateSet(HelmFunctions.sprigOnly(), TemplateOptions.DEFAULTS);
        try {
            t.parse("name-template", text);
            return t.executeToString("name-template", null);
        } catch (TemplateParseException e) {
            throw new RenderException(e.goMessage());
        } catch (TemplateExecException e) {
            throw new RenderException(e.goMessage());
        }
    }
}
