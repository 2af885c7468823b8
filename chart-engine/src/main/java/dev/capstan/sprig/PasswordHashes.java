package dev.capstan.sprig;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;
import org.bouncycastle.crypto.generators.SCrypt;

/**
 * bcrypt (as golang.org/x/crypto/bcrypt with the default cost 10, "$2a$" hashes) and Sprig's
 * derivePassword, which is the Master Password algorithm (scrypt key, HMAC-SHA256 seed, site
 * templates). Uses BouncyCastle, so it is only loaded when one of these is called.
 */
final class PasswordHashes {
    private static final int BCRYPT_DEFAULT_COST = 10;
    private static final String MASTER_PASSWORD_SEED = "com.lyndir.masterpassword";

    /** Master Password site templates: one is picked by the first seed byte. */
    private static final Map<String, String[]> TEMPLATES = Map.of(
            "maximum", new String[] {"anoxxxxxxxxxxxxxxxxx", "axxxxxxxxxxxxxxxxxno"},
            "long", new String[] {"CvcvnoCvcvCvcv", "CvcvCvcvnoCvcv", "CvcvCvcvCvcvno", "CvccnoCvcvCvcv",
                "CvccCvcvnoCvcv", "CvccCvcvCvcvno", "CvcvnoCvccCvcv", "CvcvCvccnoCvcv", "CvcvCvccCvcvno",
                "CvcvnoCvcvCvcc", "CvcvCvcvnoCvcc", "CvcvCvcvCvccno", "CvccnoCvccCvcv", "CvccCvccnoCvcv",
                "CvccCvccCvcvno", "CvcvnoCvccCvcc", "CvcvCvccnoCvcc", "CvcvCvccCvccno", "CvccnoCvcvCvcc",
                "CvccCvcvnoCvcc", "CvccCvcvCvccno"},
            "medium", new String[] {"CvcnoCvc", "CvcCvcno"},
            "short", new String[] {"Cvcn"},
            "basic", new String[] {"aaanaaan", "aannaaan", "aaannaaa"},
            "pin", new String[] {"nnnn"});

    /** Master Password character classes used by the templates. */
    private static final Map<Character, String> CHARACTERS = Map.of(
            'V', "AEIOU",
            'C', "BCDFGHJKLMNPQRSTVWXYZ",
            'v', "aeiou",
            'c', "bcdfghjklmnpqrstvwxyz",
            'A', "AEIOUBCDFGHJKLMNPQRSTVWXYZ",
            'a', "AEIOUaeiouBCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz",
            'n', "0123456789",
            'o', "@&%?,=[]_:-+*$#!'^~;()/.",
            'x', "AEIOUaeiouBCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789!@#$%^&*()");

    private PasswordHashes() {
    }

    static String bcrypt(String input) {
        byte[] password = input.getBytes(StandardCharsets.UTF_8);
        if (password.length > 72) {
            return "failed to encrypt string with bcrypt: bcrypt: password length exceeds 72 bytes";
        }
        byte[] salt = new byte[16];
        CryptoFunctions.random().nextBytes(salt);
        return OpenBSDBCrypt.generate("2a", password, salt, BCRYPT_DEFAULT_COST);
    }

    /** Whether {@code hash} (any $2a$/$2b$/$2y$ bcrypt hash) matches {@code password}. */
    static boolean bcryptMatches(String hash, String password) {
        return OpenBSDBCrypt.checkPassword(hash, password.getBytes(StandardCharsets.UTF_8));
    }

    static String derivePassword(long counter, String passwordType, String password, String user, String site) {
        String[] templates = TEMPLATES.get(passwordType);
        if (templates == null) return "cannot find password template " + passwordType;
        byte[] userBytes = user.getBytes(StandardCharsets.UTF_8);
        byte[] siteBytes = site.getBytes(StandardCharsets.UTF_8);

        ByteArrayOutputStream salt = new ByteArrayOutputStream();
        salt.writeBytes(MASTER_PASSWORD_SEED.getBytes(StandardCharsets.US_ASCII));
        salt.writeBytes(uint32(userBytes.length));
        salt.writeBytes(userBytes);
        byte[] key = SCrypt.generate(password.getBytes(StandardCharsets.UTF_8), salt.toByteArray(), 32768, 8, 2, 64);

        ByteArrayOutputStream message = new ByteArrayOutputStream();
        message.writeBytes(MASTER_PASSWORD_SEED.getBytes(StandardCharsets.US_ASCII));
        message.writeBytes(uint32(siteBytes.length));
        message.writeBytes(siteBytes);
        message.writeBytes(uint32(counter));
        byte[] seed;
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            seed = mac.doFinal(message.toByteArray());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e); // HmacSHA256 is in every JDK
        }
        String template = templates[(seed[0] & 0xff) % templates.length];
        StringBuilder out = new StringBuilder(template.length());
        for (int i = 0; i < template.length(); i++) {
            String chars = CHARACTERS.get(template.charAt(i));
            out.append(chars.charAt((seed[i + 1] & 0xff) % chars.length()));
        }
        return out.toString();
    }

    private static byte[] uint32(long v) {
        return ByteBuffer.allocate(4).putInt((int) v).array();
    }
}
