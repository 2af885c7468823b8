package dev.capstan.yaml;

import dev.capstan.gotemplate.GoText;

/**
 * The block-style YAML writer of libyaml as go-yaml carries it ({@code emitterc.go}), reduced to
 * what the Go encoders produce: block mappings and sequences, empty collections as {@code {}} and
 * {@code []}, and scalars in plain, single-quoted, double-quoted or literal style. The scalar
 * analysis, the style fallbacks, the indentation rules and the line folding follow libyaml's
 * state machine step by step so that the bytes match; only events, tags, anchors and comments
 * (which the encoders never produce) are left out.
 *
 * <p>Columns count code points, as libyaml counts characters. Not thread-safe; one instance
 * writes one document.
 */
final class YamlEmitter {
    static final int PLAIN = 1;
    static final int SINGLE = 2;
    static final int DOUBLE = 3;
    static final int LITERAL = 4;

    private static final int BEST_INDENT = 2;
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final StringBuilder out;
    private final int bestWidth;
    /** go-yaml v3 differences: sequences are indented under their key, tabs do not block literals. */
    private final boolean v3;

    private int column;
    private int indent = -1;
    private boolean whitespace = true;
    private boolean indention = true;

    // Result of the last analyze() call (libyaml's scalar_data).
    private boolean multiline;
    // Computed as libyaml does; only read for flow collections, which the encoders never fill.
    private boolean flowPlainAllowed;
    private boolean blockPlainAllowed;
    private boolean singleQuotedAllowed;
    private boolean blockAllowed;

    YamlEmitter(StringBuilder out, boolean v3) {
        this.out = out;
        this.v3 = v3;
        // v2 wraps at 80 columns; v3 is created with an unlimited width.
        this.bestWidth = v3 ? Integer.MAX_VALUE : 80;
    }

    // ---- structure -------------------------------------------------------------------------

    /** Ends the (implicit) document: a line break unless the output already ends a line. */
    void endDocument() {
        writeIndent();
    }

    /** Opens a non-empty block mapping; returns the indentation to restore in {@link #endBlock}. */
    int beginBlockMapping() {
        int saved = indent;
        indent = indent < 0 ? 0 : indent + BEST_INDENT;
        return saved;
    }

    /**
     * Writes a mapping key in the style the encoder asks for: as a simple key ({@code key:}) when
     * it is one line of at most 128 bytes, otherwise as a complex key ({@code ? key} then {@code :}).
     */
    void key(String key, int keyStyle) {
        writeIndent();
        analyze(key);
        boolean simple = !multiline && GoText.utf8Length(key) <= 128;
        if (simple) {
            scalarAnalyzed(key, keyStyle, true);
            writeIndicator(":", false, false, false);
        } else {
            writeIndicator("?", true, false, true);
            scalarAnalyzed(key, keyStyle, false);
            writeIndent();
            writeIndicator(":", true, false, true);
        }
    }

    /** Opens a non-empty block sequence in the given context. */
    int beginBlockSequence(boolean mappingContext) {
        int saved = indent;
        boolean indentless = !v3 && mappingContext && !indention;
        if (indent < 0) indent = 0;
        else if (!indentless) indent += BEST_INDENT;
        return saved;
    }

    void sequenceItem() {
        writeIndent();
        writeIndicator("-", true, false, true);
    }

    void endBlock(int savedIndent) {
        indent = savedIndent;
    }

    void emptyMapping() {
        writeIndicator("{", true, true, false);
        writeIndicator("}", false, false, false);
    }

    void emptySequence() {
        writeIndicator("[", true, true, false);
        writeIndicator("]", false, false, false);
    }

    /** A scalar as a node value (not a key). */
    void scalar(String value, int style) {
        analyze(value);
        scalarAnalyzed(value, style, false);
    }

    // ---- scalars ---------------------------------------------------------------------------

    private void scalarAnalyzed(String value, int requested, boolean simpleKey) {
        int style = selectStyle(value, requested, simpleKey);
        int saved = indent;
        indent = indent < 0 ? BEST_INDENT : indent + BEST_INDENT;
        switch (style) {
            case PLAIN -> writePlain(value, !simpleKey);
            case SINGLE -> writeSingleQuoted(value, !simpleKey);
            case DOUBLE -> writeDoubleQuoted(value, !simpleKey);
            default -> writeLiteral(value);
        }
        indent = saved;
    }

    private int selectStyle(String value, int style, boolean simpleKey) {
        if (simpleKey && multiline) style = DOUBLE;
        if (style == PLAIN) {
            if (!blockPlainAllowed) style = SINGLE;
            if (value.isEmpty() && simpleKey) style = SINGLE;
        }
        if (style == SINGLE && !singleQuotedAllowed) style = DOUBLE;
        if (style == LITERAL && (!blockAllowed || simpleKey)) style = DOUBLE;
        return style;
    }

    /** libyaml's yaml_emitter_analyze_scalar. */
    private void analyze(String value) {
        int n = value.length();
        if (n == 0) {
            multiline = false;
            flowPlainAllowed = false;
            blockPlainAllowed = true;
            singleQuotedAllowed = true;
            blockAllowed = false;
            return;
        }
        boolean blockIndicators = false, flowIndicators = false, lineBreaks = false, special = false, tabs = false;
        boolean leadingSpace = false, leadingBreak = false, trailingSpace = false, trailingBreak = false;
        boolean breakSpace = false, spaceBreak = false;
        boolean previousSpace = false, previousBreak = false;

        if (value.startsWith("---") || value.startsWith("...")) {
            blockIndicators = true;
            flowIndicators = true;
        }
        boolean precededByWhitespace = true;
        for (int i = 0; i < n; ) {
            int c = value.codePointAt(i);
            int next = i + Character.charCount(c);
            boolean followedByWhitespace = next >= n || isBlank(value.charAt(next));
            if (i == 0) {
                switch (c) {
                    case '#', ',', '[', ']', '{', '}', '&', '*', '!', '|', '>', '\'', '"', '%', '@', '`' -> {
                        flowIndicators = true;
                        blockIndicators = true;
                    }
                    case '?', ':' -> {
                        flowIndicators = true;
                        if (followedByWhitespace) blockIndicators = true;
                    }
                    case '-' -> {
                        if (followedByWhitespace) {
                            flowIndicators = true;
                            blockIndicators = true;
                        }
                    }
                    default -> {
                    }
                }
            } else {
                switch (c) {
                    case ',', '?', '[', ']', '{', '}' -> flowIndicators = true;
                    case ':' -> {
                        flowIndicators = true;
                        if (followedByWhitespace) blockIndicators = true;
                    }
                    case '#' -> {
                        if (precededByWhitespace) {
                            flowIndicators = true;
                            blockIndicators = true;
                        }
                    }
                    default -> {
                    }
                }
            }
            if (v3 && c == '\t') tabs = true;
            else if (!isPrintable(c)) special = true;

            if (c == ' ') {
                if (i == 0) leadingSpace = true;
                if (next == n) trailingSpace = true;
                if (previousBreak) breakSpace = true;
                previousSpace = true;
                previousBreak = false;
            } else if (isBreak(c)) {
                lineBreaks = true;
                if (i == 0) leadingBreak = true;
                if (next == n) trailingBreak = true;
                if (previousSpace) spaceBreak = true;
                previousSpace = false;
                previousBreak = true;
            } else {
                previousSpace = false;
                previousBreak = false;
            }
            precededByWhitespace = isBlank(c) || isBreak(c) || c == 0;
            i = next;
        }

        multiline = lineBreaks;
        flowPlainAllowed = true;
        blockPlainAllowed = true;
        singleQuotedAllowed = true;
        blockAllowed = true;
        if (leadingSpace || leadingBreak || trailingSpace || trailingBreak) {
            flowPlainAllowed = false;
            blockPlainAllowed = false;
        }
        if (trailingSpace) blockAllowed = false;
        if (breakSpace) {
            flowPlainAllowed = false;
            blockPlainAllowed = false;
            singleQuotedAllowed = false;
        }
        if (spaceBreak || tabs || special) {
            flowPlainAllowed = false;
            blockPlainAllowed = false;
            singleQuotedAllowed = false;
        }
        if (spaceBreak || special) blockAllowed = false;
        if (lineBreaks) {
            flowPlainAllowed = false;
            blockPlainAllowed = false;
        }
        if (flowIndicators) flowPlainAllowed = false;
        if (blockIndicators) blockPlainAllowed = false;
    }

    private void writePlain(String value, boolean allowBreaks) {
        if (!whitespace && !value.isEmpty()) put(' ');
        boolean spaces = false, breaks = false;
        int n = value.length();
        for (int i = 0; i < n; ) {
            int c = value.codePointAt(i);
            int next = i + Character.charCount(c);
            if (c == ' ') {
                if (allowBreaks && !spaces && column > bestWidth && !(next < n && value.charAt(next) == ' ')) {
                    writeIndent();
                } else {
                    write(c);
                }
                spaces = true;
            } else if (isBreak(c)) {
                if (!breaks && c == '\n') putBreak();
                writeBreak(c);
                indention = true;
                breaks = true;
            } else {
                if (breaks) writeIndent();
                write(c);
                indention = false;
                spaces = false;
                breaks = false;
            }
            i = next;
        }
        if (!value.isEmpty()) whitespace = false;
        indention = false;
    }

    private void writeSingleQuoted(String value, boolean allowBreaks) {
        writeIndicator("'", true, false, false);
        boolean spaces = false, breaks = false;
        int n = value.length();
        for (int i = 0; i < n; ) {
            int c = value.codePointAt(i);
            int next = i + Character.charCount(c);
            if (c == ' ') {
                if (allowBreaks && !spaces && column > bestWidth && i > 0 && next < n && value.charAt(next) != ' ') {
                    writeIndent();
                } else {
                    write(c);
                }
                spaces = true;
            } else if (isBreak(c)) {
                if (!breaks && c == '\n') putBreak();
                writeBreak(c);
                indention = true;
                breaks = true;
            } else {
                if (breaks) writeIndent();
                if (c == '\'') put('\'');
                write(c);
                indention = false;
                spaces = false;
                breaks = false;
            }
            i = next;
        }
        writeIndicator("'", false, false, false);
        whitespace = false;
        indention = false;
    }

    private void writeDoubleQuoted(String value, boolean allowBreaks) {
        boolean spaces = false;
        writeIndicator("\"", true, false, false);
        // libyaml's is_bom looks at the start of the value, not at the current character.
        boolean bom = value.startsWith("\uFEFF");
        int n = value.length();
        for (int i = 0; i < n; ) {
            int c = value.codePointAt(i);
            int next = i + Character.charCount(c);
            if (!isPrintable(c) || bom || isBreak(c) || c == '"' || c == '\\') {
                put('\\');
                switch (c) {
                    case 0x00 -> put('0');
                    case 0x07 -> put('a');
                    case 0x08 -> put('b');
                    case 0x09 -> put('t');
                    case 0x0A -> put('n');
                    case 0x0B -> put('v');
                    case 0x0C -> put('f');
                    case 0x0D -> put('r');
                    case 0x1B -> put('e');
                    case 0x22 -> put('"');
                    case 0x5C -> put('\\');
                    case 0x85 -> put('N');
                    case 0xA0 -> put('_');
                    case 0x2028 -> put('L');
                    case 0x2029 -> put('P');
                    default -> {
                        int w;
                        if (c <= 0xFF) {
                            put('x');
                            w = 2;
                        } else if (c <= 0xFFFF) {
                            put('u');
                            w = 4;
                        } else {
                            put('U');
                            w = 8;
                        }
                        for (int k = (w - 1) * 4; k >= 0; k -= 4) put(HEX[(c >> k) & 0xF]);
                    }
                }
                spaces = false;
            } else if (c == ' ') {
                if (allowBreaks && !spaces && column > bestWidth && i > 0 && next < n) {
                    writeIndent();
                    if (value.charAt(next) == ' ') put('\\');
                } else {
                    write(c);
                }
                spaces = true;
            } else {
                write(c);
                spaces = false;
            }
            i = next;
        }
        writeIndicator("\"", false, false, false);
        whitespace = false;
        indention = false;
    }

    private void writeLiteral(String value) {
        writeIndicator("|", true, false, false);
        // Block scalar hints: an explicit indentation when the text starts with a space or break,
        // and the chomping indicator from the trailing breaks.
        int n = value.length();
        if (n > 0) {
            int first = value.codePointAt(0);
            if (first == ' ' || isBreak(first)) writeIndicator(String.valueOf((char) ('0' + BEST_INDENT)), false, false, false);
        }
        String chomp = null;
        if (n == 0) {
            chomp = "-";
        } else {
            int lastStart = value.offsetByCodePoints(n, -1);
            if (!isBreak(value.codePointAt(lastStart))) {
                chomp = "-";
            } else if (lastStart == 0) {
                chomp = "+";
            } else {
                int prevStart = value.offsetByCodePoints(lastStart, -1);
                if (isBreak(value.codePointAt(prevStart))) chomp = "+";
            }
        }
        if (chomp != null) writeIndicator(chomp, false, false, false);
        putBreak();
        indention = true;
        whitespace = true;
        boolean breaks = true;
        for (int i = 0; i < n; ) {
            int c = value.codePointAt(i);
            if (isBreak(c)) {
                writeBreak(c);
                indention = true;
                breaks = true;
            } else {
                if (breaks) writeIndent();
                write(c);
                indention = false;
                breaks = false;
            }
            i += Character.charCount(c);
        }
    }

    // ---- low-level writers -----------------------------------------------------------------

    private void writeIndent() {
        int ind = Math.max(indent, 0);
        if (!indention || column > ind || (column == ind && !whitespace)) putBreak();
        while (column < ind) put(' ');
        whitespace = true;
        indention = true;
    }

    private void writeIndicator(String indicator, boolean needWhitespace, boolean isWhitespace, boolean isIndention) {
        if (needWhitespace && !whitespace) put(' ');
        out.append(indicator);
        column += indicator.length();
        whitespace = isWhitespace;
        indention = indention && isIndention;
    }

    private void put(char c) {
        out.append(c);
        column++;
    }

    private void write(int c) {
        out.appendCodePoint(c);
        column++;
    }

    private void putBreak() {
        out.append('\n');
        column = 0;
    }

    private void writeBreak(int c) {
        if (c == '\n') {
            putBreak();
        } else {
            out.appendCodePoint(c);
            column = 0;
        }
    }

    // ---- character classes (yamlprivateh.go) -----------------------------------------------

    private static boolean isBlank(int c) {
        return c == ' ' || c == '\t';
    }

    private static boolean isBreak(int c) {
        return c == '\r' || c == '\n' || c == 0x85 || c == 0x2028 || c == 0x2029;
    }

    /** libyaml's is_printable: four-byte characters (above U+FFFF) count as not printable. */
    private static boolean isPrintable(int c) {
        return c == 0x0A
                || (c >= 0x20 && c <= 0x7E)
                || (c >= 0xA0 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF);
    }
}
