package dev.capstan.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** The reference helm (HELM_BIN, else ~/.cache/reference-helm/helm), run as a process when present. */
final class ReferenceHelm {
    record Result(int code, String out, String err) {
    }

    private ReferenceHelm() {
    }

    static Path binary() {
        String env = System.getenv("HELM_BIN");
        Path p = env != null && !env.isBlank() ? Path.of(env)
                : Path.of(System.getProperty("user.home"), ".cache", "reference-helm", "helm");
        return Files.isExecutable(p) ? p : null;
    }

    /** Runs {@code helm ARGS}; null when there is no reference binary. */
    static Result run(List<String> args) {
        Path bin = binary();
        if (bin == null) return null;
        List<String> cmd = new ArrayList<>();
        cmd.add(bin.toString());
        cmd.addAll(args);
        return exec(cmd, "reference helm");
    }

    /** Runs a command with stdin from /dev/null and its output collected (at most 120 s). */
    static Result exec(List<String> cmd, String what) {
        try {
            Process p = new ProcessBuilder(cmd).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
            CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(p.getInputStream()));
            CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException(what + " timed out: " + cmd);
            }
            return new Result(p.exitValue(), new String(out.join(), StandardCharsets.UTF_8),
                    new String(err.join(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot run the " + what + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The first {@code Error: } line of a stderr text ("" when there is none): log lines differ by design. */
    static String errorLine(String stderr) {
        return stderr.lines().filter(l -> l.startsWith("Error: ")).findFirst().orElse("");
    }

    private static byte[] readAll(java.io.InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
