package dev.capstan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code version}: Helm's format and Helm's version, without claiming Helm's build. */
class VersionCommandTest {
    @Test
    void fullFormNamesTheHelmReleaseAndThisRuntime() {
        CliRunner.Result r = CliRunner.run("version");
        assertEquals(0, r.code());
        assertTrue(r.out().startsWith("version.BuildInfo{Version:\"v4.1.4\", GitCommit:\"\", GitTreeState:\"\", GoVersion:\"java"),
                r.out());
        assertTrue(r.out().endsWith("\", KubeClientVersion:\"v1.35\"}\n"), r.out());
    }

    @Test
    void shortFormHasNoBorrowedCommit() {
        assertEquals("v4.1.4\n", CliRunner.run("version", "--short").out());
    }

    @Test
    void templateSeesBuildInfoWithoutFunctionsOrNewline() {
        assertEquals("v4.1.4 v1.35", CliRunner.run("version", "--template", "{{.Version}} {{.KubeClientVersion}}").out());
        CliRunner.Result bad = CliRunner.run("version", "--template", "{{.Nope}}");
        assertEquals(1, bad.code());
        assertEquals("Error: template: _:1:2: executing \"_\" at <.Nope>: can't evaluate field Nope in type version.BuildInfo\n",
                bad.err());
        // the reference helm parses the template with no functions at all
        assertEquals("Error: template: _:1: function \"upper\" not defined\n",
                CliRunner.run("version", "--template", "{{ upper .Version }}").err());
    }
}
