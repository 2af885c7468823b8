package dev.capstan.gotemplate.parse;

/** A token: its kind, start offset (chars) in the input, text and 1-based line. */
record Item(ItemType type, int pos, String val, int line) {

    /** Go's item.String(), used in "unexpected X in Y" messages. */
    @Override
    public String toString() {
        if (type == ItemType.EOF) return "EOF";
        if (type == ItemType.ERROR) return val;
        if (type.isKeyword()) return "<" + val + ">";
        if (val.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 10) {
            return dev.capstan.gotemplate.GoFmt.sprintf("%.10q...", val);
        }
        return dev.capstan.gotemplate.GoFmt.quote(val);
    }
}
