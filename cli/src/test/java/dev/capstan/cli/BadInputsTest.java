package dev.capstan.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Malformed input gives one clear error and exit code 1, worded as the reference helm words it
 * (bad/bad-inputs.tsv): no Chart.yaml, invalid or non-map values, an unknown function, a missing
 * required value, an archive escaping its folder, a decompression bomb, bad --set syntax.
 */
class BadInputsTest {
    @TempDir
    static Path dir;

    @BeforeAll
    static void inputs() throws IOException {
        Files.createDirectories(dir.resolve("nochart/templates"));
        Files.writeString(dir.resolve("badvalues.yaml"), "a: [1\n");
        Files.writeString(dir.resolve("listvalues.yaml"), "- a\n- b\n");
        chart("fn", "a: 1\n");
        chart("fn2", "a: {{ nosuchfn 1 }}\n");
        chart("req", "a: {{ required \"a is required\" .Values.a }}\n");
        Files.createDirectories(dir.resolve("badchart/templates"));
        Files.writeString(dir.resolve("badchart/Chart.yaml"), "apiVersion: v2\nname: [bad\n");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("traversal.tgz")))) {
            tarEntry(out, "evil/Chart.yaml", "apiVersion: v2\nname: evil\nversion: 0.1.0\n".getBytes(StandardCharsets.UTF_8), 0);
            tarEntry(out, "evil/../../x", "boom".getBytes(StandardCharsets.UTF_8), 0);
            out.write(new byte[1024]);
        }
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("bomb.tgz")), 1 << 16)) {
            tarEntry(out, "bomb/Chart.yaml", "apiVersion: v2\nname: bomb\nversion: 0.1.0\n".getBytes(StandardCharsets.UTF_8), 0);
            tarEntry(out, "bomb/big.bin", null, 200L << 20);
            out.write(new byte[1024]);
        }
    }

    private static void chart(String name, String template) throws IOException {
        Files.createDirectories(dir.resolve(name + "/templates"));
        Files.writeString(dir.resolve(name + "/Chart.yaml"), "apiVersion: v2\nname: " + name + "\nversion: 0.1.0\n");
        Files.writeString(dir.resolve(name + "/templates/a.yaml"), template);
    }

    /** One ustar entry; with null data, {@code size} zero bytes. */
    private static void tarEntry(OutputStream out, String name, byte[] data, long size) throws IOException {
        long len = data != null ? data.length : size;
        byte[] h = new byte[512];
        put(h, 0, name);
        put(h, 100, "0000644");
        put(h, 108, "0000000");
        put(h, 116, "0000000");
        put(h, 124, String.format("%011o", len));
        put(h, 136, "00000000000");
        for (int i = 148; i < 156; i++) h[i] = ' ';
        h[156] = '0';
        put(h, 257, "ustar");
        h[262] = 0;
        put(h, 263, "00");
        int sum = 0;
        for (byte b : h) sum += b & 0xff;
        put(h, 148, String.format("%06o", sum));
        h[154] = 0;
        h[155] = ' ';
        out.write(h);
        if (data != null) {
            out.write(data);
        } else {
            byte[] zeros = new byte[1 << 20];
            for (long left = size; left > 0; left -= zeros.length) out.write(zeros, 0, (int) Math.min(left, zeros.length));
        }
        long pad = (512 - len % 512) % 512;
        out.write(new byte[(int) pad]);
    }

    private static void put(byte[] h, int off, String s) {
        byte[] b = s.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(b, 0, h, off, b.length);
    }

    static List<String[]> rows() throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                BadInputsTest.class.getResourceAsStream("/bad/bad-inputs.tsv"), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.startsWith("#") && !line.isBlank()) rows.add(line.split("\t", -1));
            }
        }
        return rows;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void failsWithOneClearError(String name, String args, String code, String stderr) {
        List<String> argv = new ArrayList<>(List.of("template"));
        for (String a : args.split(" ")) argv.add(a.replace("DIR", dir.toString()));
        CliRunner.Result r = CliRunner.run(Map.of(), dir, argv.toArray(new String[0]));
        assertEquals(stderr.replace("\\n", "\n").replace("\\\\", "\\"), r.err().replace(dir.toString(), "DIR"));
        assertEquals(Integer.parseInt(code), r.code());
    }
}
