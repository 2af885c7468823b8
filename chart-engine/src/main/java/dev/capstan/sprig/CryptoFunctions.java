package dev.capstan.sprig;

import static dev.capstan.gotemplate.ParamType.INT;
import static dev.capstan.gotemplate.ParamType.LIST;
import static dev.capstan.gotemplate.ParamType.STRING;
import static dev.capstan.gotemplate.ParamType.UINT32;

import dev.capstan.gotemplate.Func;
import dev.capstan.gotemplate.FuncMap;
import dev.capstan.gotemplate.FunctionException;
import dev.capstan.gotemplate.ParamType;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.zip.Adler32;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Sprig's crypto.go. Hashes and AES use the JDK. Key and certificate work lives in
 * {@link KeysAndCerts} and the password functions in {@link PasswordHashes}; both use
 * BouncyCastle and are only loaded when one of their functions is called.
 */
public final class CryptoFunctions {
    /** Created on first use (a holder class): a run that calls no random function opens nothing.
     *  OsRandom, not new SecureRandom(), which would set up the JCA first (~9 ms cold). */
    private static final class Random {
        static final SecureRandom INSTANCE = OsRandom.create();
    }

    /** The one SecureRandom behind Sprig's random, key, salt and IV functions. */
    static SecureRandom random() {
        return Random.INSTANCE;
    }
    private static final ParamType CERT = ParamType.object(SprigCertificate.GO_TYPE);

    private CryptoFunctions() {
    }

    public static void register(FuncMap m) {
        m.put(Func.of("sha1sum", a -> HexFormat.of().formatHex(ShaDigests.sha1(utf8((String) a[0]))), STRING));
        m.put(Func.of("sha256sum", a -> HexFormat.of().formatHex(ShaDigests.sha256(utf8((String) a[0]))), STRING));
        m.put(Func.of("sha512sum", a -> HexFormat.of().formatHex(ShaDigests.sha512(utf8((String) a[0]))), STRING));
        m.put(Func.of("adler32sum", a -> {
            Adler32 adler = new Adler32();
            adler.update(utf8((String) a[0]));
            return Long.toString(adler.getValue());
        }, STRING));
        m.put(Func.of("bcrypt", a -> PasswordHashes.bcrypt((String) a[0]), STRING));
        m.put(Func.of("htpasswd", a -> {
            String user = (String) a[0];
            if (user.contains(":")) return "invalid username: " + user;
            return user + ":" + PasswordHashes.bcrypt((String) a[1]);
        }, STRING, STRING));
        m.put(Func.of("derivePassword", a -> PasswordHashes.derivePassword(((Number) a[0]).longValue() & 0xffffffffL,
                (String) a[1], (String) a[2], (String) a[3], (String) a[4]), UINT32, STRING, STRING, STRING, STRING));
        m.put(Func.of("genPrivateKey", a -> KeysAndCerts.generatePrivateKey((String) a[0]), STRING));
        m.put(Func.of("buildCustomCert", a -> KeysAndCerts.buildCustomCert((String) a[0], (String) a[1]), STRING, STRING));
        m.put(Func.of("genCA", a -> KeysAndCerts.genCA((String) a[0], Cast.intArg(a[1]), null), STRING, INT));
        m.put(Func.of("genCAWithKey", a -> KeysAndCerts.genCA((String) a[0], Cast.intArg(a[1]), (String) a[2]),
                STRING, INT, STRING));
        m.put(Func.of("genSelfSignedCert", a -> KeysAndCerts.genSelfSigned((String) a[0], list(a[1]), list(a[2]),
                Cast.intArg(a[3]), null), STRING, LIST, LIST, INT));
        m.put(Func.of("genSelfSignedCertWithKey", a -> KeysAndCerts.genSelfSigned((String) a[0], list(a[1]),
                list(a[2]), Cast.intArg(a[3]), (String) a[4]), STRING, LIST, LIST, INT, STRING));
        m.put(Func.of("genSignedCert", a -> KeysAndCerts.genSigned((String) a[0], list(a[1]), list(a[2]),
                Cast.intArg(a[3]), (SprigCertificate) a[4], null), STRING, LIST, LIST, INT, CERT));
        m.put(Func.of("genSignedCertWithKey", a -> KeysAndCerts.genSigned((String) a[0], list(a[1]), list(a[2]),
                Cast.intArg(a[3]), (SprigCertificate) a[4], (String) a[5]), STRING, LIST, LIST, INT, CERT, STRING));
        m.put(Func.of("encryptAES", a -> encryptAES((String) a[0], (String) a[1]), STRING, STRING));
        m.put(Func.of("decryptAES", a -> decryptAES((String) a[0], (String) a[1]), STRING, STRING));
        m.put(Func.of("randBytes", a -> {
            long count = Cast.intArg(a[0]);
            if (count < 0 || count > Integer.MAX_VALUE - 8) throw new FunctionException("runtime error: makeslice: len out of range");
            byte[] buf = new byte[(int) count];
            random().nextBytes(buf);
            return Base64.getEncoder().encodeToString(buf);
        }, INT));
        m.put(Func.of("uuidv4", a -> UUID.randomUUID().toString()));
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object o) {
        return (List<Object>) o;
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** The AES-256 key Sprig derives: the password's bytes, zero-padded or cut to 32. */
    private static SecretKeySpec aesKey(String password) {
        byte[] key = new byte[32];
        byte[] p = utf8(password);
        System.arraycopy(p, 0, key, 0, Math.min(p.length, 32));
        return new SecretKeySpec(key, "AES");
    }

    /** AES-256-CBC with PKCS#7 padding and a random IV in front, base64 encoded; "" stays "". */
    static String encryptAES(String password, String plaintext) {
        if (plaintext.isEmpty()) return "";
        try {
            byte[] iv = new byte[16];
            random().nextBytes(iv);
            Cipher c = Cipher.getInstance("AES/CBC/PKCS5Padding");
            c.init(Cipher.ENCRYPT_MODE, aesKey(password), new IvParameterSpec(iv));
            byte[] body = c.doFinal(utf8(plaintext));
            byte[] out = new byte[16 + body.length];
            System.arraycopy(iv, 0, out, 0, 16);
            System.arraycopy(body, 0, out, 16, body.length);
            return Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new FunctionException(e.getMessage());
        }
    }

    /**
     * The reverse of {@link #encryptAES}. Like Sprig it strips as many bytes as the last byte
     * says without checking the padding, and fails the way Go's slicing fails on short input.
     */
    static String decryptAES(String password, String crypt64) {
        if (crypt64.isEmpty()) return "";
        byte[] crypt;
        byte[] encoded = utf8(crypt64);
        int capacity = encoded.length / 4 * 3; // Go's DecodeString allocates DecodedLen(len) bytes
        try {
            crypt = Base64Functions.base64Decode(encoded);
        } catch (Base64Functions.CorruptInput e) {
            throw new FunctionException("illegal base64 data at input byte " + e.offset);
        }
        if (crypt.length < 16) {
            throw new FunctionException("runtime error: slice bounds out of range [:16] with capacity " + capacity);
        }
        int n = crypt.length - 16;
        if (n % 16 != 0) throw new FunctionException("crypto/cipher: input not full blocks");
        if (n == 0) throw new FunctionException("runtime error: index out of range [-1]");
        byte[] decrypted;
        try {
            Cipher c = Cipher.getInstance("AES/CBC/NoPadding");
            c.init(Cipher.DECRYPT_MODE, aesKey(password), new IvParameterSpec(crypt, 0, 16));
            decrypted = c.doFinal(crypt, 16, n);
        } catch (GeneralSecurityException e) {
            throw new FunctionException(e.getMessage());
        }
        int end = decrypted.length - (decrypted[decrypted.length - 1] & 0xff);
        if (end < 0) throw new FunctionException("runtime error: slice bounds out of range [:" + end + "]");
        return new String(decrypted, 0, end, StandardCharsets.UTF_8);
    }
}
