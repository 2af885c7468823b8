package dev.capstan.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.capstan.values.TestData;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Archive path checks and limits (loader/archives, from the reference helm) and symbolic links. */
class ArchiveAndLinksTest {
    @TempDir
    Path tmp;

    static Stream<Arguments> archives() {
        return TestData.rows("loader/archives/archives.yaml").stream().map(r -> Arguments.of(r.get("archive"), r));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("archives")
    void archive(String name, Map<String, Object> row) throws IOException {
        Path file = tmp.resolve(name);
        if (name.equals("bigfile.tgz")) {
            writeTgz(file, List.of(Map.entry("e/Chart.yaml", chartYaml("e"))),
                    List.of(Map.entry("e/big.txt", 5L * 1024 * 1024 + 1)));
        } else {
            Files.copy(Fixtures.resources().resolve("loader/archives").resolve(name), file);
        }
        check((String) row.get("direct"), () -> ChartLoader.load(file));
        Path sub = tmp.resolve("sub");
        Files.createDirectories(sub.resolve("charts"));
        Files.writeString(sub.resolve("Chart.yaml"), "apiVersion: v2\nname: sub\nversion: 1.0.0\n");
        Files.copy(file, sub.resolve("charts").resolve(name));
        check((String) row.get("subchart"), () -> ChartLoader.load(sub));
    }

    private static void check(String error, Runnable load) {
        if (error == null) {
            load.run();
            return;
        }
        assertEquals(error, assertThrows(ChartLoadException.class, load::run).getMessage());
    }

    /** 21 files of 5 MiB of zeros (105 MiB, a 100 KiB archive): refused at the file that crosses 100 MiB. */
    @Test
    void decompressionBomb() throws IOException {
        Path file = tmp.resolve("bomb.tgz");
        List<Map.Entry<String, Long>> big = new java.util.ArrayList<>();
        for (int i = 0; i < 21; i++) {
            big.add(Map.entry(String.format("e/f%02d", i), 5L * 1024 * 1024));
        }
        writeTgz(file, List.of(Map.entry("e/Chart.yaml", chartYaml("e"))), big);
        ChartLoadException direct = assertThrows(ChartLoadException.class, () -> ChartLoader.load(file));
        assertEquals("unable to load chart archive", direct.getMessage());
        assertEquals("decompressed chart is larger than the maximum size 104857600", direct.getCause().getMessage());
        try (InputStream in = Files.newInputStream(file)) {
            assertEquals("unable to load chart archive: decompressed chart is larger than the maximum size 104857600",
                    assertThrows(ChartLoadException.class, () -> ChartLoader.load(in)).getMessage());
        }
    }

    @Test
    void streamAndNonArchiveErrors() throws IOException {
        assertEquals("stream does not appear to be a valid chart file (details: gzip: invalid header)",
                assertThrows(ChartLoadException.class,
                        () -> ChartLoader.load(new ByteArrayInputStream("hello".getBytes()))).getMessage());
        Path txt = tmp.resolve("notachart.tgz");
        Files.writeString(txt, "hi\n");
        // oracle: a short file is sniffed as binary because Helm pads its 512-byte buffer with zeros
        assertEquals("file '" + txt + "' does not appear to be a gzipped archive; got 'application/octet-stream'",
                assertThrows(ChartLoadException.class, () -> ChartLoader.load(txt)).getMessage());
        Path yaml = tmp.resolve("v.yaml");
        Files.writeString(yaml, "a: 1\n");
        assertEquals("file '" + yaml + "' seems to be a YAML file, but expected a gzipped archive",
                assertThrows(ChartLoadException.class, () -> ChartLoader.load(yaml)).getMessage());
        Path missing = tmp.resolve("missing");
        assertEquals("path \"" + missing + "\" not found",
                assertThrows(ChartLoadException.class, () -> ChartLoader.load(missing)).getMessage());
        Path noChart = Files.createDirectories(tmp.resolve("nochart"));
        assertEquals("unable to detect chart at " + noChart.resolve("Chart.yaml") + ": open "
                        + noChart.resolve("Chart.yaml") + ": no such file or directory",
                assertThrows(ChartLoadException.class, () -> ChartLoader.load(noChart)).getMessage());
        try (InputStream in = Files.newInputStream(Fixtures.resources().resolve("loader/archives/ok.tgz"))) {
            Chart c = ChartLoader.load(in);
            assertEquals("e", c.name());
            assertEquals("v", c.values().get("k"), "a UTF-8 BOM is stripped from archive files");
        }
    }

    @Test
    void symlinksInsideAreFollowed() throws IOException {
        Path c = chartDir("c");
        Files.createDirectories(c.resolve("real/dir"));
        Files.writeString(c.resolve("real/dir/f.txt"), "F");
        Files.createSymbolicLink(c.resolve("link.txt"), c.resolve("real/dir/f.txt"));
        Files.createSymbolicLink(c.resolve("linkdir"), Path.of("real/dir"));
        Chart chart = ChartLoader.load(c);
        assertEquals(List.of("link.txt", "linkdir/f.txt", "real/dir/f.txt"),
                chart.files().stream().map(ChartFile::name).sorted().toList());
        assertEquals("F", chart.file("linkdir/f.txt").text());
    }

    @Test
    void symlinkEscapingTheChartIsRefusedUnlessAllowed() throws IOException {
        Path outside = Files.writeString(tmp.resolve("secret.txt"), "S");
        Path c = chartDir("c");
        Files.createSymbolicLink(c.resolve("leak.txt"), outside);
        ChartLoadException e = assertThrows(ChartLoadException.class, () -> ChartLoader.load(c));
        assertTrue(e.getMessage().contains("symbolic link leak.txt"), e.getMessage());
        Chart allowed = ChartLoader.load(c, new LoadOptions(ArchiveLimits.HELM, true, null));
        assertEquals("S", allowed.file("leak.txt").text());
    }

    @Test
    void symlinkCycleIsAnError() throws IOException {
        Path c = chartDir("c");
        Files.createDirectories(c.resolve("d"));
        Files.createSymbolicLink(c.resolve("d/loop"), Path.of(".."));
        assertEquals("cannot load d/loop: symbolic link cycle",
                assertThrows(ChartLoadException.class, () -> ChartLoader.load(c)).getMessage());
    }

    @Test
    void fileOverTheLimitInADirectory() throws IOException {
        Path c = chartDir("c");
        byte[] big = new byte[(int) (5L * 1024 * 1024 + 1)];
        Arrays.fill(big, (byte) 'x');
        Files.write(c.resolve("big.txt"), big);
        assertEquals("chart file \"big.txt\" is larger than the maximum file size 5242880",
                assertThrows(ChartLoadException.class, () -> ChartLoader.load(c)).getMessage());
    }

    /** Oracle: the lines helm logs for followed links and v1 files in a v2 chart, in walk order. */
    @Test
    void loadLogLines() throws IOException {
        Path c = chartDir("sl").toRealPath();
        Files.createDirectories(c.resolve("real"));
        Files.writeString(c.resolve("real/f.txt"), "x\n");
        Files.createSymbolicLink(c.resolve("link.txt"), Path.of("real/f.txt"));
        Files.createSymbolicLink(c.resolve("linkdir"), Path.of("real"));
        Files.writeString(c.resolve("requirements.yaml"), "dependencies: []\n");
        Files.writeString(c.resolve("requirements.lock"), "dependencies: []\n");
        List<String> lines = new java.util.ArrayList<>();
        ChartLoader.load(c, LoadOptions.logTo(lines::add));
        assertEquals(List.of(
                "level=INFO msg=\"found symbolic link in path. Contents of linked file included and used\" path="
                        + c.resolve("link.txt") + " resolved=" + c.resolve("real/f.txt"),
                "level=INFO msg=\"found symbolic link in path. Contents of linked file included and used\" path="
                        + c.resolve("linkdir") + " resolved=" + c.resolve("real"),
                "level=INFO msg=\"Warning: Dependency locking is handled in Chart.lock since apiVersion \\\"v2\\\". "
                        + "We recommend migrating to Chart.lock.\"",
                "level=INFO msg=\"Warning: Dependencies are handled in Chart.yaml since apiVersion \\\"v2\\\". "
                        + "We recommend migrating dependencies to Chart.yaml.\""), lines);
    }

    private Path chartDir(String name) throws IOException {
        Path c = Files.createDirectories(tmp.resolve(name));
        Files.write(c.resolve("Chart.yaml"), chartYaml(name));
        return c;
    }

    private static byte[] chartYaml(String name) {
        return ("apiVersion: v2\nname: " + name + "\nversion: 1.0.0\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Writes a .tgz with small files and large zero-filled files (streamed, never held in memory). */
    private static void writeTgz(Path file, List<Map.Entry<String, byte[]>> small, List<Map.Entry<String, Long>> zeros)
            throws IOException {
        try (OutputStream out = Files.newOutputStream(file);
                TarArchiveOutputStream tar = new TarArchiveOutputStream(new GZIPOutputStream(out))) {
            for (Map.Entry<String, byte[]> f : small) {
                TarArchiveEntry e = new TarArchiveEntry(f.getKey());
                e.setSize(f.getValue().length);
                tar.putArchiveEntry(e);
                tar.write(f.getValue());
                tar.closeArchiveEntry();
            }
            byte[] buf = new byte[64 * 1024];
            for (Map.Entry<String, Long> f : zeros) {
                TarArchiveEntry e = new TarArchiveEntry(f.getKey());
                e.setSize(f.getValue());
                tar.putArchiveEntry(e);
                for (long left = f.getValue(); left > 0; left -= buf.length) {
                    tar.write(buf, 0, (int) Math.min(buf.length, left));
                }
                tar.closeArchiveEntry();
            }
        }
    }
}
