package dev.capstan.gotemplate;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One {@code fmt} print operation (Go's {@code pp} plus {@code fmt}): flags, verbs and values. */
final class GoPrinter {
    private static final String LDIGITS = "0123456789abcdefx";
    private static final String UDIGITS = "0123456789ABCDEFX";

    /** A byte of a {@code []byte} printed element-wise: Go's {@code uint8}. */
    private record U8(int v) {
    }

    final StringBuilder buf = new StringBuilder();

    private boolean widPresent, precPresent, minus, plus, sharp, space, zero, plusV, sharpV;
    private int wid, prec;
    private Object arg;
    private boolean erroring;

    private boolean reordered, goodArgNum;

    private void clearFlags() {
        widPresent = precPresent = minus = plus = sharp = space = zero = plusV = sharpV = false;
        wid = prec = 0;
    }

    // ---- Print / Println -------------------------------------------------------------------

    void doPrint(Object[] a) {
        boolean prevString = false;
        for (int i = 0; i < a.length; i++) {
            Object x = a[i];
            boolean isString = x instanceof String;
            if (i > 0 && !isString && !prevString) buf.append(' ');
            clearFlags();
            printArg(x, 'v');
            prevString = isString;
        }
    }

    void doPrintln(Object[] a) {
        for (int i = 0; i < a.length; i++) {
            if (i > 0) buf.append(' ');
            clearFlags();
            printArg(a[i], 'v');
        }
        buf.append('\n');
    }

    // ---- Printf ----------------------------------------------------------------------------

    void doPrintf(String format, Object[] a) {
        int end = format.length();
        int argNum = 0;
        boolean afterIndex;
        reordered = false;
        for (int i = 0; i < end; ) {
            goodArgNum = true;
            int lasti = i;
            while (i < end && format.charAt(i) != '%') i++;
            if (i > lasti) buf.append(format, lasti, i);
            if (i >= end) break;
            i++;
            clearFlags();
            flags:
            for (; i < end; i++) {
                switch (format.charAt(i)) {
                    case '#' -> sharp = true;
                    case '0' -> zero = true;
                    case '+' -> plus = true;
                    case '-' -> minus = true;
                    case ' ' -> space = true;
                    default -> {
                        break flags;
                    }
                }
            }
            // argument index
            long r = argNumber(argNum, format, i, a.length);
            argNum = (int) (r >> 33);
            i = (int) ((r >> 1) & 0xFFFFFFFFL);
            afterIndex = (r & 1) != 0;
            // width
            if (i < end && format.charAt(i) == '*') {
                i++;
                Integer w = intFromArg(a, argNum);
                argNum++;
                if (argNum > a.length) argNum = a.length;
                if (w == null) {
                    widPresent = false;
                    buf.append("%!(BADWIDTH)");
                } else {
                    widPresent = true;
                    wid = w;
                    if (wid < 0) {
                        wid = -wid;
                        minus = true;
                        zero = false;
                    }
                }
                afterIndex = false;
            } else {
                int start = i;
                long n = parseNum(format, i, end);
                if (n >= 0) {
                    wid = (int) (n >> 32);
                    widPresent = true;
                    i = (int) (n & 0xFFFFFFFFL);
                    if (afterIndex) goodArgNum = false;
                } else if (n == -2) {
                    i = end;
                } else {
                    i = start;
                }
            }
            // precision
            if (i + 1 < end && format.charAt(i) == '.') {
                i++;
                if (afterIndex) goodArgNum = false;
                r = argNumber(argNum, format, i, a.length);
                argNum = (int) (r >> 33);
                i = (int) ((r >> 1) & 0xFFFFFFFFL);
                afterIndex = (r & 1) != 0;
                if (i < end && format.charAt(i) == '*') {
                    i++;
                    Integer p = intFromArg(a, argNum);
                    argNum++;
                    if (argNum > a.length) argNum = a.length;
                    if (p == null) {
                        precPresent = false;
                        prec = 0;
                        buf.append("%!(BADPREC)");
                    } else {
                        prec = p;
                        precPresent = true;
                        if (prec < 0) {
                            prec = 0;
                            precPresent = false;
                        }
                    }
                    afterIndex = false;
                } else {
                    long n = parseNum(format, i, end);
                    if (n >= 0) {
                        prec = (int) (n >> 32);
                        i = (int) (n & 0xFFFFFFFFL);
                    } else if (n == -2) {
                        prec = 0;
                        i = end;
                    } else {
                        prec = 0;
                    }
                    precPresent = true;
                }
            }
            if (!afterIndex) {
                r = argNumber(argNum, format, i, a.length);
                argNum = (int) (r >> 33);
                i = (int) ((r >> 1) & 0xFFFFFFFFL);
                afterIndex = (r & 1) != 0;
            }
            if (i >= end) {
                buf.append("%!(NOVERB)");
                break;
            }
            int verb = format.codePointAt(i);
            i += Character.charCount(verb);
            if (verb == '%') {
                buf.append('%');
            } else if (!goodArgNum) {
                buf.append("%!").appendCodePoint(verb).append("(BADINDEX)");
            } else if (argNum >= a.length) {
                buf.append("%!").appendCodePoint(verb).append("(MISSING)");
            } else {
                if (verb == 'v') {
                    sharpV = sharp;
                    sharp = false;
                    plusV = plus;
                    plus = false;
                }
                printArg(a[argNum], verb);
                argNum++;
            }
        }
        if (!reordered && argNum < a.length) {
            clearFlags();
            buf.append("%!(EXTRA ");
            for (int k = argNum; k < a.length; k++) {
                if (k > argNum) buf.append(", ");
                Object x = a[k];
                if (x == null) {
                    buf.append("<nil>");
                } else {
                    buf.append(typeName(x)).append('=');
                    printArg(x, 'v');
                }
            }
            buf.append(')');
        }
    }

    /** Packs (argNum, newI, found) as argNum<<33 | newI<<1 | found. */
    private long argNumber(int argNum, String format, int i, int numArgs) {
        if (i >= format.length() || format.charAt(i) != '[') return pack(argNum, i, false);
        reordered = true;
        // parseArgNumber on format[i:]
        int len = format.length() - i;
        int index = 0;
        int w = 1;
        boolean ok = false;
        if (len >= 3) {
            for (int j = i + 1; j < format.length(); j++) {
                if (format.charAt(j) == ']') {
                    long n = parseNum(format, i + 1, j);
                    if (n < 0 || (int) (n & 0xFFFFFFFFL) != j) {
                        index = 0;
                        w = j - i + 1;
                        ok = false;
                    } else {
                        index = (int) (n >> 32) - 1;
                        w = j - i + 1;
                        ok = true;
                    }
                    break;
                }
            }
        }
        if (ok && index >= 0 && index < numArgs) return pack(index, i + w, true);
        goodArgNum = false;
        return pack(argNum, i + w, ok);
    }

    private static long pack(int argNum, int i, boolean found) {
        return ((long) argNum << 33) | ((long) i << 1) | (found ? 1 : 0);
    }

    /** Returns num<<32 | newI, or -1 when no digits, -2 when the number is too large. */
    private static long parseNum(String s, int start, int end) {
        if (start >= end) return -1;
        int num = 0;
        boolean isnum = false;
        int i = start;
        for (; i < end && s.charAt(i) >= '0' && s.charAt(i) <= '9'; i++) {
            if (num > 1_000_000 || num < -1_000_000) return -2;
            num = num * 10 + (s.charAt(i) - '0');
            isnum = true;
        }
        if (!isnum) return -1;
        return ((long) num << 32) | i;
    }

    private static Integer intFromArg(Object[] a, int argNum) {
        if (argNum >= a.length) return null;
        Object x = a[argNum];
        long n;
        if (x instanceof Integer i) n = i;
        else if (x instanceof Long l) n = l;
        else if (x instanceof U8 u) n = u.v;
        else return null;
        if (n > 1_000_000 || n < -1_000_000) return null;
        return (int) n;
    }

    // ---- values ----------------------------------------------------------------------------

    static String typeName(Object x) {
        if (x instanceof U8) return "uint8";
        return GoTypes.typeName(x);
    }

    void printArg(Object a, int verb) {
        this.arg = a;
        if (a == null) {
            if (verb == 'T' || verb == 'v') padString("<nil>");
            else badVerb(verb);
            return;
        }
        if (verb == 'T') {
            fmtS(typeName(a));
            return;
        }
        if (verb == 'p') {
            badVerb(verb);
            return;
        }
        printValue(a, verb, 0);
    }

    private void printValue(Object a, int verb, int depth) {
        if (depth > 0) {
            if (a == null) {
                buf.append(sharpV ? "interface {}(nil)" : "<nil>");
                return;
            }
            this.arg = a;
        }
        if (a instanceof String s) fmtString(s, verb);
        else if (a instanceof Boolean b) fmtBool(b, verb);
        else if (a instanceof Integer i) fmtInteger(i, true, verb);
        else if (a instanceof Long l) fmtInteger(l, true, verb);
        else if (a instanceof Double d) fmtFloat(d, verb);
        else if (a instanceof U8 u) fmtInteger(u.v, false, verb);
        else if (a instanceof byte[] b) fmtBytes(b, verb, depth);
        else if (a instanceof List<?> l) printList(l, verb, depth);
        else if (a instanceof Map<?, ?> m) printMap(m, verb, depth);
        else if (a instanceof GoObject o) printObject(o, verb, depth);
        else if (a instanceof Float f) fmtFloat(f.doubleValue(), verb);
        else if (a instanceof Number n) fmtInteger(n.longValue(), true, verb);
        else fmtString(String.valueOf(a), verb);
    }

    private void printObject(GoObject o, int verb, int depth) {
        if (!erroring && (verb == 'v' || verb == 's' || verb == 'x' || verb == 'X' || verb == 'q')) {
            if (sharpV) {
                buf.append(o.goString());
                return;
            }
            fmtString(o.goString(), verb);
            return;
        }
        Object u = o.underlying();
        if (u != null) {
            printValue(u, verb, depth);
            return;
        }
        if (erroring) {
            buf.append(o.goString());
            return;
        }
        badVerb(verb);
    }

    private void printList(List<?> l, int verb, int depth) {
        if (sharpV) {
            buf.append(typeName(l)).append('{');
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) buf.append(", ");
                printValue(l.get(i), verb, depth + 1);
            }
            buf.append('}');
            return;
        }
        buf.append('[');
        for (int i = 0; i < l.size(); i++) {
            if (i > 0) buf.append(' ');
            printValue(l.get(i), verb, depth + 1);
        }
        buf.append(']');
    }

    private void printMap(Map<?, ?> m, int verb, int depth) {
        List<Object> keys = new ArrayList<>(m.keySet());
        keys.sort(GoPrinter::compareKeys);
        if (sharpV) {
            buf.append(typeName(m)).append('{');
        } else {
            buf.append("map[");
        }
        for (int i = 0; i < keys.size(); i++) {
            if (i > 0) buf.append(sharpV ? ", " : " ");
            Object k = keys.get(i);
            printValue(k, verb, depth + 1);
            buf.append(':');
            printValue(m.get(k), verb, depth + 1);
        }
        buf.append(sharpV ? '}' : ']');
    }

    /** Go's fmtsort for string keys: byte order of UTF-8, which is code point order. */
    static int compareKeys(Object a, Object b) {
        if (a instanceof String s && b instanceof String t) return GoText.compare(s, t);
        return GoText.compare(String.valueOf(a), String.valueOf(b));
    }

    private void badVerb(int verb) {
        erroring = true;
        buf.append("%!").appendCodePoint(verb).append('(');
        if (arg != null) {
            buf.append(typeName(arg)).append('=');
            printArg(arg, 'v');
        } else {
            buf.append("<nil>");
        }
        buf.append(')');
        erroring = false;
    }

    private void fmtBool(boolean v, int verb) {
        if (verb == 't' || verb == 'v') padString(v ? "true" : "false");
        else badVerb(verb);
    }

    private void fmtInteger(long v, boolean signed, int verb) {
        switch (verb) {
            case 'v' -> {
                if (sharpV && !signed) {
                    boolean old = sharp;
                    sharp = true;
                    integer(v, 16, signed, 'v', LDIGITS);
                    sharp = old;
                } else {
                    integer(v, 10, signed, verb, LDIGITS);
                }
            }
            case 'd' -> integer(v, 10, signed, verb, LDIGITS);
            case 'b' -> integer(v, 2, signed, verb, LDIGITS);
            case 'o', 'O' -> integer(v, 8, signed, verb, LDIGITS);
            case 'x' -> integer(v, 16, signed, verb, LDIGITS);
            case 'X' -> integer(v, 16, signed, verb, UDIGITS);
            case 'c' -> fmtC(v);
            case 'q' -> fmtQc(v);
            case 'U' -> fmtUnicode(v);
            default -> badVerb(verb);
        }
    }

    private void integer(long u, int base, boolean signed, int verb, String digits) {
        boolean negative = signed && u < 0;
        if (negative) u = -u;
        if (precPresent && prec == 0 && u == 0) {
            boolean oldZero = zero;
            zero = false;
            writePadding(wid);
            zero = oldZero;
            return;
        }
        int p = 0;
        if (precPresent) {
            p = prec;
        } else if (zero && !minus && widPresent) {
            p = wid;
            if (negative || plus || space) p--;
        }
        char[] b = new char[Math.max(68, p + 8)];
        int i = b.length;
        switch (base) {
            case 10 -> {
                String s = Long.toUnsignedString(u);
                for (int k = s.length() - 1; k >= 0; k--) b[--i] = s.charAt(k);
            }
            case 16 -> {
                do {
                    b[--i] = digits.charAt((int) (u & 0xF));
                    u >>>= 4;
                } while (u != 0);
            }
            case 8 -> {
                do {
                    b[--i] = (char) ('0' + (u & 7));
                    u >>>= 3;
                } while (u != 0);
            }
            default -> {
                do {
                    b[--i] = (char) ('0' + (u & 1));
                    u >>>= 1;
                } while (u != 0);
            }
        }
        while (i > 0 && p > b.length - i) b[--i] = '0';
        if (sharp) {
            switch (base) {
                case 2 -> {
                    b[--i] = 'b';
                    b[--i] = '0';
                }
                case 8 -> {
                    if (b[i] != '0') b[--i] = '0';
                }
                case 16 -> {
                    b[--i] = digits.charAt(16);
                    b[--i] = '0';
                }
                default -> {
                }
            }
        }
        if (verb == 'O') {
            b[--i] = 'o';
            b[--i] = '0';
        }
        if (negative) b[--i] = '-';
        else if (plus) b[--i] = '+';
        else if (space) b[--i] = ' ';
        boolean oldZero = zero;
        zero = false;
        padString(new String(b, i, b.length - i));
        zero = oldZero;
    }

    private void fmtUnicode(long u) {
        StringBuilder s = new StringBuilder("U+");
        String hex = Long.toHexString(u).toUpperCase();
        int p = 4;
        if (precPresent && prec > 4) p = prec;
        for (int k = hex.length(); k < p; k++) s.append('0');
        s.append(hex);
        if (sharp && u >= 0 && u <= GoQuote.MAX_RUNE && GoQuote.isPrint((int) u)) {
            s.append(" '").appendCodePoint((int) u).append('\'');
        }
        boolean oldZero = zero;
        zero = false;
        padString(s.toString());
        zero = oldZero;
    }

    private void fmtC(long c) {
        int r = (c < 0 || c > GoQuote.MAX_RUNE || (c >= 0xD800 && c <= 0xDFFF)) ? GoQuote.RUNE_ERROR : (int) c;
        padString(new String(Character.toChars(r)));
    }

    private void fmtQc(long c) {
        int r = (c < 0 || c > GoQuote.MAX_RUNE) ? GoQuote.RUNE_ERROR : (int) c;
        padString(GoQuote.quoteRune(r, plus));
    }

    private void fmtFloat(double v, int verb) {
        switch (verb) {
            case 'v' -> floatWith(v, 'g', -1);
            case 'b', 'g', 'G' -> floatWith(v, (char) verb, -1);
            case 'x', 'X' -> floatWith(v, (char) verb, -1);
            case 'f', 'e', 'E', 'F' -> floatWith(v, (char) verb, 6);
            default -> badVerb(verb);
        }
    }

    private void floatWith(double v, char verb, int p) {
        if (precPresent) p = prec;
        StringBuilder num = new StringBuilder(32).append('+');
        char f = verb == 'F' ? 'f' : verb;
        if (f == 'x' || f == 'X') {
            num.append(GoFloatHex.format(v, f, p));
        } else {
            GoFloat.append(num, v, f, p);
        }
        int start = 0;
        if (num.charAt(1) == '-' || num.charAt(1) == '+') {
            num.deleteCharAt(0);
        }
        if (space && num.charAt(0) == '+' && !plus) num.setCharAt(0, ' ');
        if (num.charAt(1) == 'I' || num.charAt(1) == 'N') {
            boolean oldZero = zero;
            zero = false;
            if (num.charAt(1) == 'N' && !space && !plus) num.deleteCharAt(0);
            padString(num.toString());
            zero = oldZero;
            return;
        }
        if (sharp && verb != 'b') {
            int digits = 0;
            if (verb == 'v' || verb == 'g' || verb == 'G' || verb == 'x') {
                digits = p;
                if (digits == -1) digits = 6;
            }
            String tail = "";
            boolean hasDecimalPoint = false;
            boolean sawNonzero = false;
            for (int i = 1; i < num.length(); i++) {
                char c = num.charAt(i);
                if (c == '.') {
                    hasDecimalPoint = true;
                } else if (c == 'p' || c == 'P') {
                    tail = num.substring(i);
                    num.setLength(i);
                } else if ((c == 'e' || c == 'E') && verb != 'x' && verb != 'X') {
                    tail = num.substring(i);
                    num.setLength(i);
                } else {
                    if (c != '0') sawNonzero = true;
                    if (sawNonzero) digits--;
                }
            }
            if (!hasDecimalPoint) {
                if (num.length() == 2 && num.charAt(1) == '0') digits--;
                num.append('.');
            }
            while (digits > 0) {
                num.append('0');
                digits--;
            }
            num.append(tail);
        }
        if (plus || num.charAt(0) != '+') {
            if (zero && !minus && widPresent && wid > num.length()) {
                buf.append(num.charAt(0));
                writePadding(wid - num.length());
                buf.append(num, 1, num.length());
                return;
            }
            padString(num.toString());
            return;
        }
        padString(num.substring(1));
    }

    private void fmtString(String s, int verb) {
        switch (verb) {
            case 'v' -> {
                if (sharpV) fmtQ(s);
                else fmtS(s);
            }
            case 's' -> fmtS(s);
            case 'x' -> fmtSbx(s.getBytes(StandardCharsets.UTF_8), LDIGITS);
            case 'X' -> fmtSbx(s.getBytes(StandardCharsets.UTF_8), UDIGITS);
            case 'q' -> fmtQ(s);
            default -> badVerb(verb);
        }
    }

    private void fmtBytes(byte[] v, int verb, int depth) {
        switch (verb) {
            case 'v', 'd' -> {
                if (sharpV) {
                    buf.append("[]byte{");
                    for (int i = 0; i < v.length; i++) {
                        if (i > 0) buf.append(", ");
                        boolean oldSharp = sharp;
                        sharp = true;
                        integer(v[i] & 0xFF, 16, false, 'v', LDIGITS);
                        sharp = oldSharp;
                    }
                    buf.append('}');
                    return;
                }
                buf.append('[');
                for (int i = 0; i < v.length; i++) {
                    if (i > 0) buf.append(' ');
                    integer(v[i] & 0xFF, 10, false, verb, LDIGITS);
                }
                buf.append(']');
            }
            case 's' -> fmtS(new String(v, StandardCharsets.UTF_8));
            case 'x' -> fmtSbx(v, LDIGITS);
            case 'X' -> fmtSbx(v, UDIGITS);
            case 'q' -> fmtQ(new String(v, StandardCharsets.UTF_8));
            default -> {
                buf.append('[');
                for (int i = 0; i < v.length; i++) {
                    if (i > 0) buf.append(' ');
                    printValue(new U8(v[i] & 0xFF), verb, depth + 1);
                }
                buf.append(']');
            }
        }
    }

    private String truncate(String s) {
        if (precPresent) {
            int n = prec;
            for (int i = 0; i < s.length(); ) {
                if (--n < 0) return s.substring(0, i);
                i += Character.charCount(s.codePointAt(i));
            }
        }
        return s;
    }

    private void fmtS(String s) {
        padString(truncate(s));
    }

    private void fmtQ(String s) {
        s = truncate(s);
        if (sharp && GoQuote.canBackquote(s)) padString("`" + s + "`");
        else padString(GoQuote.quote(s, plus));
    }

    private void fmtSbx(byte[] b, String digits) {
        int length = b.length;
        if (precPresent && prec < length) length = prec;
        int width = 2 * length;
        if (width > 0) {
            if (space) {
                if (sharp) width *= 2;
                width += length - 1;
            } else if (sharp) {
                width += 2;
            }
        } else {
            if (widPresent) writePadding(wid);
            return;
        }
        if (widPresent && wid > width && !minus) writePadding(wid - width);
        if (sharp) buf.append('0').append(digits.charAt(16));
        for (int i = 0; i < length; i++) {
            if (space && i > 0) {
                buf.append(' ');
                if (sharp) buf.append('0').append(digits.charAt(16));
            }
            int c = b[i] & 0xFF;
            buf.append(digits.charAt(c >> 4)).append(digits.charAt(c & 0xF));
        }
        if (widPresent && wid > width && minus) writePadding(wid - width);
    }

    private void writePadding(int n) {
        if (n <= 0) return;
        char c = zero && !minus ? '0' : ' ';
        for (int i = 0; i < n; i++) buf.append(c);
    }

    private void padString(String s) {
        if (!widPresent || wid == 0) {
            buf.append(s);
            return;
        }
        int width = wid - s.codePointCount(0, s.length());
        if (!minus) {
            writePadding(width);
            buf.append(s);
        } else {
            buf.append(s);
            writePadding(width);
        }
    }
}
