package dev.capstan.sprig;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Time-zone abbreviations as Go prints them ({@code MST} in a layout). Go reads the system's
 * tzdata (TZif files under {@code $ZONEINFO} or {@code /usr/share/zoneinfo}), whose names differ
 * from Java's CLDR names: tzdata writes {@code +0545} where Java says {@code NPT}. So the
 * abbreviation comes from the same TZif file Go would read: the zone type in effect at the
 * instant, or, past the last transition, the standard or daylight name of the file's POSIX
 * footer (chosen by the offset Java's rules give). Null when no file is available.
 */
final class ZoneAbbreviations {
    private static final String[] DIRS = {"/usr/share/zoneinfo/", "/usr/share/lib/zoneinfo/", "/usr/lib/locale/TZ/", "/etc/zoneinfo/"};
    private static final Map<String, Object> CACHE = new ConcurrentHashMap<>();
    private static final Object MISSING = new Object();

    private record Type(int offset, String abbrev) {
    }

    private record Zone(long[] transitions, int[] typeIndex, List<Type> types, String stdName, int stdOffset,
                        String dstName, int dstOffset) {
    }

    private ZoneAbbreviations() {
    }

    /** The abbreviation of zone {@code name} at {@code sec} with the given offset, or null if unknown. */
    static String lookup(String name, long sec, int offset) {
        Zone z = load(name);
        if (z == null) return null;
        int n = z.transitions.length;
        if (n == 0 || sec < z.transitions[0]) {
            Type first = firstType(z);
            return first == null ? null : first.abbrev;
        }
        if (sec >= z.transitions[n - 1] && z.stdName != null) {
            if (z.dstName != null && offset == z.dstOffset && offset != z.stdOffset) return z.dstName;
            if (offset == z.stdOffset) return z.stdName;
            if (z.dstName != null && offset == z.dstOffset) return z.dstName;
        }
        int lo = 0;
        int hi = n - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (z.transitions[mid] <= sec) lo = mid;
            else hi = mid - 1;
        }
        return z.types.get(z.typeIndex[lo]).abbrev;
    }

    /** Go's lookupFirstZone: the first standard-time type, else type 0. */
    private static Type firstType(Zone z) {
        return z.types.isEmpty() ? null : z.types.get(0);
    }

    private static Zone load(String name) {
        if (name == null || name.isEmpty() || name.contains("..")) return null;
        Object c = CACHE.get(name);
        if (c == null) {
            Zone z = null;
            List<String> dirs = new ArrayList<>();
            String env = System.getenv("ZONEINFO");
            if (env != null && !env.isEmpty()) dirs.add(env.endsWith("/") ? env : env + "/");
            dirs.addAll(List.of(DIRS));
            for (String d : dirs) {
                Path p = Path.of(d + name);
                if (Files.isRegularFile(p)) {
                    try {
                        z = parse(Files.readAllBytes(p));
                    } catch (IOException | RuntimeException e) {
                        z = null;
                    }
                    if (z != null) break;
                }
            }
            c = z == null ? MISSING : z;
            CACHE.put(name, c);
        }
        return c == MISSING ? null : (Zone) c;
    }

    /** Parses a TZif file (version 1, or the 64-bit block of version 2+ with its footer). */
    static Zone parse(byte[] data) {
        ByteBuffer b = ByteBuffer.wrap(data);
        if (data.length < 44 || data[0] != 'T' || data[1] != 'Z' || data[2] != 'i' || data[3] != 'f') return null;
        int version = data[4];
        b.position(20);
        int[] counts = header(b);
        if (version >= '2') {
            // skip the 32-bit block
            b.position(b.position() + counts[3] * 5 + counts[4] * 6 + counts[5] + counts[2] * 8 + counts[1] + counts[0]);
            b.position(b.position() + 20);
            counts = header(b);
            return block(b, counts, 8, data);
        }
        return block(b, counts, 4, data);
    }

    /** isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt. */
    private static int[] header(ByteBuffer b) {
        int[] c = new int[6];
        for (int i = 0; i < 6; i++) c[i] = b.getInt();
        return c;
    }

    private static Zone block(ByteBuffer b, int[] c, int timeSize, byte[] data) {
        int timecnt = c[3];
        int typecnt = c[4];
        int charcnt = c[5];
        long[] trans = new long[timecnt];
        for (int i = 0; i < timecnt; i++) trans[i] = timeSize == 8 ? b.getLong() : b.getInt();
        int[] idx = new int[timecnt];
        for (int i = 0; i < timecnt; i++) idx[i] = b.get() & 0xff;
        int[] off = new int[typecnt];
        int[] abbrIdx = new int[typecnt];
        for (int i = 0; i < typecnt; i++) {
            off[i] = b.getInt();
            b.get();
            abbrIdx[i] = b.get() & 0xff;
        }
        byte[] chars = new byte[charcnt];
        b.get(chars);
        List<Type> types = new ArrayList<>();
        for (int i = 0; i < typecnt; i++) {
            int end = abbrIdx[i];
            while (end < charcnt && chars[end] != 0) end++;
            types.add(new Type(off[i], new String(chars, abbrIdx[i], end - abbrIdx[i], java.nio.charset.StandardCharsets.US_ASCII)));
        }
        b.position(b.position() + c[2] * (timeSize + 4) + c[1] + c[0]);
        String footer = null;
        if (timeSize == 8 && b.remaining() > 1 && b.get() == '\n') {
            int start = b.position();
            int end = start;
            while (end < data.length && data[end] != '\n') end++;
            footer = new String(data, start, end - start, java.nio.charset.StandardCharsets.US_ASCII);
        }
        String stdName = null;
        int stdOffset = 0;
        String dstName = null;
        int dstOffset = 0;
        if (footer != null && !footer.isEmpty()) {
            int[] pos = {0};
            stdName = tzName(footer, pos);
            Integer o = tzOffset(footer, pos);
            if (stdName != null && o != null) {
                stdOffset = -o;
                if (pos[0] < footer.length() && footer.charAt(pos[0]) != ',') {
                    dstName = tzName(footer, pos);
                    Integer d = pos[0] < footer.length() && footer.charAt(pos[0]) != ',' ? tzOffset(footer, pos) : null;
                    dstOffset = d == null ? stdOffset + 3600 : -d;
                }
            } else {
                stdName = null;
            }
        }
        return new Zone(trans, idx, types, stdName, stdOffset, dstName, dstOffset);
    }

    private static String tzName(String s, int[] pos) {
        int i = pos[0];
        if (i >= s.length()) return null;
        if (s.charAt(i) == '<') {
            int close = s.indexOf('>', i);
            if (close < 0) return null;
            pos[0] = close + 1;
            return s.substring(i + 1, close);
        }
        int start = i;
        while (i < s.length() && Character.isLetter(s.charAt(i))) i++;
        if (i - start < 3) return null;
        pos[0] = i;
        return s.substring(start, i);
    }

    /** A POSIX offset [+-]hh[:mm[:ss]] in seconds (west positive, as written). */
    private static Integer tzOffset(String s, int[] pos) {
        int i = pos[0];
        int sign = 1;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            if (s.charAt(i) == '-') sign = -1;
            i++;
        }
        int total = 0;
        int mult = 3600;
        boolean any = false;
        while (mult >= 1) {
            int start = i;
            while (i < s.length() && Character.isDigit(s.charAt(i))) i++;
            if (i == start) break;
            any = true;
            total += Integer.parseInt(s.substring(start, i)) * mult;
            if (i < s.length() && s.charAt(i) == ':') {
                i++;
                mult /= 60;
            } else {
                break;
            }
        }
        if (!any) return null;
        pos[0] = i;
        return sign * total;
    }
}
