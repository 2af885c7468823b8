package dev.capstan.yaml;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * SnakeYAML's {@link StreamReader} over text already in memory. SnakeYAML reads through a
 * {@code Reader} 1,024 chars at a time, copying its window and converting every char to a code
 * point on each refill, and checks each window for non-printable characters: 13% of a warm
 * {@code template redis} (its values.yaml) went to that refill alone. Here the scanner reads the
 * String directly (code points are precomputed only when the text has surrogate pairs).
 *
 * <p>Same positions as SnakeYAML: index and column count code points, a line ends at {@code \n},
 * U+0085, U+2028, U+2029 or a {@code \r} not followed by {@code \n}, a BOM takes no column, and
 * past the end {@link #peek} gives 0. Non-printable characters never reach it: YamlComposer
 * rejects them first (SnakeYAML's own check threw from the refill).
 */
final class TextReader extends StreamReader {
    private final String text;
    /** Code points, only when the text has surrogate pairs; else null and text.charAt is the code point. */
    private final int[] points;
    private final int length;
    private int pointer;
    private int index;
    private int documentIndex;
    private int line;
    private int column;

    /** @param surrogates whether the text has surrogate pairs (YamlComposer's character check finds out) */
    TextReader(String text, boolean surrogates) {
        super("");
        this.text = text;
        this.points = surrogates ? text.codePoints().toArray() : null;
        this.length = points == null ? text.length() : points.length;
    }

    private int at(int i) {
        return points == null ? text.charAt(i) : points[i];
    }

    /**
     * The position. The mark's snippet buffer (used only by SnakeYAML's own message text, which
     * YamlComposer never prints: it rewords problems and reads positions) is empty: building it
     * per token would cost what this class saves.
     */
    @Override
    public Mark getMark() {
        return new Mark("'string'", index, line, column, NO_SNIPPET, 0);
    }

    private static final int[] NO_SNIPPET = new int[0];

    @Override
    public void forward() {
        forward(1);
    }

    @Override
    public void forward(int n) {
        for (int i = 0; i < n && pointer < length; i++) {
            int c = at(pointer++);
            index++;
            documentIndex++;
            if (c == '\n' || c == 0x85 || c == 0x2028 || c == 0x2029 || (c == '\r' && pointer < length && at(pointer) != '\n')) {
                line++;
                column = 0;
            } else if (c != 0xFEFF) {
                column++;
            }
        }
    }

    @Override
    public int peek() {
        return pointer < length ? at(pointer) : 0;
    }

    @Override
    public int peek(int i) {
        return pointer + i < length ? at(pointer + i) : 0;
    }

    @Override
    public String prefix(int n) {
        if (n == 0) return "";
        int end = Math.min(pointer + n, length);
        if (points == null) return text.substring(pointer, end);
        return new String(points, pointer, end - pointer);
    }

    @Override
    public String prefixForward(int n) {
        String s = prefix(n);
        pointer += n;
        index += n;
        documentIndex += n;
        column += n;
        return s;
    }

    @Override
    public int getColumn() {
        return column;
    }

    @Override
    public int getDocumentIndex() {
        return documentIndex;
    }

    @Override
    public void resetDocumentIndex() {
        documentIndex = 0;
    }

    @Override
    public int getIndex() {
        return index;
    }

    @Override
    public int getLine() {
        return line;
    }
}
