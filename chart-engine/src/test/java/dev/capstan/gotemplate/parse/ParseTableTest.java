package dev.capstan.gotemplate.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs parse.tsv: Go's parseTests (tree String() or error) with errors as the reference helm reports them. */
class ParseTableTest {
    private static final Set<String> FUNCS = Set.of("and", "or", "not", "len", "index", "slice", "print", "printf",
            "println", "html", "js", "urlquery", "call", "eq", "ne", "lt", "le", "gt", "ge", "contains");
    static final String NAME = "c/templates/a.yaml";

    static Stream<Arguments> rows() throws IOException {
        try (InputStream in = ParseTableTest.class.getResourceAsStream("/gotemplate/parse.tsv")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<Arguments> out = new ArrayList<>();
            for (String line : text.split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t", -1);
                out.add(Arguments.of(f[0], unq(f[1]), f[2], unq(f[3])));
            }
            return out.stream();
        }
    }

    /** Minimal Go unquote for the table (\\n \\t \\r \\" \\\\). */
    static String unq(String s) {
        s = s.substring(1, s.length() - 1);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char e = s.charAt(++i);
            switch (e) {
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'r' -> sb.append('\r');
                default -> sb.append(e);
            }
        }
        return sb.toString();
    }

    /** Helm's engine.cleanupParseError: location plus the last ": "-separated part. */
    static String helmParseError(ParseError e) {
        String[] tokens = e.getMessage().split(": ", -1);
        return "parse error at (" + tokens[1] + "): " + tokens[tokens.length - 1];
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void parse(String name, String input, String ok, String expected) {
        if (ok.equals("true")) {
            Map<String, Tree> trees = Parser.parse(NAME, input, FUNCS::contains);
            assertEquals(expected, Node.quotedString(trees.get(NAME).root()));
        } else {
            ParseError e = assertThrows(ParseError.class, () -> Parser.parse(NAME, input, FUNCS::contains));
            assertEquals(expected, helmParseError(e));
        }
    }
}
