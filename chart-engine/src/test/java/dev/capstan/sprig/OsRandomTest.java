package dev.capstan.sprig;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OsRandomTest {
    /** The device's bytes, in order, across buffer refills and odd request sizes. */
    @Test
    void servesTheDeviceBytesInOrder(@TempDir Path dir) throws Exception {
        byte[] data = new byte[5000];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i * 31 + i / 256);
        }
        Path device = dir.resolve("device");
        Files.write(device, data);
        SecureRandom r = OsRandom.create(device);
        assertEquals("OS", r.getAlgorithm());
        byte[] got = new byte[data.length];
        int off = 0;
        for (int n = 1; off < 4600; n = n * 3 % 701 + 1) {
            byte[] part = new byte[Math.min(n, 4600 - off)];
            r.nextBytes(part);
            System.arraycopy(part, 0, got, off, part.length);
            off += part.length;
        }
        for (int i = 0; i < off; i++) {
            assertEquals(data[i], got[i], "byte " + i);
        }
    }

    @Test
    void fallsBackToTheJdkWithoutADevice(@TempDir Path dir) {
        SecureRandom r = OsRandom.create(dir.resolve("missing"));
        assertNotEquals("OS", r.getAlgorithm());
        r.nextBytes(new byte[16]);
    }

    /** On this machine's real device: every byte value turns up about equally often. */
    @Test
    void realDeviceLooksUniform() {
        SecureRandom r = OsRandom.create();
        byte[] b = new byte[1 << 20];
        r.nextBytes(b);
        int[] counts = new int[256];
        for (byte x : b) {
            counts[x & 0xff]++;
        }
        double expected = b.length / 256.0;
        double chi2 = 0;
        for (int c : counts) {
            chi2 += (c - expected) * (c - expected) / expected;
        }
        // 255 degrees of freedom: the 1e-9 tail starts near 420
        assertTrue(chi2 < 420, "chi-square " + chi2);
    }
}
