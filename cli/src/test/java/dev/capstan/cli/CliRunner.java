package dev.capstan.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

/** Runs the CLI in-process with captured streams. */
final class CliRunner {
    record Result(int code, String out, String err) {
    }

    private CliRunner() {
    }

    static Result run(String... args) {
        return run(Map.of(), Path.of("").toAbsolutePath(), args);
    }

    static Result run(Map<String, String> env, Path cwd, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new Main.Context(new PrintWriter(out), new PrintWriter(err),
                new ByteArrayInputStream(new byte[0]), env, cwd));
        return new Result(code, out.toString(), err.toString());
    }
}
