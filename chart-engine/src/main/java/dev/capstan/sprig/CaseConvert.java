package dev.capstan.sprig;

import dev.capstan.gotemplate.GoText;

/**
 * Word-case conversions with the semantics of huandu/xstrings v1.5.0 (the version Helm 4.1.4
 * links): ToSnakeCase / ToKebabCase split a string into typed words (upper-case run, alphabetic,
 * number, connector, punctuation, other) and join them with a connector; ToPascalCase upper-cases
 * the rune after each connector. Strings here are Java strings, so there are no invalid runes.
 */
final class CaseConvert {
    private CaseConvert() {
    }

    private enum WordType { INVALID, NUMBER, UPPER, ALPHABET, CONNECTOR, PUNCT, OTHER }

    private record Word(WordType type, String word, String remaining) {
    }

    static boolean isConnector(int r) {
        return r == '-' || r == '_' || GoText.isSpace(r);
    }

    /** A letter that is not a CJK ideograph. */
    static boolean isAlphabet(int r) {
        if (!Character.isLetter(r)) return false;
        if (r < 0x3400) return true;
        if (r >= 0x4E00 && r <= 0x9FCC) return false;
        if (r >= 0x3400 && r <= 0x4D85) return false;
        return !(r >= 0x20000 && r <= 0x2B81D);
    }

    static String toSnakeCase(String s) {
        return toLowerCase(s, '_');
    }

    static String toKebabCase(String s) {
        return toLowerCase(s, '-');
    }

    private static Word nextWord(String str) {
        if (str.isEmpty()) return new Word(WordType.INVALID, "", "");
        int r = str.codePointAt(0);
        int size = Character.charCount(r);
        int offset = size;
        WordType wt;
        if (isConnector(r)) {
            wt = WordType.CONNECTOR;
            while (offset < str.length()) {
                int c = str.codePointAt(offset);
                if (!isConnector(c)) break;
                offset += Character.charCount(c);
            }
        } else if (GoStrings.isPunct(r)) {
            wt = WordType.PUNCT;
            while (offset < str.length()) {
                int c = str.codePointAt(offset);
                if (!GoStrings.isPunct(c)) break;
                offset += Character.charCount(c);
            }
        } else if (GoStrings.isUpper(r)) {
            wt = WordType.UPPER;
            if (offset < str.length()) {
                int c = str.codePointAt(offset);
                if (GoStrings.isUpper(c)) {
                    int prevSize = Character.charCount(c);
                    offset += prevSize;
                    int last = c;
                    boolean more = false;
                    while (offset < str.length()) {
                        last = str.codePointAt(offset);
                        if (!GoStrings.isUpper(last)) {
                            more = true;
                            break;
                        }
                        prevSize = Character.charCount(last);
                        offset += prevSize;
                    }
                    // "HTTPStatus": the S belongs to the next word.
                    if (more && isAlphabet(last)) offset -= prevSize;
                } else if (isAlphabet(c)) {
                    offset += Character.charCount(c);
                    while (offset < str.length()) {
                        int d = str.codePointAt(offset);
                        if (!isAlphabet(d) || GoStrings.isUpper(d)) break;
                        offset += Character.charCount(d);
                    }
                }
            }
        } else if (isAlphabet(r)) {
            wt = WordType.ALPHABET;
            while (offset < str.length()) {
                int c = str.codePointAt(offset);
                if (!isAlphabet(c) || GoStrings.isUpper(c)) break;
                offset += Character.charCount(c);
            }
        } else if (GoStrings.isNumber(r)) {
            wt = WordType.NUMBER;
            while (offset < str.length()) {
                int c = str.codePointAt(offset);
                if (!GoStrings.isNumber(c)) break;
                offset += Character.charCount(c);
            }
        } else {
            wt = WordType.OTHER;
            while (offset < str.length()) {
                int c = str.codePointAt(offset);
                if (isConnector(c) || isAlphabet(c) || GoStrings.isNumber(c) || GoStrings.isPunct(c)) break;
                offset += Character.charCount(c);
            }
        }
        return new Word(wt, str.substring(0, offset), str.substring(offset));
    }

    private static void lower(StringBuilder buf, WordType wt, String str, char connector) {
        if (wt != WordType.UPPER && wt != WordType.CONNECTOR) {
            buf.append(str);
            return;
        }
        for (int i = 0; i < str.length(); ) {
            int r = str.codePointAt(i);
            i += Character.charCount(r);
            if (isConnector(r)) buf.append(connector);
            else if (GoStrings.isUpper(r)) buf.appendCodePoint(GoStrings.toLower(r));
            else buf.appendCodePoint(r);
        }
    }

    private static String toLowerCase(String str, char connector) {
        if (str.isEmpty()) return "";
        StringBuilder buf = new StringBuilder();
        Word w = nextWord(str);
        while (!w.remaining.isEmpty()) {
            if (w.type != WordType.CONNECTOR) lower(buf, w.type, w.word, connector);
            WordType prev = w.type;
            String last = w.word;
            w = nextWord(w.remaining);
            switch (prev) {
                case NUMBER -> {
                    while (w.type == WordType.ALPHABET || w.type == WordType.NUMBER) {
                        lower(buf, w.type, w.word, connector);
                        w = nextWord(w.remaining);
                    }
                    if (w.type != WordType.INVALID && w.type != WordType.PUNCT && w.type != WordType.CONNECTOR) {
                        buf.append(connector);
                    }
                }
                case CONNECTOR -> lower(buf, prev, last, connector);
                case PUNCT -> {
                }
                default -> {
                    if (w.type != WordType.NUMBER) {
                        if (w.type != WordType.CONNECTOR && w.type != WordType.PUNCT) buf.append(connector);
                        break;
                    }
                    if (w.remaining.isEmpty()) break;
                    String num = w.word;
                    w = nextWord(w.remaining);
                    // A number followed by a non-letter stays with the previous word: "Bld4Floor" -> "bld4_floor".
                    if (w.type != WordType.ALPHABET) {
                        lower(buf, WordType.NUMBER, num, connector);
                        if (w.type != WordType.CONNECTOR && w.type != WordType.PUNCT) buf.append(connector);
                        break;
                    }
                    // Letters after the number start a new word: "HTTP2xx" -> "http_2xx".
                    buf.append(connector);
                    lower(buf, WordType.NUMBER, num, connector);
                    while (w.type == WordType.ALPHABET || w.type == WordType.NUMBER) {
                        lower(buf, w.type, w.word, connector);
                        w = nextWord(w.remaining);
                    }
                    if (w.type != WordType.INVALID && w.type != WordType.CONNECTOR && w.type != WordType.PUNCT) {
                        buf.append(connector);
                    }
                }
            }
        }
        lower(buf, w.type, w.word, connector);
        return buf.toString();
    }

    /** xstrings.ToPascalCase (sprig's camelcase). */
    static String toPascalCase(String str) {
        if (str.isEmpty()) return "";
        StringBuilder buf = new StringBuilder();
        int i = 0;
        int r0 = 0;
        boolean firstUpper = false;
        while (i < str.length()) {
            r0 = str.codePointAt(i);
            i += Character.charCount(r0);
            if (!isConnector(r0)) {
                firstUpper = GoStrings.isUpper(r0);
                r0 = GoStrings.toUpper(r0);
                break;
            }
            buf.appendCodePoint(r0);
        }
        if (i >= str.length()) {
            // xstrings writes the last rune again even when it was a connector: "_" becomes "__".
            buf.appendCodePoint(r0);
            return buf.toString();
        }
        while (i < str.length()) {
            int r1 = r0;
            r0 = str.codePointAt(i);
            i += Character.charCount(r0);
            if (isConnector(r0) && isConnector(r1)) {
                buf.appendCodePoint(r1);
                continue;
            }
            if (isConnector(r1)) {
                firstUpper = GoStrings.isUpper(r0);
                r0 = GoStrings.toUpper(r0);
            } else {
                if (firstUpper) {
                    if (GoStrings.isUpper(r0)) r0 = GoStrings.toLower(r0);
                    else firstUpper = false;
                }
                buf.appendCodePoint(r1);
            }
        }
        buf.appendCodePoint(r0);
        return buf.toString();
    }
}
