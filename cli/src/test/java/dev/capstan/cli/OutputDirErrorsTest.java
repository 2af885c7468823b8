package dev.capstan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * --output-dir failures worded as Go's *PathError, with Helm's --debug hint (the render has
 * already produced a release when the files are written). Expected texts observed with the
 * reference helm v4.1.4 on the same layouts.
 */
class OutputDirErrorsTest {
    private static final String HINT = "\n\nUse --debug flag to render out invalid YAML\n";

    @TempDir
    Path dir;
    Path chart;

    @BeforeEach
    void chart() throws Exception {
        chart = dir.resolve("c");
        Files.createDirectories(chart.resolve("templates"));
        Files.writeString(chart.resolve("Chart.yaml"), "apiVersion: v2\nname: c\nversion: 0.1.0\n");
        Files.writeString(chart.resolve("templates/a.yaml"), "a: 1\n");
    }

    private String err(Path out) {
        CliRunner.Result r = CliRunner.run("template", "x", chart.toString(), "--output-dir", out.toString());
        assertEquals(1, r.code(), r.err());
        return r.err();
    }

    @Test
    void aFileInThePathFailsAtStat() throws Exception {
        Path file = Files.writeString(dir.resolve("file"), "");
        assertEquals("Error: stat " + file + "/c/templates: not a directory" + HINT, err(file));
    }

    @Test
    void aFileWhereTheDirectoryGoesFailsAtMkdir() throws Exception {
        Path out = dir.resolve("out");
        Files.createDirectories(out.resolve("c"));
        Files.writeString(out.resolve("c/templates"), "");
        assertEquals("Error: mkdir " + out + "/c/templates: not a directory" + HINT, err(out));
    }

    @Test
    void anImpossibleDirectoryFailsAtMkdir() {
        assertEquals("Error: mkdir /proc/capstan-nope: no such file or directory" + HINT, err(Path.of("/proc/capstan-nope")));
    }

    @Test
    void successWritesAndReportsEachFile() {
        CliRunner.Result r = CliRunner.run("template", "x", chart.toString(), "--output-dir", dir.resolve("ok").toString());
        assertEquals(0, r.code(), r.err());
        // then the (empty) manifest line, as the reference prints it
        assertEquals("wrote " + dir.resolve("ok") + "/c/templates/a.yaml\n\n", r.out());
    }
}
