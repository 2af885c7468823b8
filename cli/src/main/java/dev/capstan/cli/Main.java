package dev.capstan.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The process entry point. All work happens in {@link #run}, which a test can call with its own
 * streams and which returns the exit code instead of exiting.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new PrintStream(System.out, false, StandardCharsets.UTF_8), false);
        PrintWriter err = new PrintWriter(new PrintStream(System.err, false, StandardCharsets.UTF_8), false);
        int code = run(args, out, err, System.in);
        out.flush();
        err.flush();
        System.exit(code);
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err, InputStream in) {
        if (args.length == 1 && args[0].equals("version")) {
            out.println("v0.1.0");
            return 0;
        }
        err.println("Error: unknown command");
        return 1;
    }
}
