package dev.capstan.sprig;

import static dev.capstan.gotemplate.ParamType.STRING;

import dev.capstan.gotemplate.Func;
import dev.capstan.gotemplate.FuncMap;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/**
 * Sprig's b64enc/b64dec/b32enc/b32dec over Go's StdEncoding (padded). Decoding errors are not
 * template errors: Sprig returns the Go error text ({@code illegal base64 data at input byte N})
 * as the result, so the decoders below follow Go's quantum-by-quantum algorithm to report the
 * same byte offset. CR and LF are ignored as in Go.
 */
public final class Base64Functions {
    private static final String B32_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final byte[] B64_MAP = decodeMap("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/");
    private static final byte[] B32_MAP = decodeMap(B32_ALPHABET);

    private Base64Functions() {
    }

    public static void register(FuncMap m) {
        m.put(Func.of("b64enc", a -> Base64.getEncoder().encodeToString(utf8((String) a[0])), STRING));
        m.put(Func.of("b64dec", a -> {
            try {
                return text(base64Decode(utf8((String) a[0])));
            } catch (CorruptInput e) {
                return "illegal base64 data at input byte " + e.offset;
            }
        }, STRING));
        m.put(Func.of("b32enc", a -> base32Encode(utf8((String) a[0])), STRING));
        m.put(Func.of("b32dec", a -> {
            try {
                return text(base32Decode(utf8((String) a[0])));
            } catch (CorruptInput e) {
                return "illegal base32 data at input byte " + e.offset;
            }
        }, STRING));
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** Go's {@code string(bytes)}; bytes that are not UTF-8 cannot survive a Java String. */
    private static String text(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }

    private static byte[] decodeMap(String alphabet) {
        byte[] map = new byte[256];
        Arrays.fill(map, (byte) 0xff);
        for (int i = 0; i < alphabet.length(); i++) map[alphabet.charAt(i)] = (byte) i;
        return map;
    }

    /** A Go CorruptInputError with its byte offset. */
    static final class CorruptInput extends Exception {
        final long offset;

        CorruptInput(long offset) {
            super(null, null, false, false);
            this.offset = offset;
        }
    }

    /** Go's base64 StdEncoding.DecodeString, one 4-byte quantum at a time. */
    static byte[] base64Decode(byte[] src) throws CorruptInput {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int si = 0;
        while (si < src.length) {
            int[] dbuf = new int[4];
            int dlen = 4;
            boolean trailingGarbage = false;
            int garbageAt = 0;
            for (int j = 0; j < 4; j++) {
                if (si == src.length) {
                    if (j == 0) return out.toByteArray();
                    throw new CorruptInput(si - j);
                }
                int in = src[si] & 0xff;
                si++;
                int v = B64_MAP[in] & 0xff;
                if (v != 0xff) {
                    dbuf[j] = v;
                    continue;
                }
                if (in == '\n' || in == '\r') {
                    j--;
                    continue;
                }
                if (in != '=') throw new CorruptInput(si - 1);
                if (j == 0 || j == 1) throw new CorruptInput(si - 1);
                if (j == 2) {
                    while (si < src.length && (src[si] == '\n' || src[si] == '\r')) si++;
                    if (si == src.length) throw new CorruptInput(src.length);
                    if (src[si] != '=') throw new CorruptInput(si - 1);
                    si++;
                }
                while (si < src.length && (src[si] == '\n' || src[si] == '\r')) si++;
                if (si < src.length) {
                    trailingGarbage = true;
                    garbageAt = si;
                }
                dlen = j;
                break;
            }
            int val = dbuf[0] << 18 | dbuf[1] << 12 | dbuf[2] << 6 | dbuf[3];
            byte[] three = {(byte) (val >> 16), (byte) (val >> 8), (byte) val};
            out.write(three, 0, dlen - 1);
            if (trailingGarbage) throw new CorruptInput(garbageAt);
        }
        return out.toByteArray();
    }

    static String base32Encode(byte[] src) {
        StringBuilder sb = new StringBuilder((src.length + 4) / 5 * 8);
        for (int i = 0; i < src.length; i += 5) {
            int n = Math.min(5, src.length - i);
            long block = 0;
            for (int k = 0; k < 5; k++) block = block << 8 | (k < n ? src[i + k] & 0xff : 0);
            int chars = (n * 8 + 4) / 5;
            for (int k = 0; k < 8; k++) {
                sb.append(k < chars ? B32_ALPHABET.charAt((int) (block >>> (35 - 5 * k)) & 31) : '=');
            }
        }
        return sb.toString();
    }

    /** Go's base32 StdEncoding.DecodeString: newlines stripped first, then 8-byte quanta. */
    static byte[] base32Decode(byte[] raw) throws CorruptInput {
        ByteArrayOutputStream stripped = new ByteArrayOutputStream(raw.length);
        for (byte b : raw) {
            if (b != '\n' && b != '\r') stripped.write(b);
        }
        byte[] src = stripped.toByteArray();
        int olen = src.length;
        int pos = 0;
        boolean end = false;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (pos < olen && !end) {
            int[] dbuf = new int[8];
            int dlen = 8;
            for (int j = 0; j < 8; ) {
                int remaining = olen - pos;
                if (remaining == 0) throw new CorruptInput(olen - j);
                int in = src[pos] & 0xff;
                pos++;
                remaining = olen - pos;
                if (in == '=' && j >= 2 && remaining < 8) {
                    if (remaining + j < 7) throw new CorruptInput(olen);
                    for (int k = 0; k < 7 - j; k++) {
                        if (remaining > k && src[pos + k] != '=') throw new CorruptInput(olen - remaining + k - 1);
                    }
                    dlen = j;
                    end = true;
                    if (dlen == 1 || dlen == 3 || dlen == 6) throw new CorruptInput(olen - remaining - 1);
                    break;
                }
                dbuf[j] = B32_MAP[in] & 0xff;
                if (dbuf[j] == 0xff) throw new CorruptInput(olen - remaining - 1);
                j++;
            }
            byte[] five = new byte[5];
            five[4] = (byte) (dbuf[6] << 5 | dbuf[7]);
            five[3] = (byte) (dbuf[4] << 7 | dbuf[5] << 2 | dbuf[6] >> 3);
            five[2] = (byte) (dbuf[3] << 4 | dbuf[4] >> 1);
            five[1] = (byte) (dbuf[1] << 6 | dbuf[2] << 1 | dbuf[3] >> 4);
            five[0] = (byte) (dbuf[0] << 3 | dbuf[1] >> 2);
            int n = switch (dlen) {
                case 8 -> 5;
                case 7 -> 4;
                case 5 -> 3;
                case 4 -> 2;
                case 2 -> 1;
                default -> 0;
            };
            out.write(five, 0, n);
        }
        return out.toByteArray();
    }
}
