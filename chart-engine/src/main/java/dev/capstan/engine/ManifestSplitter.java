package dev.capstan.engine;

import dev.capstan.gotemplate.GoText;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a rendered file into YAML documents exactly as Helm's {@code SplitManifests} does: the
 * text is trimmed, then cut at every match of {@code (?:^|\s*\n)---\s*} (Go RE2 semantics, where
 * {@code \s} is {@code [\t\n\f\r ]}), and each non-empty piece is trimmed.
 *
 * <p>The regex is not a YAML parser, and its quirks are kept on purpose: a {@code ---} that ends a
 * line in the middle of text ({@code a\n---foo}) also splits, the whitespace after a separator is
 * eaten (so the indentation of the next line goes), and a separator line that directly follows
 * another one stays in the next document because the first one consumed its newline.
 *
 * <p>The matches are found with a plain scan rather than a regex: a backtracking regex engine
 * retries {@code \s*\n} from every position of every whitespace run (YAML indentation), which is
 * quadratic in the run length and was most of the time of {@code template} on CRD-heavy charts.
 * The scan finds the same leftmost-first matches: {@code ---} at position 0 (the {@code ^}
 * branch), else the first {@code \n---} from the previous match's end, widened backwards over the
 * whitespace before it (never past the previous match's end) and forwards over the whitespace
 * after the dashes. {@code ManifestSplitterTest} checks it against the regex.
 */
public final class ManifestSplitter {

    private ManifestSplitter() {
    }

    /** The documents of {@code bigFile} in order; empty pieces are dropped. */
    public static List<String> split(String bigFile) {
        String s = GoText.trimSpace(bigFile);
        List<String> pieces = goSplit(s);
        List<String> docs = new ArrayList<>(pieces.size());
        for (String d : pieces) {
            if (d.isEmpty()) continue;
            docs.add(GoText.trimSpace(d));
        }
        return docs;
    }

    /** Go's {@code Regexp.Split(s, -1)} with the separator regex above. */
    static List<String> goSplit(String s) {
        List<String> out = new ArrayList<>();
        if (s.isEmpty()) {
            out.add("");
            return out;
        }
        int n = s.length();
        int beg = 0; // end of the previous match: where the next piece and the next search start
        int end = 0; // start of the last match
        boolean first = true;
        while (true) {
            int start;
            int dashes;
            if (first && s.startsWith("---")) {
                start = 0;
                dashes = 0;
            } else {
                int nl = s.indexOf("\n---", beg);
                if (nl < 0) break;
                start = nl;
                while (start > beg && isSpace(s.charAt(start - 1))) start--;
                dashes = nl + 1;
            }
            first = false;
            int matchEnd = dashes + 3;
            while (matchEnd < n && isSpace(s.charAt(matchEnd))) matchEnd++;
            end = start;
            if (matchEnd != 0) out.add(s.substring(beg, start));
            beg = matchEnd;
        }
        if (end != n) out.add(s.substring(beg));
        return out;
    }

    /** RE2's {@code \s}. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
    }
}
