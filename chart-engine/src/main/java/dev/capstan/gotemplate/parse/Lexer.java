package dev.capstan.gotemplate.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Go's text/template lexer with the default delimiters, run to completion in one pass. Trim
 * markers ({@code "{{- "} and {@code " -}}"}) remove the adjacent ASCII whitespace; a lexical error
 * ends the item list with an {@link ItemType#ERROR} item that the parser reports when it reaches it.
 */
final class Lexer {
    private static final String LEFT = "{{";
    private static final String RIGHT = "}}";
    private static final String LEFT_COMMENT = "/*";
    private static final String RIGHT_COMMENT = "*/";

    private final String input;
    private final boolean breakOK;
    private final boolean continueOK;
    private final List<Item> items = new ArrayList<>();
    private int start;
    private int pos;
    private int line = 1;
    private int startLine = 1;
    private int parenDepth;
    private boolean done;

    private Lexer(String input, boolean breakOK, boolean continueOK) {
        this.input = input;
        this.breakOK = breakOK;
        this.continueOK = continueOK;
    }

    static List<Item> lex(String input, boolean breakOK, boolean continueOK) {
        Lexer l = new Lexer(input, breakOK, continueOK);
        l.run();
        return l.items;
    }

    private void run() {
        boolean inside = false;
        while (!done) {
            if (!inside) {
                inside = lexText();
            } else {
                inside = lexInsideAction();
            }
        }
    }

    // ---- helpers --------------------------------------------------------------------------

    private static final int EOF_CH = -1;

    private int next() {
        if (pos >= input.length()) {
            pos = input.length() + 1; // so backup() works symmetrically
            return EOF_CH;
        }
        int r = input.codePointAt(pos);
        pos += Character.charCount(r);
        if (r == '\n') line++;
        return r;
    }

    private void backup() {
        if (pos > input.length()) {
            pos = input.length();
            return;
        }
        int r = input.codePointBefore(pos);
        pos -= Character.charCount(r);
        if (r == '\n') line--;
    }

    private int peek() {
        if (pos >= input.length()) return EOF_CH;
        return input.codePointAt(pos);
    }

    private boolean accept(String valid) {
        int r = next();
        if (r != EOF_CH && valid.indexOf(r) >= 0) return true;
        backup();
        return false;
    }

    private void acceptRun(String valid) {
        while (true) {
            int r = next();
            if (r == EOF_CH || valid.indexOf(r) < 0) {
                backup();
                return;
            }
        }
    }

    private void emit(ItemType t) {
        items.add(new Item(t, start, value(t), startLine));
        start = pos;
        startLine = line;
    }

    /**
     * The item's text. Delimiters and one-blank spaces, about half of all items, share one String
     * instead of a substring each.
     */
    private String value(ItemType t) {
        if (t == ItemType.LEFT_DELIM && pos - start == 2) return LEFT;
        if (t == ItemType.RIGHT_DELIM && pos - start == 2) return RIGHT;
        if (t == ItemType.SPACE && pos - start == 1 && input.charAt(start) == ' ') return " ";
        return input.substring(start, pos);
    }

    private void errorf(String msg) {
        items.add(new Item(ItemType.ERROR, start, msg, startLine));
        done = true;
    }

    /** Advances pos without going through next(): keeps the line count right. */
    private void skip(int n) {
        int end = Math.min(pos + n, input.length());
        for (int i = pos; i < end; i++) if (input.charAt(i) == '\n') line++;
        pos = end;
    }

    static boolean isSpace(int r) {
        return r == ' ' || r == '\t' || r == '\r' || r == '\n';
    }

    static boolean isAlphaNumeric(int r) {
        return r == '_' || Character.isLetter(r) || Character.isDigit(r);
    }

    private boolean hasLeftTrimMarker(int at) {
        return at + 1 < input.length() && input.charAt(at) == '-' && isSpace(input.charAt(at + 1));
    }

    private boolean hasRightTrimMarker(int at) {
        return at + 1 < input.length() && isSpace(input.charAt(at)) && input.charAt(at + 1) == '-';
    }

    /** 0 = not at right delim, 1 = at "}}", 2 = at " -}}". */
    private int atRightDelim() {
        if (hasRightTrimMarker(pos) && input.startsWith(RIGHT, pos + 2)) return 2;
        if (input.startsWith(RIGHT, pos)) return 1;
        return 0;
    }

    private int leftTrimLength(int from) {
        int i = from;
        while (i < input.length() && isSpace(input.charAt(i))) i++;
        return i - from;
    }

    // ---- states ---------------------------------------------------------------------------

    /** Returns true when an action starts. */
    private boolean lexText() {
        int x = input.indexOf(LEFT, pos);
        if (x >= 0) {
            if (x > pos) {
                int delimEnd = x + LEFT.length();
                int textEnd = x;
                if (hasLeftTrimMarker(delimEnd)) {
                    while (textEnd > start && isSpace(input.charAt(textEnd - 1))) textEnd--;
                }
                skip(textEnd - pos);
                if (pos > start) emit(ItemType.TEXT);
                skip(x - pos);
                start = pos;
                startLine = line;
            }
            return lexLeftDelim();
        }
        skip(input.length() - pos);
        if (pos > start) emit(ItemType.TEXT);
        emit(ItemType.EOF);
        done = true;
        return false;
    }

    private boolean lexLeftDelim() {
        skip(LEFT.length());
        boolean trim = hasLeftTrimMarker(pos);
        int after = trim ? 2 : 0;
        if (input.startsWith(LEFT_COMMENT, pos + after)) {
            skip(after);
            start = pos;
            startLine = line;
            return lexComment();
        }
        emit(ItemType.LEFT_DELIM);
        skip(after);
        start = pos;
        startLine = line;
        parenDepth = 0;
        return true;
    }

    private boolean lexComment() {
        skip(LEFT_COMMENT.length());
        int x = input.indexOf(RIGHT_COMMENT, pos);
        if (x < 0) {
            errorf("unclosed comment");
            return false;
        }
        skip(x + RIGHT_COMMENT.length() - pos);
        int d = atRightDelim();
        if (d == 0) {
            errorf("comment ends before closing delimiter");
            return false;
        }
        // comments are dropped (Go's parser discards them unless ParseComments is set)
        skip((d == 2 ? 2 : 0) + RIGHT.length());
        if (d == 2) skip(leftTrimLength(pos));
        start = pos;
        startLine = line;
        return false;
    }

    private boolean lexRightDelim() {
        int d = atRightDelim();
        if (d == 2) {
            skip(2);
            start = pos;
            startLine = line;
        }
        skip(RIGHT.length());
        emit(ItemType.RIGHT_DELIM);
        if (d == 2) {
            skip(leftTrimLength(pos));
            start = pos;
            startLine = line;
        }
        return false;
    }

    /** Returns whether we are still inside the action. */
    private boolean lexInsideAction() {
        int d = atRightDelim();
        if (d != 0) {
            if (parenDepth == 0) return lexRightDelim();
            errorf("unclosed left paren");
            return false;
        }
        int r = next();
        if (r == EOF_CH) {
            errorf("unclosed action");
            return false;
        }
        if (isSpace(r)) {
            backup();
            lexSpace();
            return true;
        }
        switch (r) {
            case '=' -> emit(ItemType.ASSIGN);
            case ':' -> {
                if (next() != '=') {
                    errorf("expected :=");
                    return false;
                }
                emit(ItemType.DECLARE);
            }
            case '|' -> emit(ItemType.PIPE);
            case '"' -> {
                return lexQuote();
            }
            case '`' -> {
                return lexRawQuote();
            }
            case '$' -> {
                return lexVariable();
            }
            case '\'' -> {
                return lexChar();
            }
            case '(' -> {
                parenDepth++;
                emit(ItemType.LEFT_PAREN);
            }
            case ')' -> {
                parenDepth--;
                if (parenDepth < 0) {
                    errorf("unexpected right paren");
                    return false;
                }
                emit(ItemType.RIGHT_PAREN);
            }
            default -> {
                if (r == '.') {
                    if (pos < input.length()) {
                        char c = input.charAt(pos);
                        if (c < '0' || c > '9') return lexFieldOrVariable(ItemType.FIELD);
                    }
                    backup();
                    return lexNumber();
                }
                if (r == '+' || r == '-' || (r >= '0' && r <= '9')) {
                    backup();
                    return lexNumber();
                }
                if (isAlphaNumeric(r)) {
                    backup();
                    return lexIdentifier();
                }
                if (r <= 0x7f && r >= 0x20 && r < 0x7f) {
                    emit(ItemType.CHAR);
                } else {
                    errorf("unrecognized character in action: " + dev.capstan.gotemplate.GoFmt.sprintf("%#U", r));
                    return false;
                }
            }
        }
        return true;
    }

    private void lexSpace() {
        int numSpaces = 0;
        while (isSpace(peek())) {
            next();
            numSpaces++;
        }
        if (hasRightTrimMarker(pos - 1) && input.startsWith(RIGHT, pos - 1 + 2)) {
            backup();
            if (numSpaces == 1) return;
        }
        emit(ItemType.SPACE);
    }

    private boolean lexIdentifier() {
        while (true) {
            int r = next();
            if (r != EOF_CH && isAlphaNumeric(r)) continue;
            backup();
            String word = input.substring(start, pos);
            if (!atTerminator()) {
                errorf("bad character " + dev.capstan.gotemplate.GoFmt.sprintf("%#U", r));
                return false;
            }
            ItemType kw = keyword(word);
            if (kw != null) {
                if ((kw == ItemType.BREAK && !breakOK) || (kw == ItemType.CONTINUE && !continueOK)) {
                    emit(ItemType.IDENTIFIER);
                } else {
                    emit(kw);
                }
            } else if (word.charAt(0) == '.') {
                emit(ItemType.FIELD);
            } else if (word.equals("true") || word.equals("false")) {
                emit(ItemType.BOOL);
            } else {
                emit(ItemType.IDENTIFIER);
            }
            return true;
        }
    }

    private static ItemType keyword(String w) {
        return switch (w) {
            case "." -> ItemType.DOT;
            case "block" -> ItemType.BLOCK;
            case "break" -> ItemType.BREAK;
            case "continue" -> ItemType.CONTINUE;
            case "define" -> ItemType.DEFINE;
            case "else" -> ItemType.ELSE;
            case "end" -> ItemType.END;
            case "if" -> ItemType.IF;
            case "range" -> ItemType.RANGE;
            case "nil" -> ItemType.NIL;
            case "template" -> ItemType.TEMPLATE;
            case "with" -> ItemType.WITH;
            default -> null;
        };
    }

    private boolean lexVariable() {
        if (atTerminator()) {
            emit(ItemType.VARIABLE);
            return true;
        }
        return lexFieldOrVariable(ItemType.VARIABLE);
    }

    private boolean lexFieldOrVariable(ItemType typ) {
        if (atTerminator()) {
            emit(typ == ItemType.VARIABLE ? ItemType.VARIABLE : ItemType.DOT);
            return true;
        }
        int r;
        while (true) {
            r = next();
            if (r == EOF_CH || !isAlphaNumeric(r)) {
                backup();
                break;
            }
        }
        if (!atTerminator()) {
            errorf("bad character " + dev.capstan.gotemplate.GoFmt.sprintf("%#U", r == EOF_CH ? -1 : r));
            return false;
        }
        emit(typ);
        return true;
    }

    private boolean atTerminator() {
        int r = peek();
        if (isSpace(r)) return true;
        switch (r) {
            case EOF_CH, '.', ',', '|', ':', ')', '(':
                return true;
            default:
                return input.startsWith(RIGHT, pos);
        }
    }

    private boolean lexChar() {
        while (true) {
            int r = next();
            if (r == '\\') {
                int r2 = next();
                if (r2 != EOF_CH && r2 != '\n') continue;
                errorf("unterminated character constant");
                return false;
            }
            if (r == EOF_CH || r == '\n') {
                errorf("unterminated character constant");
                return false;
            }
            if (r == '\'') break;
        }
        emit(ItemType.CHAR_CONSTANT);
        return true;
    }

    private boolean lexNumber() {
        if (!scanNumber()) {
            errorf("bad number syntax: " + dev.capstan.gotemplate.GoFmt.quote(input.substring(start, Math.min(pos, input.length()))));
            return false;
        }
        int sign = peek();
        if (sign == '+' || sign == '-') {
            if (!scanNumber() || input.charAt(pos - 1) != 'i') {
                errorf("bad number syntax: " + dev.capstan.gotemplate.GoFmt.quote(input.substring(start, Math.min(pos, input.length()))));
                return false;
            }
            emit(ItemType.COMPLEX);
            return true;
        }
        emit(ItemType.NUMBER);
        return true;
    }

    private boolean scanNumber() {
        accept("+-");
        String digits = "0123456789_";
        if (accept("0")) {
            if (accept("xX")) digits = "0123456789abcdefABCDEF_";
            else if (accept("oO")) digits = "01234567_";
            else if (accept("bB")) digits = "01_";
        }
        acceptRun(digits);
        if (accept(".")) acceptRun(digits);
        if (digits.length() == 11 && accept("eE")) {
            accept("+-");
            acceptRun("0123456789_");
        }
        if (digits.length() == 23 && accept("pP")) {
            accept("+-");
            acceptRun("0123456789_");
        }
        accept("i");
        int p = peek();
        if (p != EOF_CH && isAlphaNumeric(p)) {
            next();
            return false;
        }
        return true;
    }

    private boolean lexQuote() {
        while (true) {
            int r = next();
            if (r == '\\') {
                int r2 = next();
                if (r2 != EOF_CH && r2 != '\n') continue;
                errorf("unterminated quoted string");
                return false;
            }
            if (r == EOF_CH || r == '\n') {
                errorf("unterminated quoted string");
                return false;
            }
            if (r == '"') break;
        }
        emit(ItemType.STRING);
        return true;
    }

    private boolean lexRawQuote() {
        while (true) {
            int r = next();
            if (r == EOF_CH) {
                errorf("unterminated raw quoted string");
                return false;
            }
            if (r == '`') break;
        }
        emit(ItemType.RAW_STRING);
        return true;
    }
}
