package dev.capstan.sprig;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.SecureRandomSpi;

/**
 * A SecureRandom that reads the operating system's generator ({@code /dev/urandom}) directly,
 * as Go's crypto/rand does, without going through the JCA.
 *
 * <p>Why: {@code new SecureRandom()} first loads the security properties and builds the Sun
 * provider's service table to find its default algorithm, ~9 ms of a cold {@code template} of
 * any chart that generates a password with randAlphaNum (redis, postgresql, mysql, ...). The
 * bytes come from the same kernel generator the JDK's NativePRNG reads. Where there is no such
 * device (Windows), the JDK's default SecureRandom is used.
 */
final class OsRandom extends SecureRandomSpi {
    private static final long serialVersionUID = 1L;
    private static final Path DEVICE = Path.of("/dev/urandom");

    private final transient InputStream in;
    // reads are buffered: key generation asks for a few bytes at a time, thousands of times
    private final byte[] buffer = new byte[512];
    private int available;

    private OsRandom(InputStream in) {
        this.in = in;
    }

    /** The OS generator behind a SecureRandom, or the JDK's default when {@code device} cannot be read. */
    static SecureRandom create(Path device) {
        if (Files.isReadable(device)) {
            try {
                return new Generator(new OsRandom(Files.newInputStream(device)));
            } catch (IOException e) {
                // fall through to the JDK's generator
            }
        }
        return new SecureRandom();
    }

    static SecureRandom create() {
        return create(DEVICE);
    }

    /** SecureRandom's constructor that takes an implementation is protected. */
    private static final class Generator extends SecureRandom {
        private static final long serialVersionUID = 1L;

        Generator(OsRandom spi) {
            super(spi, null);
        }

        @Override
        public String getAlgorithm() {
            return "OS";
        }
    }

    @Override
    protected synchronized void engineNextBytes(byte[] bytes) {
        int off = 0;
        while (off < bytes.length) {
            if (available == 0) {
                fill();
            }
            int n = Math.min(available, bytes.length - off);
            System.arraycopy(buffer, buffer.length - available, bytes, off, n);
            available -= n;
            off += n;
        }
    }

    private void fill() {
        try {
            int got = in.readNBytes(buffer, 0, buffer.length);
            if (got != buffer.length) {
                throw new IOException("short read from the random device");
            }
            available = buffer.length;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The kernel's pool needs no seed from us (Go's crypto/rand takes none either). */
    @Override
    protected void engineSetSeed(byte[] seed) {
    }

    @Override
    protected byte[] engineGenerateSeed(int numBytes) {
        byte[] seed = new byte[numBytes];
        engineNextBytes(seed);
        return seed;
    }
}
