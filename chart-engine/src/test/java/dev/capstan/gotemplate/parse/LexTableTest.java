package dev.capstan.gotemplate.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.capstan.gotemplate.GoStrconv;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs lex.tsv: token sequences from Go's lex_test.go. */
class LexTableTest {

    static Stream<Arguments> rows() throws IOException {
        try (InputStream in = LexTableTest.class.getResourceAsStream("/gotemplate/lex.tsv")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<Arguments> out = new ArrayList<>();
            for (String line : text.split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t", -1);
                out.add(Arguments.of(f[0], f[1], f[2]));
            }
            return out.stream();
        }
    }

    /** Splits "TYPE=\"...\" TYPE=\"...\"" into TYPE=value strings. */
    static List<String> expected(String spec) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < spec.length()) {
            int eq = spec.indexOf('=', i);
            String type = spec.substring(i, eq);
            int j = eq + 2;
            StringBuilder raw = new StringBuilder("\"");
            while (spec.charAt(j) != '"') {
                if (spec.charAt(j) == '\\') raw.append(spec.charAt(j++));
                raw.append(spec.charAt(j++));
            }
            raw.append('"');
            out.add(type + "=" + unquote(raw.toString()));
            i = j + 2;
        }
        return out;
    }

    static String unquote(String s) {
        try {
            return GoStrconv.unquote(s);
        } catch (GoStrconv.SyntaxError e) {
            throw new IllegalArgumentException(s);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void lex(String name, String input, String items) {
        List<String> got = new ArrayList<>();
        for (Item it : Lexer.lex(unquote(input), true, true)) got.add(it.type() + "=" + it.val());
        assertEquals(expected(items), got);
    }
}
