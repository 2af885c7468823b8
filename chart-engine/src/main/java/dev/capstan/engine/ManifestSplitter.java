package dev.capstan.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a rendered file into YAML documents exactly as Helm's {@code SplitManifests} does: the
 * text is trimmed, then cut at every match of {@code (?:^|\s*\n)---\s*} (Go RE2 semantics, where
 * {@code \s} is {@code [\t\n\f\r ]}), and each non-empty piece is trimmed.
 *
 * <p>The regex is not a YAML parser, and its quirks are kept on purpose: a {@code ---} that ends a
 * line in the middle of text ({@code a\n---foo}) also splits, the whitespace after a separator is
 * eaten (so the indentation of the next line goes), and a separator line that directly follows
 * another one stays in the next document because the first one consumed its newline.
 */
public final class ManifestSplitter {
    private static final Pattern SEP = Pattern.compile("(?:^|[\\t\\n\\f\\r ]*\\n)---[\\t\\n\\f\\r ]*");

    private ManifestSplitter() {
    }

    /** The documents of {@code bigFile} in order; empty pieces are dropped. */
    public static List<String> split(String bigFile) {
        String s = GoStrings.trimSpace(bigFile);
        List<String> pieces = goSplit(s);
        List<String> docs = new ArrayList<>(pieces.size());
        for (String d : pieces) {
            if (d.isEmpty()) continue;
            docs.add(GoStrings.trimSpace(d));
        }
        return docs;
    }

    /** Go's {@code Regexp.Split(s, -1)}. */
    private static List<String> goSplit(String s) {
        List<String> out = new ArrayList<>();
        if (s.isEmpty()) {
            out.add("");
            return out;
        }
        Matcher m = SEP.matcher(s);
        int beg = 0;
        int end = 0;
        while (m.find()) {
            end = m.start();
            if (m.end() != 0) out.add(s.substring(beg, end));
            beg = m.end();
        }
        if (end != s.length()) out.add(s.substring(beg));
        return out;
    }
}
