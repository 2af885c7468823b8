package dev.capstan.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Answers the few command lines whose output is fixed — {@code version} with no flags, and the
 * root help ({@code --help}, {@code -h}, {@code help}, no arguments) — without building picocli's
 * command model, which costs more than the rest of such a command (its reflection and class
 * loading were ~60 ms of a ~150 ms {@code version}; see bench/README.md). Anything else, including
 * any flag, goes through {@link Commands}.
 *
 * <p>The root help is the picocli path's output saved as {@code root-help.txt};
 * {@code FastPathTest} fails when the two differ (a new command or global flag), and writes the
 * new text to {@code cli/target/root-help.txt} to copy over.
 */
final class FastPath {
    static final String ROOT_HELP_RESOURCE = "root-help.txt";

    private FastPath() {
    }

    /** The whole standard output for {@code args}, or null when the full parser must answer. */
    static String answer(String[] args) {
        if (args.length == 0) return rootHelp();
        if (args.length != 1) return null;
        return switch (args[0]) {
            case "--help", "-h", "help" -> rootHelp();
            case "version" -> VersionCommand.buildInfoLine() + "\n";
            default -> null;
        };
    }

    static String rootHelp() {
        try (InputStream in = FastPath.class.getResourceAsStream(ROOT_HELP_RESOURCE)) {
            if (in == null) return null;
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
