package dev.capstan.yaml;

import dev.capstan.gotemplate.GoText;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;

/**
 * The key orders of the Go encoders. {@code encoding/json} sorts keys by their bytes (code point
 * order). go-yaml sorts string keys "naturally": at the first difference a letter sorts after a
 * non-letter, and runs of digits compare by numeric value ({@code a2 < a10}); v3 adds one twist
 * (after an equal digit, a letter sorts before a non-letter).
 */
final class SortKeys {
    private SortKeys() {
    }

    static final Comparator<String> CODE_POINT_ORDER = GoText::compare;

    static String[] utf8Sorted(Map<?, ?> m) {
        String[] keys = keysOf(m);
        Arrays.sort(keys, CODE_POINT_ORDER);
        return keys;
    }

    /** Keys in go-yaml's order ({@code sorter.go keyList.Less}); v3 when {@code v3}. */
    static String[] yamlSorted(Map<?, ?> m, boolean v3) {
        String[] keys = keysOf(m);
        if (keys.length < 2) return keys;
        // Most keys are plain BMP text, where a char is a rune; others are compared as code points.
        boolean bmp = true;
        for (String k : keys) {
            for (int i = 0; i < k.length() && bmp; i++) if (Character.isSurrogate(k.charAt(i))) bmp = false;
        }
        Comparator<String> order = bmp
                ? (a, b) -> yamlLess(a::charAt, a.length(), b::charAt, b.length(), v3) ? -1 : 1
                : (a, b) -> {
                    int[] ar = a.codePoints().toArray(), br = b.codePoints().toArray();
                    return yamlLess(i -> ar[i], ar.length, i -> br[i], br.length, v3) ? -1 : 1;
                };
        mergeSort(keys, new String[keys.length], 0, keys.length, order);
        return keys;
    }

    private static String[] keysOf(Map<?, ?> m) {
        String[] keys = new String[m.size()];
        int i = 0;
        for (Object k : m.keySet()) keys[i++] = String.valueOf(k);
        return keys;
    }

    /** A rune of a key by index. */
    private interface Runes {
        int at(int i);
    }

    /**
     * A stable merge sort that only asks "is b before a"; go-yaml's order is not always
     * transitive, and a JDK sort may throw on such an order.
     */
    private static void mergeSort(String[] a, String[] tmp, int lo, int hi, Comparator<String> before) {
        if (hi - lo < 2) return;
        int mid = (lo + hi) >>> 1;
        mergeSort(a, tmp, lo, mid, before);
        mergeSort(a, tmp, mid, hi, before);
        int i = lo, j = mid, k = lo;
        while (i < mid && j < hi) tmp[k++] = before.compare(a[j], a[i]) < 0 ? a[j++] : a[i++];
        while (i < mid) tmp[k++] = a[i++];
        while (j < hi) tmp[k++] = a[j++];
        System.arraycopy(tmp, lo, a, lo, hi - lo);
    }

    /** go-yaml's keyList.Less for two string keys given as runes. */
    private static boolean yamlLess(Runes ar, int alen, Runes br, int blen, boolean v3) {
        boolean digits = false;
        for (int i = 0; i < alen && i < blen; i++) {
            int a = ar.at(i), b = br.at(i);
            if (a == b) {
                digits = Character.isDigit(a);
                continue;
            }
            boolean al = Character.isLetter(a);
            boolean bl = Character.isLetter(b);
            if (al && bl) return a < b;
            if (al || bl) return v3 && digits ? al : bl;
            long an = 0, bn = 0;
            int ai, bi;
            if (a == '0' || b == '0') {
                for (int j = i - 1; j >= 0 && Character.isDigit(ar.at(j)); j--) {
                    if (ar.at(j) != '0') {
                        an = 1;
                        bn = 1;
                        break;
                    }
                }
            }
            for (ai = i; ai < alen && Character.isDigit(ar.at(ai)); ai++) an = an * 10 + (ar.at(ai) - '0');
            for (bi = i; bi < blen && Character.isDigit(br.at(bi)); bi++) bn = bn * 10 + (br.at(bi) - '0');
            if (an != bn) return an < bn;
            if (ai != bi) return ai < bi;
            return a < b;
        }
        return alen < blen;
    }
}
