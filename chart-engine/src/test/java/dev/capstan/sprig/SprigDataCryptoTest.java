package dev.capstan.sprig;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.capstan.gotemplate.FuncMap;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The non-hermetic crypto functions, checked for shape and validity: generated certificates
 * are parsed back with the JDK (SANs, CA flag, key usage, validity, chain), generated keys parse
 * back, and outputs of the reference helm (Go) are verified or decrypted here.
 */
class SprigDataCryptoTest {
    private static final FuncMap FUNCS = SprigDataTemplateRowsTest.funcs();
    private static JsonNode fixtures;

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = SprigDataCryptoTest.class.getResourceAsStream("/sprig-data/go-crypto-fixtures.yaml")) {
            fixtures = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
    }

    private static Object call(String name, Object... args) {
        return FUNCS.get(name).impl().call(args);
    }

    private static X509Certificate parse(String pem) throws Exception {
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
    }

    private static List<String> sans(X509Certificate c) throws Exception {
        List<String> out = new ArrayList<>();
        Collection<List<?>> names = c.getSubjectAlternativeNames();
        if (names != null) for (List<?> n : names) out.add(n.get(0) + ":" + n.get(1));
        return out;
    }

    @Test
    void bcryptHashesFromGoVerifyAndOursHaveGoShape() {
        for (JsonNode row : fixtures.get("bcrypt")) {
            assertTrue(PasswordHashes.bcryptMatches(row.get("hash").asText(), row.get("password").asText()));
            assertFalse(PasswordHashes.bcryptMatches(row.get("hash").asText(), "wrong"));
        }
        String ours = (String) call("bcrypt", "hunter2");
        assertTrue(Pattern.matches("\\$2a\\$10\\$[./A-Za-z0-9]{53}", ours), ours);
        assertTrue(PasswordHashes.bcryptMatches(ours, "hunter2"));
        String ht = (String) call("htpasswd", "user", "pässword");
        assertTrue(ht.startsWith("user:$2a$10$"));
        assertTrue(PasswordHashes.bcryptMatches(ht.substring(5), "pässword"));
    }

    @Test
    void aesDecryptsGoCiphertextAndRoundTrips() {
        for (JsonNode row : fixtures.get("aes")) {
            assertEquals(row.get("plaintext").asText(), call("decryptAES", row.get("password").asText(), row.get("cipher").asText()));
        }
        String c1 = (String) call("encryptAES", "pw", "some text");
        String c2 = (String) call("encryptAES", "pw", "some text");
        assertNotEquals(c1, c2, "a random IV each time");
        assertEquals(16 + 16, Base64.getDecoder().decode(c1).length);
        assertEquals("some text", call("decryptAES", "pw", c1));
    }

    @Test
    void randomValuesHaveGoShape() {
        assertEquals(16, ((String) call("randBytes", 10)).length());
        assertEquals(12, Base64.getDecoder().decode((String) call("randBytes", 12)).length);
        String uuid = (String) call("uuidv4");
        assertTrue(Pattern.matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}", uuid), uuid);
    }

    @Test
    void generatedKeysHaveGoPemTypesAndParseBack() {
        assertPem((String) call("genPrivateKey", "ecdsa"), "EC PRIVATE KEY");
        assertPem((String) call("genPrivateKey", "ed25519"), "PRIVATE KEY");
        assertPem((String) call("genPrivateKey", "rsa"), "RSA PRIVATE KEY");
        assertPem((String) call("genPrivateKey", "dsa"), "DSA PRIVATE KEY");
        for (String type : List.of("ecdsa", "ed25519", "rsa", "dsa")) {
            String pemType = switch (type) {
                case "dsa" -> "DSA PRIVATE KEY";
                case "ecdsa" -> "EC PRIVATE KEY";
                case "rsa" -> "RSA PRIVATE KEY";
                default -> "PRIVATE KEY";
            };
            assertPem(fixtures.get("keys").get(type).asText(), pemType);
        }
    }

    private static void assertPem(String pem, String type) {
        assertTrue(pem.startsWith("-----BEGIN " + type + "-----\n"), pem);
        assertTrue(pem.endsWith("-----END " + type + "-----\n"), pem);
        for (String line : pem.split("\n")) assertTrue(line.length() <= 64, line);
        KeysAndCerts.Key k = KeysAndCerts.parsePrivateKeyPem(pem);
        assertTrue(k.publicKey() != null);
    }

    @Test
    void goKeysRoundTripToTheSameBytes() {
        // Go's encodings (SEC 1 with public key, PKCS#8 Ed25519, PKCS#1 RSA) are what we write
        for (String type : List.of("ecdsa", "ed25519", "rsa")) {
            String pem = fixtures.get("keys").get(type).asText();
            SprigCertificate c = (SprigCertificate) call("genSelfSignedCertWithKey", "x", null, null, 1, pem);
            assertEquals(pem, c.key(), type);
        }
    }

    @Test
    void caCertificateHasSprigsExtensions() throws Exception {
        SprigCertificate ca = (SprigCertificate) call("genCA", "my-ca", 365);
        X509Certificate c = parse(ca.cert());
        assertEquals("CN=my-ca", c.getSubjectX500Principal().getName());
        assertEquals(c.getSubjectX500Principal(), c.getIssuerX500Principal());
        assertEquals(Integer.MAX_VALUE, c.getBasicConstraints(), "CA without a path length");
        assertArrayEquals(new boolean[] {true, false, true, false, false, true, false, false, false}, c.getKeyUsage());
        assertTrue(c.getCriticalExtensionOIDs().contains("2.5.29.15"));
        assertTrue(c.getCriticalExtensionOIDs().contains("2.5.29.19"));
        assertEquals(List.of("1.3.6.1.5.5.7.3.1", "1.3.6.1.5.5.7.3.2"), c.getExtendedKeyUsage());
        assertEquals(365L * 24 * 3600 * 1000, c.getNotAfter().getTime() - c.getNotBefore().getTime());
        assertTrue(Math.abs(c.getNotBefore().getTime() - System.currentTimeMillis()) < 60_000);
        assertEquals(3, c.getVersion());
        assertTrue(c.getSerialNumber().bitLength() <= 128);
        assertNull(c.getSubjectAlternativeNames());
        assertTrue(c.getExtensionValue("2.5.29.14") != null, "subject key id on a CA");
        assertNull(c.getExtensionValue("2.5.29.35"), "no authority key id when self-signed");
        c.verify(c.getPublicKey());
        assertEquals("RSA", c.getPublicKey().getAlgorithm());
        assertTrue(ca.key().startsWith("-----BEGIN RSA PRIVATE KEY-----\n"));
        assertEquals("{" + ca.cert() + " " + ca.key() + "}", ca.goString());
        assertEquals(ca.cert(), ca.field("Cert"));
    }

    @Test
    void signedCertificateCarriesSansAndChainsToTheCa() throws Exception {
        SprigCertificate ca = (SprigCertificate) call("genCA", "my-ca", 365);
        SprigCertificate leaf = (SprigCertificate) call("genSignedCert", "svc",
                new ArrayList<>(List.of("10.0.0.1", "::1")), new ArrayList<>(List.of("a.example", "b")), 30, ca);
        X509Certificate c = parse(leaf.cert());
        X509Certificate caCert = parse(ca.cert());
        c.verify(caCert.getPublicKey());
        assertEquals(caCert.getSubjectX500Principal(), c.getIssuerX500Principal());
        assertEquals(-1, c.getBasicConstraints());
        assertEquals(List.of("2:a.example", "2:b", "7:10.0.0.1", "7:0:0:0:0:0:0:0:1"), sans(c));
        assertArrayEquals(new boolean[] {true, false, true, false, false, false, false, false, false}, c.getKeyUsage());
        assertEquals(30L * 24 * 3600 * 1000, c.getNotAfter().getTime() - c.getNotBefore().getTime());
        byte[] aki = c.getExtensionValue("2.5.29.35");
        byte[] ski = caCert.getExtensionValue("2.5.29.14");
        assertTrue(aki != null && ski != null);
        byte[] skiId = java.util.Arrays.copyOfRange(ski, ski.length - 20, ski.length);
        byte[] akiId = java.util.Arrays.copyOfRange(aki, aki.length - 20, aki.length);
        assertArrayEquals(skiId, akiId, "authority key id is the CA's subject key id");
        assertNull(c.getExtensionValue("2.5.29.14"), "Go adds a subject key id only to CAs");
    }

    @Test
    void signsWithCertificateAuthoritiesMadeByGo() throws Exception {
        for (String name : List.of("ca_rsa", "ca_ec")) {
            JsonNode ca = fixtures.get(name);
            SprigCertificate built = (SprigCertificate) call("buildCustomCert", ca.get("certB64").asText(), ca.get("keyB64").asText());
            SprigCertificate leaf = (SprigCertificate) call("genSignedCertWithKey", "leaf", null,
                    new ArrayList<>(List.of("leaf.example")), 5, built, fixtures.get("keys").get("ed25519").asText());
            X509Certificate c = parse(leaf.cert());
            c.verify(parse(built.cert()).getPublicKey());
            assertTrue(List.of("Ed25519", "EdDSA").contains(c.getPublicKey().getAlgorithm()));
            assertEquals(List.of("2:leaf.example"), sans(c));
        }
    }

    @Test
    void selfSignedCertificateWithEcdsaKeyAndEmptyName() throws Exception {
        // Go writes an empty subject and issuer for an empty CN (the JDK's parser refuses those,
        // so this one is read with BouncyCastle); the SAN then becomes critical
        SprigCertificate cert = (SprigCertificate) call("genSelfSignedCertWithKey", "", new ArrayList<>(List.of("192.168.0.1")),
                null, 2, fixtures.get("keys").get("ecdsa").asText());
        byte[] der = KeysAndCerts.pemDecode(cert.cert()).bytes();
        var certSeq = org.bouncycastle.asn1.ASN1Sequence.getInstance(der);
        var tbs = org.bouncycastle.asn1.ASN1Sequence.getInstance(certSeq.getObjectAt(0));
        assertEquals(0, org.bouncycastle.asn1.ASN1Sequence.getInstance(tbs.getObjectAt(3)).size(), "issuer");
        assertEquals(0, org.bouncycastle.asn1.ASN1Sequence.getInstance(tbs.getObjectAt(5)).size(), "subject");
        var exts = org.bouncycastle.asn1.x509.Extensions.getInstance(
                ((org.bouncycastle.asn1.ASN1TaggedObject) tbs.getObjectAt(7)).getExplicitBaseObject());
        assertTrue(exts.getExtension(org.bouncycastle.asn1.x509.Extension.subjectAlternativeName).isCritical());
        java.security.Signature sig = java.security.Signature.getInstance("SHA256withECDSA");
        sig.initVerify(KeysAndCerts.parsePrivateKeyPem(fixtures.get("keys").get("ecdsa").asText()).publicKey());
        sig.update(tbs.getEncoded("DER"));
        assertTrue(sig.verify(org.bouncycastle.asn1.DERBitString.getInstance(certSeq.getObjectAt(2)).getBytes()));

        SprigCertificate named = (SprigCertificate) call("genSelfSignedCertWithKey", "n", new ArrayList<>(List.of("192.168.0.1")),
                null, 2, fixtures.get("keys").get("ecdsa").asText());
        X509Certificate c = parse(named.cert());
        c.verify(c.getPublicKey());
        assertFalse(c.getCriticalExtensionOIDs().contains("2.5.29.17"));
        assertEquals(List.of("7:192.168.0.1"), sans(c));
    }

    @Test
    void dsaKeysCannotSignCertificatesAsInGo() {
        String dsa = fixtures.get("keys").get("dsa").asText(); // made by Go's genPrivateKey
        var e = org.junit.jupiter.api.Assertions.assertThrows(dev.capstan.gotemplate.FunctionException.class,
                () -> call("genCAWithKey", "x", 1, dsa));
        assertEquals("error creating certificate: x509: certificate private key does not implement crypto.Signer", e.getMessage());
    }
}
