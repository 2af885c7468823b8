package dev.capstan.sprig;

import org.junit.jupiter.api.Test;

import java.security.KeyPair;
import java.security.Signature;
import java.security.interfaces.DSAPrivateKey;
import java.security.interfaces.DSAPublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Key pairs from the child JVM (this test JVM's java and class path) are whole, match and differ. */
class KeyGenerationTest {
    private static final KeyGeneration.Child CHILD = KeyGeneration.Child.get();

    private static void signsAndVerifies(KeyPair kp, String algorithm) throws Exception {
        byte[] msg = "capstan".getBytes();
        Signature s = Signature.getInstance(algorithm);
        s.initSign(kp.getPrivate());
        s.update(msg);
        byte[] sig = s.sign();
        Signature v = Signature.getInstance(algorithm);
        v.initVerify(kp.getPublic());
        v.update(msg);
        assertTrue(v.verify(sig));
    }

    private static RSAPrivateCrtKey rsa(KeyPair kp, int bits) throws Exception {
        assertNotNull(kp, "the child JVM gave no key");
        RSAPrivateCrtKey priv = (RSAPrivateCrtKey) kp.getPrivate();
        assertEquals(bits, priv.getModulus().bitLength());
        assertEquals(priv.getModulus(), ((RSAPublicKey) kp.getPublic()).getModulus());
        signsAndVerifies(kp, "SHA256withRSA");
        return priv;
    }

    /** Keys of several sizes, the second of a size from the refill, each key once. */
    @Test
    void rsaKeysFromTheChild() throws Exception {
        RSAPrivateCrtKey a = rsa(CHILD.take("RSA", "rsa 1536"), 1536); // then a 1536 refill is asked for
        // its answer comes first: it is read and kept, then the 1024 answer is taken
        RSAPrivateCrtKey b = rsa(CHILD.take("RSA", "rsa 1024"), 1024);
        RSAPrivateCrtKey c = rsa(CHILD.take("RSA", "rsa 1024"), 1024); // the 1024 refill
        RSAPrivateCrtKey d = rsa(CHILD.take("RSA", "rsa 1536"), 1536); // the kept 1536 answer
        assertNotEquals(b.getModulus(), c.getModulus());
        assertNotEquals(a.getModulus(), d.getModulus());
    }

    @Test
    void dsaKeyFromTheChild() throws Exception {
        KeyPair kp = CHILD.take("DSA", "dsa");
        assertNotNull(kp, "the child JVM gave no key");
        DSAPrivateKey priv = (DSAPrivateKey) kp.getPrivate();
        assertEquals(2048, priv.getParams().getP().bitLength());
        assertEquals(256, priv.getParams().getQ().bitLength());
        assertEquals(priv.getParams().getG().modPow(priv.getX(), priv.getParams().getP()), ((DSAPublicKey) kp.getPublic()).getY());
        signsAndVerifies(kp, "SHA256withDSA");
    }

    /** A request the child cannot answer gives no key (the caller makes one itself), and the child goes on. */
    @Test
    void aFailedRequestGivesNoKey() throws Exception {
        assertNull(CHILD.take("RSA", "unknown"));
        rsa(CHILD.take("RSA", "rsa 1024"), 1024);
    }

    /** With the CLI's property set, genPrivateKey goes through the child and still gives a PEM key. */
    @Test
    void genPrivateKeyInProcessMode() {
        String before = System.getProperty(KeyGeneration.MODE_PROPERTY);
        System.setProperty(KeyGeneration.MODE_PROPERTY, "process");
        try {
            String pem = KeysAndCerts.generatePrivateKey("rsa");
            assertTrue(pem.startsWith("-----BEGIN RSA PRIVATE KEY-----\n"), pem);
        } finally {
            if (before == null) {
                System.clearProperty(KeyGeneration.MODE_PROPERTY);
            } else {
                System.setProperty(KeyGeneration.MODE_PROPERTY, before);
            }
        }
    }
}
