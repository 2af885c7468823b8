package dev.capstan.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The benchmark input: real Helm charts from the shared conformance corpus (../shared/compat),
 * read once at set-up so that no benchmark measures disk access.
 */
public final class Corpus {
    private Corpus() {
    }

    /**
     * The shared folder: the system property {@code capstan.shared}, else the environment variable
     * {@code CAPSTAN_SHARED}, else the first {@code shared/} with a {@code compat/} folder found
     * beside the working directory or one of its parents (the layout of a checkout and its
     * worktrees).
     */
    public static Path shared() {
        String p = System.getProperty("capstan.shared");
        if (p == null || p.isEmpty()) p = System.getenv("CAPSTAN_SHARED");
        if (p != null && !p.isEmpty()) return Path.of(p);
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path s = d.resolve("shared");
            if (Files.isDirectory(s.resolve("compat"))) return s;
        }
        throw new IllegalStateException("shared corpus not found: pass -Dcapstan.shared=DIR or set CAPSTAN_SHARED");
    }

    /** The folder of a compat chart. */
    public static Path chart(String name) {
        Path c = shared().resolve("compat").resolve("charts").resolve(name);
        if (!Files.isDirectory(c)) throw new IllegalStateException("no chart " + c);
        return c;
    }

    /**
     * Every template file of a chart folder and of its vendored subcharts, keyed by the name Helm
     * gives it ({@code chart/templates/x.yaml}, {@code chart/charts/sub/templates/y.tpl}), in
     * sorted order.
     */
    public static Map<String, String> templates(Path chartDir) {
        Map<String, String> out = new LinkedHashMap<>();
        collect(chartDir, chartDir.getFileName().toString(), out);
        return out;
    }

    private static void collect(Path chartDir, String prefix, Map<String, String> out) {
        Path tpl = chartDir.resolve("templates");
        if (Files.isDirectory(tpl)) {
            for (Path f : sortedFiles(tpl)) {
                String rel = chartDir.relativize(f).toString().replace('\\', '/');
                out.put(prefix + "/" + rel, read(f));
            }
        }
        Path charts = chartDir.resolve("charts");
        if (Files.isDirectory(charts)) {
            for (Path sub : sortedChildren(charts)) {
                if (Files.isRegularFile(sub.resolve("Chart.yaml"))) {
                    collect(sub, prefix + "/charts/" + sub.getFileName(), out);
                }
            }
        }
    }

    private static List<Path> sortedFiles(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> sortedChildren(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return new ArrayList<>(s.filter(Files::isDirectory).sorted().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path f) {
        try {
            return Files.readString(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
