package dev.capstan.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** {@link FastPath} must print exactly what the picocli path prints, so the two cannot drift. */
class FastPathTest {

    private static String viaPicocli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Commands.execute(args, new Main.Context(new PrintWriter(out), new PrintWriter(err),
                new ByteArrayInputStream(new byte[0]), Map.of(), Path.of("").toAbsolutePath()));
        assertEquals(0, code);
        assertEquals("", err.toString());
        return out.toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "--help", "-h", "help", "version"})
    void sameOutputAsThePicocliPath(String arg) throws IOException {
        String[] args = arg.isEmpty() ? new String[0] : new String[]{arg};
        String expected = viaPicocli(args);
        String fast = FastPath.answer(args);
        assertNotNull(fast);
        if (!expected.equals(fast) && !arg.equals("version")) {
            // the command tree changed: the new text to copy to src/main/resources/dev/capstan/cli
            Path target = Path.of("target", FastPath.ROOT_HELP_RESOURCE);
            Files.createDirectories(target.getParent());
            Files.writeString(target, expected, StandardCharsets.UTF_8);
        }
        assertEquals(expected, fast, "root help changed: copy cli/target/root-help.txt over "
                + "cli/src/main/resources/dev/capstan/cli/root-help.txt");
        assertEquals(expected, CliRunner.run(args).out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"version --short", "version --template x", "template", "version -n", "--debug", "x", "help version"})
    void anythingElseTakesTheFullParser(String line) {
        assertNull(FastPath.answer(line.split(" ")));
    }
}
