package dev.capstan.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The opt-in FreeMarker engine: a chart whose deployment is a {@code .ftl} template renders
 * exactly like its Go-template twin does under the reference helm (freemarker/regen.sh), apart
 * from the template's file name.
 */
class FreemarkerTemplateTest {
    @Test
    void rendersLikeTheGoTemplateTwin() throws IOException, URISyntaxException {
        Path here = Path.of(FreemarkerTemplateTest.class.getResource("/freemarker/go-twin.expected.yaml").toURI()).getParent();
        CliRunner.Result r = CliRunner.run(Map.of(), here, "template", "demo", here.resolve("charts/ftl-demo").toString());
        assertEquals("", r.err());
        assertEquals(Files.readString(here.resolve("go-twin.expected.yaml")), r.out().replace("deployment.yaml.ftl", "deployment.yaml"));
    }

    @Test
    void templateErrorsNameTheFile(@TempDir Path chart) throws IOException {
        Files.createDirectories(chart.resolve("templates"));
        Files.writeString(chart.resolve("Chart.yaml"), "apiVersion: v2\nname: f\nversion: 0.1.0\nannotations:\n  capstan.dev/freemarker: \"true\"\n");
        Files.writeString(chart.resolve("templates/a.yaml.ftl"), "a: ${Values.missing.deeper}\n");
        CliRunner.Result r = CliRunner.run("template", "x", chart.toString());
        assertEquals(1, r.code());
        assertEquals(true, r.err().startsWith("Error: freemarker error at (f/templates/a.yaml.ftl:1:6): "), r.err());
    }
}
