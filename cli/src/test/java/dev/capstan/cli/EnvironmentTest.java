package dev.capstan.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Helm's environment variables, as the reference helm honours them for {@code template}. */
class EnvironmentTest {
    @TempDir
    Path dir;

    private Path chart() throws IOException {
        Path c = dir.resolve("ns");
        Files.createDirectories(c.resolve("templates"));
        Files.writeString(c.resolve("Chart.yaml"), "apiVersion: v2\nname: ns\nversion: 0.1.0\n");
        Files.writeString(c.resolve("templates/a.yaml"), "ns: {{ .Release.Namespace }}\n");
        return c;
    }

    @Test
    void helmNamespaceSetsTheDefaultNamespace() throws IOException {
        Path c = chart();
        CliRunner.Result r = CliRunner.run(Map.of("HELM_NAMESPACE", "foo"), dir, "template", "x", c.toString());
        assertEquals("---\n# Source: ns/templates/a.yaml\nns: foo\n", r.out());
    }

    @Test
    void namespaceFlagWinsOverTheEnvironment() throws IOException {
        Path c = chart();
        CliRunner.Result r = CliRunner.run(Map.of("HELM_NAMESPACE", "foo"), dir, "template", "x", c.toString(), "-n", "bar");
        assertEquals("---\n# Source: ns/templates/a.yaml\nns: bar\n", r.out());
    }

    @Test
    void globalFlagsMayComeBeforeTheCommand() throws IOException {
        Path c = chart();
        CliRunner.Result r = CliRunner.run(Map.of(), dir, "--namespace", "early", "template", "x", c.toString());
        assertEquals("---\n# Source: ns/templates/a.yaml\nns: early\n", r.out());
    }
}
