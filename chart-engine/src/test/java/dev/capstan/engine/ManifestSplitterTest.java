package dev.capstan.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The scan in {@link ManifestSplitter} must cut exactly where Helm's separator regex does. The
 * oracle is the regex itself (Go's {@code Regexp.Split} re-expressed over java.util.regex, which
 * agrees with RE2's leftmost-first matches for this pattern), run on random strings made of the
 * pieces that matter: dashes, newlines, the other blanks and text.
 */
class ManifestSplitterTest {
    private static final Pattern SEP = Pattern.compile("(?:^|[\\t\\n\\f\\r ]*\\n)---[\\t\\n\\f\\r ]*");

    /** Go's Regexp.Split(s, -1). */
    private static List<String> regexSplit(String s) {
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

    private static final String[] PARTS = {"-", "--", "---", "\n---", "\n", " ", "\t", "\r", "\f", "\u000b",
            "a", "kind: x", "  ", "\n  ", "----", "# c"};

    @Test
    void matchesTheRegexOnRandomStrings() {
        Random r = new Random(20261126L);
        for (int i = 0; i < 200_000; i++) {
            StringBuilder b = new StringBuilder();
            int len = r.nextInt(12);
            for (int j = 0; j < len; j++) b.append(PARTS[r.nextInt(PARTS.length)]);
            String s = b.toString();
            assertEquals(regexSplit(s), ManifestSplitter.goSplit(s), () -> "input: " + s.replace("\n", "\\n"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "---", "---\n---", "a\n---b", "a  \n \n---  \n  b", "\n---\n---\n", "x---y",
            "---a\n---", "  \n---", "a\n--", "a\n----\nb"})
    void matchesTheRegexOnEdgeCases(String s) {
        assertEquals(regexSplit(s), ManifestSplitter.goSplit(s));
    }

    @Test
    void longIndentationRuns() {
        String s = "a:\n" + " ".repeat(3_000) + "b\n---\nc" + (" ".repeat(2_000) + "\n").repeat(3) + "\n---\n  d";
        assertEquals(regexSplit(s), ManifestSplitter.goSplit(s));
        // the regex is quadratic in a blank run's length; the scan is not (this finishes at once)
        String big = "a:\n" + " ".repeat(1_000_000) + "b\n---\nc\n" + " ".repeat(1_000_000) + "\n---\nd";
        assertEquals(List.of("a:\n" + " ".repeat(1_000_000) + "b", "c", "d"), ManifestSplitter.goSplit(big));
    }
}
