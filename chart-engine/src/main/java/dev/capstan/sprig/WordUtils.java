package dev.capstan.sprig;

import dev.capstan.gotemplate.GoText;

import java.nio.charset.StandardCharsets;

/**
 * The behaviour of the Masterminds/goutils v1.1.1 helpers that sprig exposes (abbrev, wrap,
 * initials, nospace, swapcase, untitle, rand*). Several of them walk the string byte by byte and
 * treat each byte as a rune, which re-encodes non-ASCII input as Latin-1 characters; that quirk
 * is reproduced on purpose because charts see it.
 */
final class WordUtils {

    private WordUtils() {
    }

    /** goutils.AbbreviateFull; null for goutils' "illegal argument" errors (sprig ignores the error and returns ""). */
    static String abbreviateFull(String str, int offset, int maxWidth) {
        if (str.isEmpty()) return "";
        if (maxWidth < 4) return "";
        int len = GoText.utf8Length(str);
        if (len <= maxWidth) return str;
        if (offset > len) offset = len;
        if (len - offset < maxWidth - 3) offset = len - (maxWidth - 3);
        String marker = "...";
        if (offset <= 4) return GoStrings.slice(str, 0, maxWidth - 3) + marker;
        if (maxWidth < 7) return "";
        if (offset + maxWidth - 3 < len) {
            return marker + abbreviateFull(GoStrings.slice(str, offset, len), 0, maxWidth - 3);
        }
        return marker + GoStrings.slice(str, len - (maxWidth - 3), len);
    }

    /** goutils.DeleteWhiteSpace: bytes read as runes; unchanged input is returned as is. */
    static String deleteWhiteSpace(String str) {
        if (str.isEmpty()) return str;
        byte[] b = str.getBytes(StandardCharsets.UTF_8);
        StringBuilder sb = new StringBuilder();
        int count = 0;
        for (byte x : b) {
            int ch = x & 0xff;
            if (!GoText.isSpace(ch)) {
                sb.appendCodePoint(ch);
                count++;
            }
        }
        return count == b.length ? str : sb.toString();
    }

    /** goutils.Initials with whitespace delimiters; bytes read as runes. */
    static String initials(String str) {
        if (str.isEmpty()) return str;
        byte[] b = str.getBytes(StandardCharsets.UTF_8);
        StringBuilder sb = new StringBuilder();
        boolean lastWasGap = true;
        for (byte x : b) {
            int ch = x & 0xff;
            if (GoText.isSpace(ch)) {
                lastWasGap = true;
            } else if (lastWasGap) {
                sb.appendCodePoint(ch);
                lastWasGap = false;
            }
        }
        return sb.toString();
    }

    /** goutils.Uncapitalize with whitespace delimiters. */
    static String uncapitalize(String str) {
        if (str.isEmpty()) return str;
        StringBuilder sb = new StringBuilder(str.length());
        boolean next = true;
        for (int i = 0; i < str.length(); ) {
            int c = str.codePointAt(i);
            i += Character.charCount(c);
            if (GoText.isSpace(c)) {
                next = true;
            } else if (next) {
                c = GoStrings.toLower(c);
                next = false;
            }
            sb.appendCodePoint(c);
        }
        return sb.toString();
    }

    /** goutils.SwapCase: upper/title to lower, lower to title after whitespace, else to upper. */
    static String swapCase(String str) {
        if (str.isEmpty()) return str;
        StringBuilder sb = new StringBuilder(str.length());
        boolean whitespace = true;
        for (int i = 0; i < str.length(); ) {
            int c = str.codePointAt(i);
            i += Character.charCount(c);
            if (GoStrings.isUpper(c) || GoStrings.isTitle(c)) {
                c = GoStrings.toLower(c);
                whitespace = false;
            } else if (GoStrings.isLower(c)) {
                if (whitespace) {
                    c = GoStrings.toTitle(c);
                    whitespace = false;
                } else {
                    c = GoStrings.toUpper(c);
                }
            } else {
                whitespace = GoText.isSpace(c);
            }
            sb.appendCodePoint(c);
        }
        return sb.toString();
    }

    /** goutils.WrapCustom: byte offsets, words identified by ' '. */
    static String wrap(String str, int wrapLength, String newLine, boolean wrapLongWords) {
        if (str.isEmpty()) return "";
        if (newLine.isEmpty()) newLine = "\n";
        if (wrapLength < 1) wrapLength = 1;
        byte[] s = str.getBytes(StandardCharsets.UTF_8);
        byte[] nl = newLine.getBytes(StandardCharsets.UTF_8);
        int inputLen = s.length;
        int offset = 0;
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        while (inputLen - offset > wrapLength) {
            if (s[offset] == ' ') {
                offset++;
                continue;
            }
            int end = Math.min(wrapLength + offset + 1, inputLen);
            int spaceToWrapAt = lastIndexOfSpace(s, offset, end) + offset;
            if (spaceToWrapAt >= offset) {
                out.write(s, offset, spaceToWrapAt - offset);
                out.writeBytes(nl);
                offset = spaceToWrapAt + 1;
            } else if (wrapLongWords) {
                out.write(s, offset, wrapLength);
                out.writeBytes(nl);
                offset += wrapLength;
            } else {
                int e = wrapLength + offset;
                int index = -1;
                for (int k = e; k < inputLen; k++) {
                    if (s[k] == ' ') {
                        index = k - e;
                        break;
                    }
                }
                if (index == -1) {
                    out.write(s, offset, inputLen - offset);
                    offset = inputLen;
                } else {
                    spaceToWrapAt = index + e;
                    out.write(s, offset, spaceToWrapAt - offset);
                    out.writeBytes(nl);
                    offset = spaceToWrapAt + 1;
                }
            }
        }
        out.write(s, offset, inputLen - offset);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static int lastIndexOfSpace(byte[] s, int from, int to) {
        for (int k = to - 1; k >= from; k--) if (s[k] == ' ') return k - from;
        return -1;
    }

    /**
     * goutils.CryptoRandom over the printable range: ' '..'z' filtered by letters/digits, or
     * 32..126 for ascii. A negative count is an error sprig ignores, giving "".
     */
    static String random(int count, boolean letters, boolean numbers) {
        if (count <= 0) return "";
        int start = ' ';
        int end = 'z' + 1;
        if (!letters && !numbers) end = 127;
        StringBuilder sb = new StringBuilder(count);
        while (sb.length() < count) {
            int c = start + CryptoFunctions.random().nextInt(end - start);
            if (letters && Character.isLetter(c) || numbers && Character.isDigit(c) || !letters && !numbers) {
                sb.append((char) c);
            }
        }
        return sb.toString();
    }
}
