package dev.capstan.sprig;

import org.junit.jupiter.api.Test;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Random;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/** Each digest against the JDK's, for every length up to three blocks and some long inputs. */
class ShaDigestsTest {
    private static void sameAsJdk(String algorithm, UnaryOperator<byte[]> ours) throws NoSuchAlgorithmException {
        MessageDigest jdk = MessageDigest.getInstance(algorithm);
        Random rnd = new Random(180_4);
        for (int len = 0; len <= 400; len++) {
            byte[] in = new byte[len];
            rnd.nextBytes(in);
            assertArrayEquals(jdk.digest(in), ours.apply(in), algorithm + " of " + len + " bytes");
        }
        for (int len : new int[] {1 << 16, 1_000_003}) {
            byte[] in = new byte[len];
            rnd.nextBytes(in);
            assertArrayEquals(jdk.digest(in), ours.apply(in), algorithm + " of " + len + " bytes");
        }
    }

    @Test
    void sha1() throws NoSuchAlgorithmException {
        sameAsJdk("SHA-1", ShaDigests::sha1);
    }

    @Test
    void sha256() throws NoSuchAlgorithmException {
        sameAsJdk("SHA-256", ShaDigests::sha256);
    }

    @Test
    void sha512() throws NoSuchAlgorithmException {
        sameAsJdk("SHA-512", ShaDigests::sha512);
    }
}
