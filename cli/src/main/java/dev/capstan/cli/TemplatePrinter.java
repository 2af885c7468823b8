package dev.capstan.cli;

import dev.capstan.engine.Hook;
import dev.capstan.engine.ManifestSplitter;

import dev.capstan.chart.GoErrors;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code helm template} prints once the release is rendered: the trimmed manifest, then
 * every hook (minus tests with {@code --skip-tests}, none with {@code --no-hooks}), optionally
 * filtered by {@code --show-only} globs, or written under {@code --output-dir}.
 */
final class TemplatePrinter {
    private static final Pattern SOURCE = Pattern.compile("# Source: [^/]+/(.+)");

    record Settings(boolean noHooks, boolean skipTests, List<String> showOnly, Path outputDir,
                    boolean useReleaseName, String releaseName) {
    }

    private TemplatePrinter() {
    }

    /** The text before {@code --show-only} filtering: manifest and hooks (hooks go to files with an output dir). */
    static String assemble(String manifest, List<Hook> hooks, Settings s, PrintWriter out) {
        StringBuilder b = new StringBuilder();
        b.append(trimSpace(manifest)).append('\n');
        if (!s.noHooks()) {
            Set<String> written = new HashSet<>();
            for (Hook h : hooks) {
                if (s.skipTests() && h.isTest()) continue;
                if (s.outputDir() == null) {
                    b.append("---\n# Source: ").append(h.path()).append('\n').append(h.manifest()).append('\n');
                } else {
                    Path dir = s.useReleaseName() ? s.outputDir().resolve(s.releaseName()) : s.outputDir();
                    // Helm appends to a hook file that already exists, even one from an earlier run
                    if (Files.exists(dir.resolve(h.path()))) written.add(h.path());
                    writeToFile(dir, h.path(), h.manifest(), written.contains(h.path()), out);
                }
            }
        }
        return b.toString();
    }

    /**
     * Applies {@code --show-only}: each pattern, in order, selects the documents whose source path
     * (relative to the top chart) matches it with {@code filepath.Match}.
     *
     * @throws CliException {@code could not find template F in chart} when a pattern selects nothing
     */
    static String showOnly(String assembled, List<String> patterns) {
        List<String> docs = ManifestSplitter.split(assembled);
        List<String> selected = new ArrayList<>();
        for (String f : patterns) {
            boolean missing = true;
            for (String doc : docs) {
                Matcher m = SOURCE.matcher(doc);
                if (!m.find()) continue;
                if (!GoFilepathMatch.match(f, m.group(1))) continue;
                selected.add(doc);
                missing = false;
            }
            if (missing) throw new CliException("could not find template " + f + " in chart");
        }
        StringBuilder b = new StringBuilder();
        for (String d : selected) b.append("---\n").append(d).append('\n');
        return b.toString();
    }

    /** Helm's writeToFile: {@code ---\n# Source: NAME\nDATA\n}, then {@code wrote PATH} on stdout. */
    static void writeToFile(Path outputDir, String name, String data, boolean append, PrintWriter out) {
        String fileName = outputDir.toString() + "/" + name;
        Path p = Path.of(fileName);
        try {
            if (p.getParent() != null) ensureDirectory(p.getParent());
            byte[] bytes = ("---\n# Source: " + name + "\n" + data + "\n").getBytes(StandardCharsets.UTF_8);
            if (append) {
                Files.write(p, bytes, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
            } else {
                Files.write(p, bytes);
            }
        } catch (IOException e) {
            // Helm's writeToFile fails inside the render, after the release record exists
            throw new TemplatePipeline.RenderFailure(goIoText(e, p), DefaultTemplatePipeline.emptyResult());
        }
        out.println("wrote " + fileName);
    }

    /**
     * Helm's ensureDirectoryForFile: os.Stat of the directory (a file in its path fails as
     * {@code stat DIR: not a directory}), then os.MkdirAll (an existing file there fails as
     * {@code mkdir DIR: not a directory}).
     */
    private static void ensureDirectory(Path dir) throws IOException {
        if (Files.exists(dir)) {
            if (!Files.isDirectory(dir)) throw new CliPathError("mkdir " + dir + ": not a directory");
            return;
        }
        for (Path a = dir.getParent(); a != null; a = a.getParent()) {
            if (Files.exists(a)) {
                if (!Files.isDirectory(a)) throw new CliPathError("stat " + dir + ": not a directory");
                break;
            }
        }
        Files.createDirectories(dir);
    }

    /** A failure already worded as Go's *PathError. */
    private static final class CliPathError extends IOException {
        CliPathError(String message) {
            super(message);
        }
    }

    /** Go's *PathError text for a failed MkdirAll ({@code mkdir DIR: ...}) or file write ({@code open FILE: ...}). */
    static String goIoText(IOException e, Path file) {
        if (!(e instanceof FileSystemException fse) || fse.getFile() == null) return e.getMessage();
        return GoErrors.pathError(Path.of(fse.getFile()).equals(file) ? "open" : "mkdir", fse.getFile(), e);
    }

    static String trimSpace(String s) {
        return dev.capstan.gotemplate.GoText.trimSpace(s);
    }
}
