package dev.capstan.yaml;

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

    static final Comparator<String> CODE_POINT_ORDER = SortKeys::compareCodePoints;

    static String[] utf8Sorted(Map<?, ?> m) {
        String[] keys = keysOf(m);
        Arrays.sort(keys, CODE_POINT_ORDER);
        return keys;
    }

    /** Keys in go-yaml's order ({@code sorter.go keyList.Less}); v3 when {@code v3}. */
    static String[] yamlSorted(Map<?, ?> m, boolean v3) {
        String[] keys = keysOf(m);
        if (keys.length < 2) return keys;
        int[][] runes = new int[keys.length][];
        Integer[] idx = new Integer[keys.length];
        for (int i = 0; i < keys.length; i++) {
            runes[i] = keys[i].codePoints().toArray();
            idx[i] = i;
        }
        Integer[] tmp = new Integer[keys.length];
        mergeSort(idx, tmp, 0, keys.length, (a, b) -> yamlLess(runes[a], runes[b], v3));
        String[] out = new String[keys.length];
        for (int i = 0; i < keys.length; i++) out[i] = keys[idx[i]];
        return out;
    }

    private static String[] keysOf(Map<?, ?> m) {
        String[] keys = new String[m.size()];
        int i = 0;
        for (Object k : m.keySet()) keys[i++] = String.valueOf(k);
        return keys;
    }

    private interface Less {
        boolean less(int a, int b);
    }

    /** A stable merge sort that tolerates an inconsistent order (a JDK sort may throw on one). */
    private static void mergeSort(Integer[] a, Integer[] tmp, int lo, int hi, Less less) {
        if (hi - lo < 2) return;
        int mid = (lo + hi) >>> 1;
        mergeSort(a, tmp, lo, mid, less);
        mergeSort(a, tmp, mid, hi, less);
        int i = lo, j = mid, k = lo;
        while (i < mid && j < hi) tmp[k++] = less.less(a[j], a[i]) ? a[j++] : a[i++];
        while (i < mid) tmp[k++] = a[i++];
        while (j < hi) tmp[k++] = a[j++];
        System.arraycopy(tmp, lo, a, lo, hi - lo);
    }

    static boolean yamlLess(int[] ar, int[] br, boolean v3) {
        boolean digits = false;
        for (int i = 0; i < ar.length && i < br.length; i++) {
            if (ar[i] == br[i]) {
                digits = Character.isDigit(ar[i]);
                continue;
            }
            boolean al = Character.isLetter(ar[i]);
            boolean bl = Character.isLetter(br[i]);
            if (al && bl) return ar[i] < br[i];
            if (al || bl) return v3 && digits ? al : bl;
            long an = 0, bn = 0;
            int ai, bi;
            if (ar[i] == '0' || br[i] == '0') {
                for (int j = i - 1; j >= 0 && Character.isDigit(ar[j]); j--) {
                    if (ar[j] != '0') {
                        an = 1;
                        bn = 1;
                        break;
                    }
                }
            }
            for (ai = i; ai < ar.length && Character.isDigit(ar[ai]); ai++) an = an * 10 + (ar[ai] - '0');
            for (bi = i; bi < br.length && Character.isDigit(br[bi]); bi++) bn = bn * 10 + (br[bi] - '0');
            if (an != bn) return an < bn;
            if (ai != bi) return ai < bi;
            return ar[i] < br[i];
        }
        return ar.length < br.length;
    }

    static int compareCodePoints(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i), y = b.charAt(i);
            if (x != y) {
                // UTF-16 order differs from code point order only between surrogates and U+E000..U+FFFF.
                boolean xs = Character.isSurrogate(x), ys = Character.isSurrogate(y);
                if (xs != ys) return xs ? 1 : -1;
                return x - y;
            }
        }
        return a.length() - b.length();
    }
}
