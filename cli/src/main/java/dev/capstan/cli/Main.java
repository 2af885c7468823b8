package dev.capstan.cli;

import picocli.CommandLine.Model.CommandSpec;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;

/**
 * The process entry point. All work happens in {@link #run}, which a test can call with its own
 * streams and which returns the exit code instead of exiting. Errors print as Helm prints them,
 * {@code Error: MESSAGE}, and exit with 1.
 */
public final class Main {
    /** The name this CLI calls itself in usage text. */
    public static final String NAME = "capstan";

    private Main() {
    }

    /** What a command needs from its process: streams, environment and working directory. */
    public record Context(PrintWriter out, PrintWriter err, InputStream in, Map<String, String> env, Path cwd) {
        /** Resolves a path argument against the working directory. */
        public Path resolve(String p) {
            return cwd.resolve(p);
        }
    }

    /** {@code capstan} itself: the global flags, given before a command's name. */
    static final class Root {
        final GlobalOptions global = new GlobalOptions();

        /** The root's model for picocli (see {@link Flags}). */
        CommandSpec spec() {
            CommandSpec s = CommandSpec.wrapWithoutInspection(this).name(NAME);
            s.usageMessage().description("The Kubernetes package manager");
            global.register(Flags.globalOf(s));
            return s;
        }
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new Utf8Output(System.out), false);
        PrintWriter err = new PrintWriter(new Utf8Output(System.err), false);
        int code = run(args, out, err, System.in);
        out.flush();
        err.flush();
        System.exit(code);
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err, InputStream in) {
        return run(args, new Context(out, err, in, System.getenv(), Path.of("").toAbsolutePath()));
    }

    public static int run(String[] args, Context ctx) {
        try {
            String fast = FastPath.answer(args);
            if (fast != null) {
                ctx.out().print(fast);
                return 0;
            }
            return Commands.execute(args, ctx);
        } catch (CliException e) {
            ctx.err().println("Error: " + e.getMessage());
            return 1;
        } catch (RuntimeException | Error e) {
            // a bug of ours: still one line, no stack trace (CAPSTAN_TRACE=1 shows it)
            if ("1".equals(ctx.env().get("CAPSTAN_TRACE"))) e.printStackTrace(ctx.err());
            ctx.err().println("Error: internal error: " + e);
            return 1;
        } finally {
            ctx.out().flush();
            ctx.err().flush();
        }
    }
}
