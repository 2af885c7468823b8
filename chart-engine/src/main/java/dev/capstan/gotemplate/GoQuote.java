package dev.capstan.gotemplate;

/** {@code strconv.Quote}, {@code QuoteToASCII}, {@code QuoteRune}, {@code CanBackquote} and {@code IsPrint}. */
final class GoQuote {
    private GoQuote() {
    }

    static final int RUNE_ERROR = 0xFFFD;
    static final int MAX_RUNE = 0x10FFFF;

    static String quote(String s, boolean asciiOnly) {
        StringBuilder sb = new StringBuilder(s.length() + 2);
        sb.append('"');
        for (int i = 0; i < s.length(); ) {
            int r = s.codePointAt(i);
            i += Character.charCount(r);
            if (r >= 0xD800 && r <= 0xDFFF) r = RUNE_ERROR;
            appendEscaped(sb, r, '"', asciiOnly);
        }
        return sb.append('"').toString();
    }

    static String quoteRune(int r, boolean asciiOnly) {
        if (r < 0 || r > MAX_RUNE || (r >= 0xD800 && r <= 0xDFFF)) r = RUNE_ERROR;
        StringBuilder sb = new StringBuilder(8).append('\'');
        appendEscaped(sb, r, '\'', asciiOnly);
        return sb.append('\'').toString();
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private static void appendEscaped(StringBuilder sb, int r, char quote, boolean asciiOnly) {
        if (r == quote || r == '\\') {
            sb.append('\\').appendCodePoint(r);
            return;
        }
        if (asciiOnly) {
            if (r < 0x80 && isPrint(r)) {
                sb.append((char) r);
                return;
            }
        } else if (isPrint(r)) {
            sb.appendCodePoint(r);
            return;
        }
        switch (r) {
            case 7 -> sb.append("\\a");
            case '\b' -> sb.append("\\b");
            case '\f' -> sb.append("\\f");
            case '\n' -> sb.append("\\n");
            case '\r' -> sb.append("\\r");
            case '\t' -> sb.append("\\t");
            case 11 -> sb.append("\\v");
            default -> {
                if (r < ' ' || r == 0x7f) {
                    sb.append("\\x").append(HEX[r >> 4]).append(HEX[r & 0xF]);
                } else if (r < 0x10000) {
                    sb.append("\\u");
                    for (int s = 12; s >= 0; s -= 4) sb.append(HEX[(r >> s) & 0xF]);
                } else {
                    sb.append("\\U");
                    for (int s = 28; s >= 0; s -= 4) sb.append(HEX[(r >> s) & 0xF]);
                }
            }
        }
    }

    /** Go's unicode.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space. */
    static boolean isPrint(int r) {
        if (r < 0x80) return r >= 0x20 && r < 0x7f;
        if (r == 0xAD) return false;
        switch (Character.getType(r)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.NON_SPACING_MARK,
                    Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER, Character.CONNECTOR_PUNCTUATION,
                    Character.DASH_PUNCTUATION, Character.START_PUNCTUATION, Character.END_PUNCTUATION,
                    Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
                    Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL:
                return true;
            default:
                return false;
        }
    }

    static boolean canBackquote(String s) {
        for (int i = 0; i < s.length(); ) {
            int r = s.codePointAt(i);
            i += Character.charCount(r);
            if (r >= 0xD800 && r <= 0xDFFF) return false;
            if (r >= 0x80) {
                if (r == 0xFEFF) return false;
                continue;
            }
            if ((r < ' ' && r != '\t') || r == '`' || r == 0x7f) return false;
        }
        return true;
    }
}
