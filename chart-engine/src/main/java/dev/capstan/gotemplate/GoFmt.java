package dev.capstan.gotemplate;

/**
 * Go's {@code fmt} for the value model: {@code Sprint}, {@code Sprintf}, {@code Sprintln} and
 * {@code strconv.FormatFloat}. OWNER: the gotemplate work, which replaces these bodies with the
 * exact implementation; the signatures are the contract other packages call.
 */
public final class GoFmt {
    private GoFmt() {
    }

    /** {@code fmt.Sprint}: operands in %v, a space between two operands when neither is a string. */
    public static String sprint(Object... args) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < args.length; i++) {
            if (i > 0 && !(args[i] instanceof String) && !(args[i - 1] instanceof String)) sb.append(' ');
            sb.append(formatValue(args[i]));
        }
        return sb.toString();
    }

    /** {@code fmt.Sprintln}: operands in %v, always space-separated, then a newline. */
    public static String sprintln(Object... args) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < args.length; i++) {
            if (i > 0) sb.append(' ');
            sb.append(formatValue(args[i]));
        }
        return sb.append('\n').toString();
    }

    /** {@code fmt.Sprintf} with Go's verbs and flags. */
    public static String sprintf(String format, Object... args) {
        throw new UnsupportedOperationException("GoFmt.sprintf arrives with the interpreter");
    }

    /** One value in {@code %v}: floats as {@code strconv.FormatFloat(f,'g',-1,64)}, maps with sorted keys. */
    public static String formatValue(Object v) {
        if (v == null) return "<nil>";
        if (v instanceof Double d) return formatFloat(d, 'g', -1);
        if (v instanceof GoObject o) return o.goString();
        return String.valueOf(v);
    }

    /** {@code strconv.FormatFloat(f, fmt, prec, 64)} for fmt in {@code e E f g G}. */
    public static String formatFloat(double f, char fmt, int prec) {
        throw new UnsupportedOperationException("GoFmt.formatFloat arrives with the interpreter");
    }
}
