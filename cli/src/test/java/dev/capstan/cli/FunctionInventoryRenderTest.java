package dev.capstan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every function Helm defines must parse in a chart rendered by `template` (Go checks function
 * names at parse time), and a name Helm does not define must fail with Go's message.
 */
class FunctionInventoryRenderTest {
    @TempDir
    Path dir;

    private int template(Path chart, StringWriter out, StringWriter err) {
        return Main.run(new String[] {"template", "x", chart.toString()}, new PrintWriter(out), new PrintWriter(err),
                new ByteArrayInputStream(new byte[0]));
    }

    private Path chart(String template) throws Exception {
        Path c = dir.resolve("c");
        Files.createDirectories(c.resolve("templates"));
        Files.writeString(c.resolve("Chart.yaml"), "apiVersion: v2\nname: c\nversion: 0.1.0\n");
        Files.writeString(c.resolve("templates/a.yaml"), template);
        return c;
    }

    @Test
    void everyHelmFunctionParses() throws Exception {
        List<String> names;
        try (var in = getClass().getResourceAsStream("/inventory/helm-functions.txt")) {
            names = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        }
        StringBuilder t = new StringBuilder("{{- if false }}\n");
        for (String n : names) t.append("{{ ").append(n).append(" }}\n");
        t.append("{{- end }}\nk: v\n");
        StringWriter out = new StringWriter(), err = new StringWriter();
        int rc = template(chart(t.toString()), out, err);
        assertEquals("", err.toString());
        assertEquals(0, rc);
        assertEquals("---\n# Source: c/templates/a.yaml\nk: v\n", out.toString());
    }

    @Test
    void envIsNotDefinedAsInHelm() throws Exception {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int rc = template(chart("{{ env \"HOME\" }}\n"), out, err);
        assertEquals(1, rc);
        assertEquals("Error: parse error at (c/templates/a.yaml:1): function \"env\" not defined\n\n"
                + "Use --debug flag to render out invalid YAML\n", err.toString());
    }
}
