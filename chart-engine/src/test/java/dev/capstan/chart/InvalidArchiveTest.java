package dev.capstan.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.capstan.values.TestData;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** loader/invalid-archives.yaml: the v2 loader's archive path checks (load_test.go). */
class InvalidArchiveTest {

    static Stream<Arguments> rows() {
        return TestData.rows("loader/invalid-archives.yaml").stream().map(r -> Arguments.of(r.get("entry"), r));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void row(String entry, Map<String, Object> row) throws IOException {
        byte[] tgz = tar(entry, "hello: world".getBytes(StandardCharsets.UTF_8));
        // the v2 loader (LoadArchive + LoadFiles), as used for charts/*.tgz, reports the detail
        ChartLoadException e = assertThrows(ChartLoadException.class, () -> ChartAssembler.assemble(
                ArchiveReader.read(new ByteArrayInputStream(tgz), ArchiveLimits.HELM), LoadOptions.DEFAULT));
        String want = (String) row.get("error");
        if (Boolean.TRUE.equals(row.get("exact"))) {
            assertEquals(want, e.getMessage());
        } else {
            assertTrue(e.getMessage().contains(want), e.getMessage());
        }
    }

    private static byte[] tar(String name, byte[] body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TarArchiveOutputStream t = new TarArchiveOutputStream(new GZIPOutputStream(out))) {
            t.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            TarArchiveEntry e = new TarArchiveEntry(name, true); // keep leading slashes as written
            e.setSize(body.length);
            t.putArchiveEntry(e);
            t.write(body);
            t.closeArchiveEntry();
        }
        return out.toByteArray();
    }
}
