package dev.capstan.chart;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One file of a chart: a {@code /}-separated path relative to the chart root and its bytes (a
 * leading UTF-8 BOM already removed, as Helm's loader does).
 *
 * <p>The byte array is not copied on every access for speed; callers must treat it as read-only.
 */
public record ChartFile(String name, byte[] data) {
    public ChartFile {
        Objects.requireNonNull(name, "name");
        data = data == null ? new byte[0] : data;
    }

    /** The content decoded as UTF-8 (Go strings are bytes; templates are read this way). */
    public String text() {
        return new String(data, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ChartFile f && f.name.equals(name) && java.util.Arrays.equals(f.data, data);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + java.util.Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "ChartFile[" + name + ", " + data.length + " bytes]";
    }
}
