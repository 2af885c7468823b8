package dev.capstan.sprig;

import dev.capstan.gotemplate.FunctionException;
import dev.capstan.gotemplate.GoFmt;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.CertificateFactory;
import java.security.interfaces.DSAParams;
import java.security.interfaces.DSAPrivateKey;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.EdECPrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.DSAPrivateKeySpec;
import java.security.spec.DSAPublicKeySpec;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPrivateCrtKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERPrintableString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERTaggedObject;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.edec.EdECObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.RSAPrivateKey;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.ExtensionsGenerator;
import org.bouncycastle.asn1.x509.Time;
import org.bouncycastle.asn1.x509.Validity;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Private keys and X.509 certificates the way Sprig makes them with Go's crypto/x509:
 * <ul>
 *   <li>keys PEM-encoded as Go's pemBlockForKey does: RSA as PKCS#1, ECDSA as SEC 1, DSA as
 *       Sprig's own ASN.1 sequence, Ed25519 as PKCS#8;</li>
 *   <li>certificates with a random 128-bit serial, subject CN only (PrintableString when it can
 *       be), validity now .. now+days, key usage digitalSignature|keyEncipherment (critical,
 *       plus certSign for a CA), extended key usage serverAuth+clientAuth, basic constraints
 *       (critical), a subject key id on CAs (first 20 bytes of SHA-256 of the public key, as
 *       Go 1.25 does), the CA's key id as authority key id, and DNS then IP SANs.</li>
 * </ul>
 * BouncyCastle is used only through this class, which is loaded on the first call.
 */
final class KeysAndCerts {
    private static final String EC_OID_P224 = "1.3.132.0.33";

    private KeysAndCerts() {
    }

    // ---------------------------------------------------------------- private keys

    static String generatePrivateKey(String type) {
        try {
            KeyPair kp;
            switch (type) {
                case "", "rsa" -> kp = KeyGeneration.rsa(4096);
                case "dsa" -> kp = KeyGeneration.dsa();
                case "ecdsa" -> {
                    KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
                    g.initialize(new ECGenParameterSpec("secp256r1"), CryptoFunctions.random());
                    kp = g.generateKeyPair();
                }
                case "ed25519" -> kp = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
                default -> {
                    return "Unknown type " + type;
                }
            }
            return pem(pemType(kp.getPrivate()), encodePrivateKey(kp.getPrivate()));
        } catch (GeneralSecurityException e) {
            return "failed to generate private key: " + e.getMessage();
        }
    }

    private static String pemType(PrivateKey k) {
        if (k instanceof RSAPrivateCrtKey) return "RSA PRIVATE KEY";
        if (k instanceof DSAPrivateKey) return "DSA PRIVATE KEY";
        if (k instanceof ECPrivateKey) return "EC PRIVATE KEY";
        return "PRIVATE KEY";
    }

    private static byte[] encodePrivateKey(PrivateKey k) {
        try {
            if (k instanceof RSAPrivateCrtKey r) {
                return new RSAPrivateKey(r.getModulus(), r.getPublicExponent(), r.getPrivateExponent(),
                        r.getPrimeP(), r.getPrimeQ(), r.getPrimeExponentP(), r.getPrimeExponentQ(),
                        r.getCrtCoefficient()).getEncoded("DER");
            }
            if (k instanceof DSAPrivateKey d) {
                DSAParams p = d.getParams();
                BigInteger y = p.getG().modPow(d.getX(), p.getP());
                ASN1EncodableVector v = new ASN1EncodableVector();
                for (BigInteger i : new BigInteger[] {BigInteger.ZERO, p.getP(), p.getQ(), p.getG(), y, d.getX()}) {
                    v.add(new ASN1Integer(i));
                }
                return new DERSequence(v).getEncoded("DER");
            }
            if (k instanceof ECPrivateKey e) {
                ASN1ObjectIdentifier oid = curveOid(e);
                X9ECParameters curve = ECNamedCurveTable.getByOID(oid);
                byte[] point = curve.getG().multiply(e.getS()).normalize().getEncoded(false);
                return new org.bouncycastle.asn1.sec.ECPrivateKey(curve.getN().bitLength(), e.getS(),
                        new DERBitString(point), oid).getEncoded("DER");
            }
            if (k instanceof EdECPrivateKey ed) {
                byte[] seed = ed.getBytes().orElseThrow();
                return new PrivateKeyInfo(new AlgorithmIdentifier(EdECObjectIdentifiers.id_Ed25519),
                        new DEROctetString(seed)).getEncoded("DER");
            }
        } catch (IOException e) {
            throw new FunctionException("error pem-encoding key: " + e.getMessage());
        }
        throw new FunctionException("error pem-encoding key: unsupported key type");
    }

    private static ASN1ObjectIdentifier curveOid(ECPrivateKey k) {
        int bits = k.getParams().getCurve().getField().getFieldSize();
        return switch (bits) {
            case 224 -> new ASN1ObjectIdentifier(EC_OID_P224);
            case 256 -> SECObjectIdentifiers.secp256r1;
            case 384 -> SECObjectIdentifiers.secp384r1;
            case 521 -> SECObjectIdentifiers.secp521r1;
            default -> throw new FunctionException("x509: unknown elliptic curve");
        };
    }

    /** Go's pem.EncodeToMemory: 64-column base64 between BEGIN and END lines, each ending in \n. */
    static String pem(String type, byte[] der) {
        String b64 = Base64.getEncoder().encodeToString(der);
        StringBuilder sb = new StringBuilder("-----BEGIN ").append(type).append("-----\n");
        for (int i = 0; i < b64.length(); i += 64) sb.append(b64, i, Math.min(b64.length(), i + 64)).append('\n');
        return sb.append("-----END ").append(type).append("-----\n").toString();
    }

    /** A decoded PEM block: its type and its bytes. */
    record PemBlock(String type, byte[] bytes) {
    }

    /** The first PEM block in the text (Go's pem.Decode), or null. Header lines are skipped. */
    static PemBlock pemDecode(String text) {
        int begin = text.indexOf("-----BEGIN ");
        while (begin >= 0) {
            if (begin == 0 || text.charAt(begin - 1) == '\n') {
                int typeEnd = text.indexOf("-----", begin + 11);
                int lineEnd = text.indexOf('\n', begin);
                if (typeEnd > 0 && (lineEnd < 0 || typeEnd < lineEnd)) {
                    String type = text.substring(begin + 11, typeEnd);
                    String endMarker = "-----END " + type + "-----";
                    int bodyStart = typeEnd + 5;
                    int end = text.indexOf(endMarker, bodyStart);
                    if (end >= 0) {
                        StringBuilder b64 = new StringBuilder();
                        for (String line : text.substring(bodyStart, end).split("\n")) {
                            if (line.contains(":")) continue; // RFC 1421 headers
                            b64.append(line.strip());
                        }
                        try {
                            return new PemBlock(type, Base64.getDecoder().decode(b64.toString()));
                        } catch (IllegalArgumentException e) {
                            return null;
                        }
                    }
                }
            }
            begin = text.indexOf("-----BEGIN ", begin + 1);
        }
        return null;
    }

    /** A private key with its public half. */
    record Key(PrivateKey privateKey, PublicKey publicKey) {
    }

    /** Sprig's parsePrivateKeyPEM, with its error texts. */
    static Key parsePrivateKeyPem(String pemText) {
        PemBlock block = pemDecode(pemText);
        if (block == null) throw new KeyError("no PEM data in input");
        try {
            if (block.type().equals("PRIVATE KEY")) {
                PrivateKeyInfo info;
                try {
                    info = PrivateKeyInfo.getInstance(ASN1Sequence.getInstance(block.bytes()));
                } catch (RuntimeException e) {
                    throw new KeyError("decoding PEM as PKCS#8: asn1: structure error: " + e.getMessage());
                }
                ASN1ObjectIdentifier alg = info.getPrivateKeyAlgorithm().getAlgorithm();
                String jca;
                if (alg.equals(PKCSObjectIdentifiers.rsaEncryption)) {
                    jca = "RSA";
                } else if (alg.equals(X9ObjectIdentifiers.id_ecPublicKey)) {
                    jca = "EC";
                } else if (alg.equals(EdECObjectIdentifiers.id_Ed25519)) {
                    jca = "Ed25519";
                } else {
                    throw new KeyError("decoding PEM as PKCS#8: x509: PKCS#8 wrapping contained private key with unknown algorithm: " + alg.getId());
                }
                PrivateKey k = KeyFactory.getInstance(jca).generatePrivate(new PKCS8EncodedKeySpec(block.bytes()));
                return new Key(k, publicKeyOf(k));
            }
            if (!block.type().endsWith(" PRIVATE KEY")) {
                throw new KeyError("no private key data in PEM block of type " + block.type());
            }
            String kind = block.type().substring(0, block.type().length() - 12);
            switch (kind) {
                case "RSA" -> {
                    RSAPrivateKey r;
                    try {
                        r = RSAPrivateKey.getInstance(ASN1Sequence.getInstance(block.bytes()));
                    } catch (RuntimeException e) {
                        throw new KeyError("parsing RSA private key from PEM: x509: failed to parse private key");
                    }
                    PrivateKey k = KeyFactory.getInstance("RSA").generatePrivate(new RSAPrivateCrtKeySpec(
                            r.getModulus(), r.getPublicExponent(), r.getPrivateExponent(), r.getPrime1(),
                            r.getPrime2(), r.getExponent1(), r.getExponent2(), r.getCoefficient()));
                    return new Key(k, publicKeyOf(k));
                }
                case "EC" -> {
                    org.bouncycastle.asn1.sec.ECPrivateKey e;
                    try {
                        e = org.bouncycastle.asn1.sec.ECPrivateKey.getInstance(ASN1Sequence.getInstance(block.bytes()));
                    } catch (RuntimeException ex) {
                        throw new KeyError("parsing EC private key from PEM: x509: failed to parse EC private key");
                    }
                    if (!(e.getParametersObject() instanceof ASN1ObjectIdentifier oid)) {
                        throw new KeyError("parsing EC private key from PEM: x509: unknown elliptic curve");
                    }
                    byte[] pkcs8 = new PrivateKeyInfo(new AlgorithmIdentifier(X9ObjectIdentifiers.id_ecPublicKey, oid),
                            new org.bouncycastle.asn1.sec.ECPrivateKey(ECNamedCurveTable.getByOID(oid).getN().bitLength(),
                                    e.getKey())).getEncoded("DER");
                    PrivateKey k = KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
                    return new Key(k, publicKeyOf(k));
                }
                case "DSA" -> {
                    ASN1Sequence s;
                    try {
                        s = ASN1Sequence.getInstance(block.bytes());
                    } catch (RuntimeException ex) {
                        throw new KeyError("parsing DSA private key from PEM: asn1: structure error");
                    }
                    BigInteger[] f = new BigInteger[6];
                    for (int i = 0; i < 6; i++) f[i] = ASN1Integer.getInstance(s.getObjectAt(i)).getValue();
                    PrivateKey k = KeyFactory.getInstance("DSA").generatePrivate(new DSAPrivateKeySpec(f[5], f[1], f[2], f[3]));
                    PublicKey pub = KeyFactory.getInstance("DSA").generatePublic(new DSAPublicKeySpec(f[4], f[1], f[2], f[3]));
                    return new Key(k, pub);
                }
                default -> throw new KeyError("invalid private key type " + block.type());
            }
        } catch (GeneralSecurityException | IOException e) {
            throw new KeyError("x509: failed to parse private key (" + e.getMessage() + ")");
        }
    }

    /** A key parsing failure; the caller prefixes it as Sprig does. */
    static final class KeyError extends RuntimeException {
        KeyError(String message) {
            super(message, null, false, false);
        }
    }

    private static PublicKey publicKeyOf(PrivateKey k) throws GeneralSecurityException, IOException {
        if (k instanceof RSAPrivateCrtKey r) {
            return KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(r.getModulus(), r.getPublicExponent()));
        }
        if (k instanceof ECPrivateKey e) {
            X9ECParameters curve = ECNamedCurveTable.getByOID(curveOid(e));
            org.bouncycastle.math.ec.ECPoint q = curve.getG().multiply(e.getS()).normalize();
            ECPoint w = new ECPoint(q.getAffineXCoord().toBigInteger(), q.getAffineYCoord().toBigInteger());
            return KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(w, e.getParams()));
        }
        if (k instanceof EdECPrivateKey ed) {
            byte[] pub = new Ed25519PrivateKeyParameters(ed.getBytes().orElseThrow(), 0).generatePublicKey().getEncoded();
            byte[] spki = new SubjectPublicKeyInfo(new AlgorithmIdentifier(EdECObjectIdentifiers.id_Ed25519), pub).getEncoded("DER");
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki));
        }
        if (k instanceof DSAPrivateKey d) {
            DSAParams p = d.getParams();
            return KeyFactory.getInstance("DSA").generatePublic(
                    new DSAPublicKeySpec(p.getG().modPow(d.getX(), p.getP()), p.getP(), p.getQ(), p.getG()));
        }
        throw new GeneralSecurityException("unsupported key type");
    }

    private static Key parseOrFail(String pemText, String prefix) {
        try {
            return parsePrivateKeyPem(pemText);
        } catch (KeyError e) {
            throw new FunctionException(prefix + e.getMessage());
        }
    }

    private static Key newRsaKey() {
        try {
            KeyPair kp = KeyGeneration.rsa(2048);
            return new Key(kp.getPrivate(), kp.getPublic());
        } catch (GeneralSecurityException e) {
            throw new FunctionException("error generating rsa key: " + e.getMessage());
        }
    }

    // ---------------------------------------------------------------- certificates

    static SprigCertificate buildCustomCert(String b64cert, String b64key) {
        byte[] cert;
        byte[] key;
        try {
            cert = Base64Functions.base64Decode(CryptoFunctions.utf8(b64cert));
        } catch (Base64Functions.CorruptInput e) {
            throw new FunctionException("unable to decode base64 certificate");
        }
        try {
            key = Base64Functions.base64Decode(CryptoFunctions.utf8(b64key));
        } catch (Base64Functions.CorruptInput e) {
            throw new FunctionException("unable to decode base64 private key");
        }
        String certText = new String(cert, java.nio.charset.StandardCharsets.UTF_8);
        String keyText = new String(key, java.nio.charset.StandardCharsets.UTF_8);
        PemBlock block = pemDecode(certText);
        if (block == null) throw new FunctionException("unable to decode certificate");
        parseCertificate(block.bytes(), "error parsing certificate: decodedCert.Bytes: ");
        parseOrFail(keyText, "error parsing private key: ");
        return new SprigCertificate(certText, keyText);
    }

    /** What signing needs from a parent certificate: its subject (as encoded) and key id. */
    record ParsedCert(X500Name subject, byte[] subjectKeyId) {
    }

    /**
     * Reads the certificate structure directly (Go accepts certificates with an empty subject
     * or issuer, which the JDK and BouncyCastle certificate classes reject).
     */
    static ParsedCert parseCertificate(byte[] der, String errorPrefix) {
        try {
            ASN1Sequence cert = ASN1Sequence.getInstance(der);
            if (cert.size() != 3) throw new IllegalArgumentException("certificate");
            ASN1Sequence tbs = ASN1Sequence.getInstance(cert.getObjectAt(0));
            int i = tbs.getObjectAt(0) instanceof ASN1TaggedObject ? 1 : 0;
            X500Name subject = X500Name.getInstance(tbs.getObjectAt(i + 4));
            SubjectPublicKeyInfo.getInstance(tbs.getObjectAt(i + 5));
            byte[] ski = null;
            for (int j = i + 6; j < tbs.size(); j++) {
                if (tbs.getObjectAt(j) instanceof ASN1TaggedObject tag && tag.getTagNo() == 3) {
                    Extension e = Extensions.getInstance(tag.getExplicitBaseObject()).getExtension(Extension.subjectKeyIdentifier);
                    if (e != null) ski = SubjectKeyIdentifier.getInstance(e.getParsedValue()).getKeyIdentifier();
                }
            }
            return new ParsedCert(subject, ski);
        } catch (RuntimeException e) {
            throw new FunctionException(errorPrefix + "x509: malformed certificate");
        }
    }

    static SprigCertificate genCA(String cn, long daysValid, String keyPem) {
        Key key = keyPem == null ? newRsaKey() : parseOrFail(keyPem, "parsing private key: ");
        Template t = baseTemplate(cn, null, null, daysValid);
        t.ca = true;
        return sign(t, key, null, key);
    }

    static SprigCertificate genSelfSigned(String cn, List<Object> ips, List<Object> dns, long daysValid, String keyPem) {
        Key key = keyPem == null ? newRsaKey() : parseOrFail(keyPem, "parsing private key: ");
        Template t = baseTemplate(cn, ips, dns, daysValid);
        return sign(t, key, null, key);
    }

    static SprigCertificate genSigned(String cn, List<Object> ips, List<Object> dns, long daysValid,
                                      SprigCertificate ca, String keyPem) {
        Key key = keyPem == null ? newRsaKey() : parseOrFail(keyPem, "parsing private key: ");
        PemBlock block = pemDecode(ca.cert());
        if (block == null) throw new FunctionException("unable to decode certificate");
        ParsedCert signer = parseCertificate(block.bytes(), "error parsing certificate: decodedSignerCert.Bytes: ");
        Key signerKey = parseOrFail(ca.key(), "error parsing private key: ");
        Template t = baseTemplate(cn, ips, dns, daysValid);
        return sign(t, key, signer, signerKey);
    }

    /** The parts of Go's x509.Certificate template that Sprig fills in. */
    private static final class Template {
        String cn;
        List<byte[]> ips;
        List<String> dnsNames;
        Date notBefore;
        Date notAfter;
        boolean ca;
    }

    private static Template baseTemplate(String cn, List<Object> ips, List<Object> dns, long daysValid) {
        Template t = new Template();
        t.cn = cn;
        t.ips = new ArrayList<>();
        if (ips != null) {
            for (Object ip : ips) {
                if (!(ip instanceof String s)) {
                    throw new FunctionException("error parsing ip: " + GoFmt.formatValue(ip) + " is not a string");
                }
                byte[] parsed = parseIp(s);
                if (parsed == null) throw new FunctionException("error parsing ip: " + s);
                t.ips.add(parsed);
            }
        }
        t.dnsNames = new ArrayList<>();
        if (dns != null) {
            for (Object d : dns) {
                if (!(d instanceof String s)) {
                    throw new FunctionException("error processing alternate dns name: " + GoFmt.formatValue(d) + " is not a string");
                }
                t.dnsNames.add(s);
            }
        }
        long now = System.currentTimeMillis() / 1000 * 1000; // certificates carry whole seconds
        t.notBefore = new Date(now);
        t.notAfter = new Date(now + daysValid * 24L * 3600_000L); // Go: time.Duration overflow wraps alike
        return t;
    }

    /**
     * Go's net.ParseIP: dotted IPv4 (no leading zeros) or an IPv6 literal without zone. The
     * result is in the form x509 writes to a SAN: 4 bytes for IPv4 (also v4-mapped), else 16.
     */
    static byte[] parseIp(String s) {
        if (s.indexOf(':') < 0) return parseIpv4(s);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(Character.digit(c, 16) >= 0 && c < 128) && c != ':' && c != '.') return null;
        }
        try {
            return InetAddress.getByName(s).getAddress(); // an IPv6 literal: parsed, never resolved
        } catch (IOException e) {
            return null;
        }
    }

    private static byte[] parseIpv4(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) return null;
        byte[] out = new byte[4];
        for (int i = 0; i < 4; i++) {
            String p = parts[i];
            if (p.isEmpty() || p.length() > 3 || (p.length() > 1 && p.charAt(0) == '0')) return null;
            int v = 0;
            for (int j = 0; j < p.length(); j++) {
                char c = p.charAt(j);
                if (c < '0' || c > '9') return null;
                v = v * 10 + (c - '0');
            }
            if (v > 255) return null;
            out[i] = (byte) v;
        }
        return out;
    }

    private static X500Name commonNameOnly(String cn) {
        if (cn.isEmpty()) return new X500Name(new RDN[0]);
        boolean printable = cn.chars().allMatch(KeysAndCerts::isPrintable);
        return new X500Name(new RDN[] {new RDN(BCStyle.CN, printable ? new DERPrintableString(cn) : new DERUTF8String(cn))});
    }

    /** encoding/asn1's PrintableString alphabet (with '*', which Go accepts). */
    private static boolean isPrintable(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || " '()+,-./:=?*".indexOf(c) >= 0;
    }

    private static SprigCertificate sign(Template t, Key subjectKey, ParsedCert parent, Key signerKey) {
        if (signerKey.privateKey() instanceof DSAPrivateKey) {
            throw new FunctionException("error creating certificate: x509: certificate private key does not implement crypto.Signer");
        }
        if (subjectKey.publicKey() instanceof java.security.interfaces.DSAPublicKey) {
            throw new FunctionException("error creating certificate: x509: unsupported public key type: *dsa.PublicKey");
        }
        for (String d : t.dnsNames) {
            if (!d.chars().allMatch(c -> c < 128)) {
                throw new FunctionException("error creating certificate: x509: \"" + d + "\" cannot be encoded as an IA5String");
            }
        }
        try {
            X500Name subject = commonNameOnly(t.cn);
            X500Name issuer = parent == null ? subject : parent.subject();
            SubjectPublicKeyInfo spki = SubjectPublicKeyInfo.getInstance(subjectKey.publicKey().getEncoded());
            BigInteger serial = new BigInteger(128, CryptoFunctions.random());

            // extensions in the order Go's x509 writes them
            ExtensionsGenerator ext = new ExtensionsGenerator();
            int usage = KeyUsage.digitalSignature | KeyUsage.keyEncipherment | (t.ca ? KeyUsage.keyCertSign : 0);
            ext.addExtension(Extension.keyUsage, true, new KeyUsage(usage));
            ext.addExtension(Extension.extendedKeyUsage, false,
                    new ExtendedKeyUsage(new KeyPurposeId[] {KeyPurposeId.id_kp_serverAuth, KeyPurposeId.id_kp_clientAuth}));
            ext.addExtension(Extension.basicConstraints, true, new BasicConstraints(t.ca));
            if (t.ca) ext.addExtension(Extension.subjectKeyIdentifier, false, new SubjectKeyIdentifier(keyId(spki)));
            if (parent != null && parent.subjectKeyId() != null
                    && !Arrays.equals(parent.subject().getEncoded("DER"), subject.getEncoded("DER"))) {
                ext.addExtension(Extension.authorityKeyIdentifier, false, new AuthorityKeyIdentifier(parent.subjectKeyId()));
            }
            if (!t.dnsNames.isEmpty() || !t.ips.isEmpty()) {
                List<GeneralName> names = new ArrayList<>();
                for (String d : t.dnsNames) names.add(new GeneralName(GeneralName.dNSName, d));
                for (byte[] ip : t.ips) names.add(new GeneralName(GeneralName.iPAddress, new DEROctetString(ip)));
                // Go marks the SAN critical when the subject is empty (RFC 5280 4.2.1.6)
                ext.addExtension(Extension.subjectAlternativeName, t.cn.isEmpty(),
                        new GeneralNames(names.toArray(new GeneralName[0])));
            }
            ContentSigner signer = new JcaContentSignerBuilder(signatureAlgorithm(signerKey.privateKey()))
                    .build(signerKey.privateKey());
            // The TBS and certificate sequences are assembled directly: BouncyCastle's builders
            // refuse the empty issuer name that Go writes for an empty common name.
            ASN1EncodableVector tbs = new ASN1EncodableVector();
            tbs.add(new DERTaggedObject(true, 0, new ASN1Integer(2)));
            tbs.add(new ASN1Integer(serial));
            tbs.add(signer.getAlgorithmIdentifier());
            tbs.add(issuer);
            tbs.add(new Validity(new Time(t.notBefore), new Time(t.notAfter)));
            tbs.add(subject);
            tbs.add(spki);
            tbs.add(new DERTaggedObject(true, 3, ext.generate()));
            byte[] tbsDer = new DERSequence(tbs).getEncoded("DER");
            try (java.io.OutputStream os = signer.getOutputStream()) {
                os.write(tbsDer);
            }
            ASN1EncodableVector cert = new ASN1EncodableVector();
            cert.add(ASN1Sequence.getInstance(tbsDer));
            cert.add(signer.getAlgorithmIdentifier());
            cert.add(new DERBitString(signer.getSignature()));
            byte[] der = new DERSequence(cert).getEncoded("DER");
            String keyPem = pem(pemType(subjectKey.privateKey()), encodePrivateKey(subjectKey.privateKey()));
            return new SprigCertificate(pem("CERTIFICATE", der), keyPem);
        } catch (IOException | OperatorCreationException | GeneralSecurityException e) {
            throw new FunctionException("error creating certificate: " + e.getMessage());
        }
    }

    /** Go 1.25's generated key id: the first 160 bits of SHA-256 over the subjectPublicKey bits. */
    private static byte[] keyId(SubjectPublicKeyInfo spki) throws GeneralSecurityException {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(spki.getPublicKeyData().getBytes());
        return Arrays.copyOf(digest, 20);
    }

    /** Go's default signature algorithm per signing key (hash sized to the ECDSA curve). */
    private static String signatureAlgorithm(PrivateKey k) {
        if (k instanceof RSAPrivateCrtKey || k instanceof java.security.interfaces.RSAPrivateKey) return "SHA256withRSA";
        if (k instanceof ECPrivateKey e) {
            int bits = e.getParams().getCurve().getField().getFieldSize();
            return bits >= 521 ? "SHA512withECDSA" : bits >= 384 ? "SHA384withECDSA" : "SHA256withECDSA";
        }
        return "Ed25519";
    }
}
