package dev.capstan.chart;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * Materializes a fixture chart from src/test/resources/chart-values/charts into a temporary
 * directory, packing every directory named {@code X.tgz.d} into the archive {@code X.tgz}.
 */
public final class Fixtures {
    private Fixtures() {
    }

    public static Path resources() {
        try {
            return Path.of(Fixtures.class.getResource("/chart-values").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Path chart(String name, Path tmp) {
        Path src = resources().resolve("charts").resolve(name);
        Path dst = tmp.resolve(src.getFileName().toString());
        try {
            copy(src, dst);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dst;
    }

    private static void copy(Path src, Path dst) throws IOException {
        if (Files.isDirectory(src)) {
            String n = src.getFileName().toString();
            if (n.endsWith(".tgz.d")) {
                pack(src, dst.resolveSibling(n.substring(0, n.length() - 2)));
                return;
            }
            Files.createDirectories(dst);
            try (Stream<Path> s = Files.list(src)) {
                for (Path p : s.toList()) {
                    copy(p, dst.resolve(p.getFileName().toString()));
                }
            }
        } else {
            Files.copy(src, dst);
        }
    }

    /** Packs the content of {@code dir} (whose entries are the archive's top level) as a .tgz. */
    public static void pack(Path dir, Path tgz) throws IOException {
        try (OutputStream out = Files.newOutputStream(tgz);
                TarArchiveOutputStream tar = new TarArchiveOutputStream(new GZIPOutputStream(out))) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            List<Path> files;
            try (Stream<Path> s = Files.walk(dir)) {
                files = s.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path f : files) {
                TarArchiveEntry e = new TarArchiveEntry(dir.relativize(f).toString().replace('\\', '/'));
                byte[] data = Files.readAllBytes(f);
                e.setSize(data.length);
                tar.putArchiveEntry(e);
                tar.write(data);
                tar.closeArchiveEntry();
            }
        }
    }
}
