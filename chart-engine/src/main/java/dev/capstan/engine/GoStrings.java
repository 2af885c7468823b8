package dev.capstan.engine;

import dev.capstan.gotemplate.GoText;

/**
 * Go {@code strings} white space for the engine: forwards to {@link GoText}, the canonical copy.
 * Kept only for callers (ManifestSplitter, ManifestSorter, cli's TemplatePrinter) that another
 * branch is editing; once merged they can call GoText directly and this class can go.
 */
public final class GoStrings {
    private GoStrings() {
    }

    /** {@code strings.TrimSpace}. */
    public static String trimSpace(String s) {
        return GoText.trimSpace(s);
    }

    /** Go's {@code unicode.IsSpace}. */
    public static boolean isSpace(int cp) {
        return GoText.isSpace(cp);
    }
}
