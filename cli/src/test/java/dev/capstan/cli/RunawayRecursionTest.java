package dev.capstan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A chart that recurses without end must fail with one error, never a Java stack trace. Helm
 * itself stops include at 1000 levels (our output matches it, see EngineCasesTest) but has no tpl
 * limit and dies with a Go stack overflow; Capstan stops tpl at Engine.MAX_TPL_DEPTH.
 */
class RunawayRecursionTest {
    @TempDir
    Path dir;

    @Test
    void endlessTplFailsWithOneErrorAndNoTrace() throws Exception {
        Path c = dir.resolve("c");
        Files.createDirectories(c.resolve("templates"));
        Files.writeString(c.resolve("Chart.yaml"), "apiVersion: v2\nname: c\nversion: 0.1.0\n");
        Files.writeString(c.resolve("values.yaml"), "x: \"{{ tpl .Values.x . }}\"\n");
        Files.writeString(c.resolve("templates/a.yaml"), "{{ tpl \"{{ tpl .Values.x . }}\" . }}\n");
        CliRunner.Result r = CliRunner.run("template", "x", c.toString());
        assertEquals(1, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("Error: template: c/templates/a.yaml:1:3: executing \"c/templates/a.yaml\" at <tpl"),
                r.err().substring(0, Math.min(300, r.err().length())));
        assertTrue(r.err().endsWith("error calling tpl: rendering template has nested tpl calls deeper than 1000 levels: "
                + "unable to execute template\n\nUse --debug flag to render out invalid YAML\n"));
        assertFalse(r.err().contains("\tat "), "no Java stack trace");
        assertFalse(r.err().contains("Exception"), "no Java exception name");
    }
}
