package dev.capstan.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Which command a line runs, as cobra finds it (what the reference helm does): the first word
 * that is not a flag or the value of a root flag, even when that value names another command.
 */
class CommandSelectionTest {
    @ParameterizedTest
    @ValueSource(strings = {"-n template version --short", "--kube-context version version --short",
            "--debug version --short", "-n ns version --short", "--namespace=template version --short"})
    void theWordAfterARootFlagIsItsValue(String line) {
        CliRunner.Result r = CliRunner.run(line.split(" "));
        assertEquals("", r.err());
        assertEquals("v4.1.4\n", r.out());
        assertEquals(0, r.code());
    }

    @ParameterizedTest
    @ValueSource(strings = {"-n version template", "--debug template"})
    void theCommandNamedRuns(String line) {
        CliRunner.Result r = CliRunner.run(line.split(" "));
        assertEquals("Error: \"capstan template\" requires at least 1 argument\n\nUsage:  capstan template [NAME] [CHART] [flags]\n", r.err());
        assertEquals(1, r.code());
    }

    @ParameterizedTest
    @ValueSource(strings = {"bogus", "-n ns bogus", "bogus --short"})
    void anUnknownCommandIsNamed(String line) {
        CliRunner.Result r = CliRunner.run(line.split(" "));
        assertEquals("Error: unknown command \"bogus\" for \"capstan\"\nRun 'capstan --help' for usage.\n", r.err());
        assertEquals(1, r.code());
    }

    @ParameterizedTest
    @ValueSource(strings = {"-n ns", "--debug", "--kube-context version"})
    void noCommandPrintsTheRootHelp(String line) {
        CliRunner.Result r = CliRunner.run(line.split(" "));
        assertEquals(FastPath.ROOT_HELP, r.out());
        assertEquals(0, r.code());
    }
}
