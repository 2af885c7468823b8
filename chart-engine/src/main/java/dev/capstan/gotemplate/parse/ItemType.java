package dev.capstan.gotemplate.parse;

/** Lexical item kinds of Go's text/template lexer; the keywords come after {@link #KEYWORD}. */
enum ItemType {
    ERROR, BOOL, CHAR, CHAR_CONSTANT, COMMENT, COMPLEX, ASSIGN, DECLARE, EOF, FIELD, IDENTIFIER,
    LEFT_DELIM, LEFT_PAREN, NUMBER, PIPE, RAW_STRING, RIGHT_DELIM, RIGHT_PAREN, SPACE, STRING, TEXT,
    VARIABLE,
    KEYWORD,
    BLOCK, BREAK, CONTINUE, DOT, DEFINE, ELSE, END, IF, NIL, RANGE, TEMPLATE, WITH;

    boolean isKeyword() {
        return ordinal() > KEYWORD.ordinal();
    }
}
