package dev.capstan.chart;

import dev.capstan.gotemplate.GoFmt;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads the files of a chart directory as Helm's {@code LoadDir} does: a lexical walk that
 * follows symbolic links, honours {@code .helmignore} (skipping matching directories whole),
 * refuses irregular files and files over the per-file limit, and strips a UTF-8 BOM.
 *
 * <p>One deliberate difference: a symbolic link resolving outside the chart directory is
 * refused unless {@link LoadOptions#allowSymlinksOutside()} (Helm follows it, with a log line).
 * Cycles through directory links are refused instead of recursing forever.
 */
final class DirectoryReader {
    private final Path topReal;
    private final HelmIgnore rules;
    private final LoadOptions options;
    private final List<ChartFile> files = new ArrayList<>();

    private DirectoryReader(Path topReal, HelmIgnore rules, LoadOptions options) {
        this.topReal = topReal;
        this.rules = rules;
        this.options = options;
    }

    static List<ChartFile> read(Path dir, LoadOptions options) {
        Path top = dir.toAbsolutePath().normalize();
        Path topReal;
        try {
            topReal = top.toRealPath();
        } catch (IOException e) {
            throw new ChartLoadException(GoErrors.ioText(top, e));
        }
        HelmIgnore rules = HelmIgnore.defaults();
        Path ignoreFile = top.resolve(".helmignore");
        if (Files.exists(ignoreFile)) {
            try {
                rules = HelmIgnore.parse(Files.readAllBytes(ignoreFile));
            } catch (IOException e) {
                throw new ChartLoadException(GoErrors.ioText(ignoreFile, e));
            }
        }
        DirectoryReader r = new DirectoryReader(topReal, rules, options);
        r.walkDir(top, topReal, "", new HashSet<>());
        return r.files;
    }

    /** @param relDir {@code dir} relative to the chart, with a trailing {@code /} ("" at the top) */
    private void walkDir(Path dir, Path real, String relDir, Set<Path> stack) {
        if (!stack.add(real)) {
            throw new ChartLoadException("cannot load " + (relDir.isEmpty() ? "." : relDir.substring(0, relDir.length() - 1)) + ": symbolic link cycle");
        }
        String[] names;
        try (Stream<Path> s = Files.list(dir)) {
            names = s.map(p -> p.getFileName().toString()).toArray(String[]::new);
        } catch (IOException e) {
            throw new ChartLoadException(GoErrors.ioText(dir, e));
        }
        // Go sorts names bytewise (UTF-8)
        Arrays.sort(names, (a, b) -> Arrays.compareUnsigned(
                a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8)));
        for (String name : names) {
            visit(dir.resolve(name), real.resolve(name), relDir + name, stack);
        }
        stack.remove(real);
    }

    private void visit(Path path, Path realGuess, String n, Set<Path> stack) {
        BasicFileAttributes attrs;
        Path real = realGuess;
        try {
            attrs = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (attrs.isSymbolicLink()) {
                try {
                    real = path.toRealPath();
                } catch (IOException e) {
                    throw new ChartLoadException("error evaluating symlink " + path + ": " + GoErrors.ioText(path, e));
                }
                options.log().accept(dev.capstan.values.Slog.info(
                        "found symbolic link in path. Contents of linked file included and used",
                        "path", path.toString(), "resolved", real.toString()));
                if (!options.allowSymlinksOutside() && !real.startsWith(topReal)) {
                    throw new ChartLoadException("chart illegally references a path outside the chart directory: "
                            + "symbolic link " + n + " resolves to " + real);
                }
                attrs = Files.readAttributes(real, BasicFileAttributes.class);
            }
        } catch (IOException e) {
            throw new ChartLoadException(GoErrors.ioText(path, e));
        }
        if (attrs.isDirectory()) {
            if (rules.ignore(n, true)) {
                return;
            }
            walkDir(path, real, n + "/", stack);
            return;
        }
        if (rules.ignore(n, false)) {
            return;
        }
        if (!attrs.isRegularFile()) {
            throw new ChartLoadException("cannot load irregular file " + path
                    + " as it has file mode type bits set");
        }
        if (attrs.size() > options.limits().maxFileSize()) {
            throw new ChartLoadException("chart file " + GoFmt.quote(real.getFileName().toString())
                    + " is larger than the maximum file size " + options.limits().maxFileSize());
        }
        byte[] data;
        try {
            data = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new ChartLoadException("error reading " + n + ": " + GoErrors.ioText(path, e));
        }
        files.add(new ChartFile(n, ArchiveReader.stripBom(data)));
    }
}
