package dev.capstan.chart;

import dev.capstan.gotemplate.GoFmt;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Loads a chart from a directory, a {@code .tgz} file, a stream or in-memory files, as
 * {@code helm template} does ({@code pkg/chart/loader} then {@code pkg/chart/v2/loader}).
 * Every failure is a {@link ChartLoadException} whose message is Helm's.
 */
public final class ChartLoader {
    private ChartLoader() {
    }

    public static Chart load(Path path) {
        return load(path, LoadOptions.DEFAULT);
    }

    public static Chart load(Path path, LoadOptions options) {
        if (!Files.exists(path)) {
            throw new ChartLoadException("path " + GoFmt.quote(path.toString()) + " not found");
        }
        if (Files.isDirectory(path)) {
            return loadDirectory(path, options);
        }
        return loadArchiveFile(path, options);
    }

    private static Chart loadDirectory(Path dir, LoadOptions options) {
        Path chartYaml = dir.toAbsolutePath().normalize().resolve("Chart.yaml");
        byte[] data;
        try {
            data = Files.readAllBytes(chartYaml);
        } catch (IOException e) {
            throw new ChartLoadException("unable to detect chart at " + chartYaml + ": " + GoErrors.ioText(chartYaml, e));
        }
        checkApiVersion(ChartYaml.sniffApiVersion(ArchiveReader.stripBom(data)));
        return ChartAssembler.assemble(DirectoryReader.read(dir, options), options);
    }

    private static Chart loadArchiveFile(Path file, LoadOptions options) {
        String name = file.toString();
        byte[] head = new byte[512];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (NoSuchFileException e) {
            throw new ChartLoadException("path " + GoFmt.quote(name) + " not found");
        } catch (IOException e) {
            throw new ChartLoadException("file '" + name + "' cannot be read: " + e.getMessage());
        }
        if (!(n >= 3 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b && head[2] == 8)) {
            if (name.endsWith(".yml") || name.endsWith(".yaml")) {
                throw new ChartLoadException("file '" + name + "' seems to be a YAML file, but expected a gzipped archive");
            }
            throw new ChartLoadException("file '" + name + "' does not appear to be a gzipped archive; got '"
                    + ContentSniffer.detect(head) + "'");
        }
        List<ChartFile> files;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            files = ArchiveReader.read(in, options.limits());
        } catch (ArchiveReader.NotGzip e) {
            throw new ChartLoadException("file '" + name + "' does not appear to be a valid chart file (details: "
                    + e.getMessage() + ")");
        } catch (ChartLoadException e) {
            // pkg/chart/loader.LoadFile replaces every other archive error with this text
            throw new ChartLoadException("unable to load chart archive", e);
        } catch (IOException e) {
            throw new ChartLoadException("unable to load chart archive");
        }
        return fromArchiveFiles(files, options);
    }

    /** Loads a gzipped chart tarball from a stream (Helm's {@code loader.LoadArchive}). */
    public static Chart load(InputStream in) {
        return load(in, LoadOptions.DEFAULT);
    }

    public static Chart load(InputStream in, LoadOptions options) {
        List<ChartFile> files;
        try {
            files = ArchiveReader.read(in, options.limits());
        } catch (ArchiveReader.NotGzip e) {
            throw new ChartLoadException("stream does not appear to be a valid chart file (details: "
                    + e.getMessage() + ")");
        } catch (ChartLoadException e) {
            throw new ChartLoadException("unable to load chart archive: " + e.getMessage(), e);
        }
        return fromArchiveFiles(files, options);
    }

    private static Chart fromArchiveFiles(List<ChartFile> files, LoadOptions options) {
        for (ChartFile f : files) {
            if (f.name().equals("Chart.yaml")) {
                checkApiVersion(ChartYaml.sniffApiVersion(f.data()));
                return ChartAssembler.assemble(files, options);
            }
        }
        throw new ChartLoadException("unable to detect chart version, no Chart.yaml found");
    }

    /**
     * Builds a chart from files already in memory (names relative to the chart root), without
     * the version sniffing of the path loaders (Helm's {@code v2/loader.LoadFiles}).
     */
    public static Chart loadFiles(List<ChartFile> files) {
        return loadFiles(files, LoadOptions.DEFAULT);
    }

    public static Chart loadFiles(List<ChartFile> files, LoadOptions options) {
        return ChartAssembler.assemble(files, options);
    }

    private static void checkApiVersion(String api) {
        switch (api) {
            case "", Metadata.API_V1, Metadata.API_V2 -> {
            }
            // Helm 4.1.4 loads v3 charts through an internal loader, then every action refuses them
            case "v3" -> throw new ChartLoadException("invalid chart apiVersion");
            default -> throw new ChartLoadException("unsupported chart version");
        }
    }
}
