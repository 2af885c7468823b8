package dev.capstan.gotemplate;

/**
 * Go's {@code fmt} for the value model: {@code Sprint}, {@code Sprintf}, {@code Sprintln} and
 * {@code strconv.FormatFloat} / {@code strconv.Quote}. Verbs, flags, width, precision, argument
 * indexes and the error forms ({@code %!d(string=x)}, {@code %!d(MISSING)},
 * {@code %!(EXTRA int=1)}) follow Go 1.25; maps print with sorted keys.
 */
public final class GoFmt {
    private GoFmt() {
    }

    /** {@code fmt.Sprint}: operands in %v, a space between two operands when neither is a string. */
    public static String sprint(Object... args) {
        GoPrinter p = new GoPrinter();
        p.doPrint(args == null ? new Object[] {null} : args);
        return p.buf.toString();
    }

    /** {@code fmt.Sprintln}: operands in %v, always space-separated, then a newline. */
    public static String sprintln(Object... args) {
        GoPrinter p = new GoPrinter();
        p.doPrintln(args == null ? new Object[] {null} : args);
        return p.buf.toString();
    }

    /** {@code fmt.Sprintf} with Go's verbs and flags. A null array (one untyped null argument) is one nil operand. */
    public static String sprintf(String format, Object... args) {
        GoPrinter p = new GoPrinter();
        p.doPrintf(format, args == null ? new Object[] {null} : args);
        return p.buf.toString();
    }

    /** One value in {@code %v}: floats as {@code strconv.FormatFloat(f,'g',-1,64)}, maps with sorted keys. */
    public static String formatValue(Object v) {
        if (v instanceof String s) return s;
        if (v == null) return "<nil>";
        if (v instanceof Double d) return GoFloat.format(d, 'g', -1);
        if (v instanceof Integer || v instanceof Long) return v.toString();
        if (v instanceof Boolean b) return b ? "true" : "false";
        GoPrinter p = new GoPrinter();
        p.printArg(v, 'v');
        return p.buf.toString();
    }

    /** {@code strconv.FormatFloat(f, fmt, prec, 64)} for fmt in {@code b e E f g G x X}; prec -1 = shortest. */
    public static String formatFloat(double f, char fmt, int prec) {
        if (fmt == 'x' || fmt == 'X') return GoFloatHex.format(f, fmt, prec);
        return GoFloat.format(f, fmt, prec);
    }

    /** {@code strconv.Quote}. */
    public static String quote(String s) {
        return GoQuote.quote(s, false);
    }

    /** {@code strconv.QuoteToASCII}. */
    public static String quoteToAscii(String s) {
        return GoQuote.quote(s, true);
    }

    /** {@code strconv.QuoteRune}. */
    public static String quoteRune(int r) {
        return GoQuote.quoteRune(r, false);
    }

    /** Go's {@code unicode.IsPrint}. */
    public static boolean isPrint(int r) {
        return GoQuote.isPrint(r);
    }
}
