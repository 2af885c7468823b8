package dev.capstan.chart;

import dev.capstan.gotemplate.GoFmt;
import dev.capstan.gotemplate.GoPath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * Reads the files of a gzipped chart tarball into memory with Helm's path checks and size
 * limits ({@code archive.LoadArchiveFiles}). The first path element (the chart directory) is
 * dropped from every name. Sizes are checked from the tar header before reading, so a bomb
 * fails at its first oversized entry.
 */
final class ArchiveReader {
    private ArchiveReader() {
    }

    private static final Pattern DRIVE = Pattern.compile("^[a-zA-Z]:/");

    /** Thrown when the stream is not gzip at all (Go's {@code gzip.ErrHeader}). */
    static final class NotGzip extends ChartLoadException {
        NotGzip() {
            super("gzip: invalid header");
        }
    }

    static List<ChartFile> read(InputStream in, ArchiveLimits limits) {
        GZIPInputStream gz;
        try {
            gz = new GZIPInputStream(in, 64 * 1024);
        } catch (ZipException e) {
            throw new NotGzip();
        } catch (IOException e) {
            throw new ChartLoadException(ioMessage(e));
        }
        List<ChartFile> files = new ArrayList<>();
        long remaining = limits.maxChartSize();
        try (TarArchiveInputStream tar = new TarArchiveInputStream(gz)) {
            TarArchiveEntry hd;
            while ((hd = tar.getNextEntry()) != null) {
                if (hd.isDirectory() || hd.isGlobalPaxHeader() || hd.isPaxHeader()) {
                    continue;
                }
                String raw = hd.getName();
                String delimiter = raw.indexOf('\\') >= 0 ? "\\" : "/";
                String[] parts = raw.split(Pattern.quote(delimiter), -1);
                String n = String.join("/", java.util.Arrays.copyOfRange(parts, 1, parts.length));
                if (n.startsWith("/")) {
                    throw new ChartLoadException("chart illegally contains absolute paths");
                }
                n = GoPath.clean(n);
                if (n.equals(".")) {
                    throw new ChartLoadException("chart illegally contains content outside the base directory: "
                            + GoFmt.quote(raw));
                }
                if (n.startsWith("..")) {
                    throw new ChartLoadException("chart illegally references parent directory");
                }
                if (DRIVE.matcher(n).find()) {
                    throw new ChartLoadException("chart contains illegally named files");
                }
                if (parts[0].equals("Chart.yaml")) {
                    throw new ChartLoadException("chart yaml not in base directory");
                }
                long size = hd.getSize();
                if (size > remaining) {
                    throw tooLarge(limits);
                }
                if (size > limits.maxFileSize()) {
                    throw new ChartLoadException("decompressed chart file " + GoFmt.quote(raw)
                            + " is larger than the maximum file size " + limits.maxFileSize());
                }
                ByteArrayOutputStream b = new ByteArrayOutputStream((int) Math.min(size, 1 << 20));
                byte[] buf = new byte[8192];
                long written = 0;
                int r;
                while (written < remaining && (r = tar.read(buf, 0, (int) Math.min(buf.length, remaining - written))) > 0) {
                    b.write(buf, 0, r);
                    written += r;
                }
                remaining -= written;
                if (written < size || remaining <= 0) {
                    throw tooLarge(limits);
                }
                files.add(new ChartFile(n, stripBom(b.toByteArray())));
            }
        } catch (ChartLoadException e) {
            throw e;
        } catch (IOException e) {
            throw new ChartLoadException(ioMessage(e));
        }
        if (files.isEmpty()) {
            throw new ChartLoadException("no files in chart archive");
        }
        return files;
    }

    private static ChartLoadException tooLarge(ArchiveLimits limits) {
        return new ChartLoadException("decompressed chart is larger than the maximum size " + limits.maxChartSize());
    }

    /** Go's archive/tar and compress/gzip texts for the common stream failures. */
    private static String ioMessage(IOException e) {
        if (e instanceof java.io.EOFException) {
            return "unexpected EOF";
        }
        if (e instanceof ZipException) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("CRC") || m.contains("size")) {
                return "gzip: invalid checksum";
            }
            return "flate: corrupt input";
        }
        String m = String.valueOf(e.getMessage());
        if (m.toLowerCase(java.util.Locale.ROOT).contains("header")) {
            return "archive/tar: invalid tar header";
        }
        return m;
    }

    static byte[] stripBom(byte[] data) {
        if (data.length >= 3 && (data[0] & 0xff) == 0xEF && (data[1] & 0xff) == 0xBB && (data[2] & 0xff) == 0xBF) {
            return java.util.Arrays.copyOfRange(data, 3, data.length);
        }
        return data;
    }
}
