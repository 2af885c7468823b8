package dev.capstan.gotemplate.parse;

import dev.capstan.gotemplate.GoText;
import java.util.Objects;

/**
 * One parsed template: its name, the name of the parse it came from (the file, which error
 * locations use), that parse's full text (for line/column of execution errors) and the root list.
 * Immutable and shareable across threads.
 */
public final class Tree {
    private final String name;
    private final String parseName;
    private final String text;
    private final Node.ListNode root;

    public Tree(String name, String parseName, String text, Node.ListNode root) {
        this.name = Objects.requireNonNull(name);
        this.parseName = parseName;
        this.text = text;
        this.root = root;
    }

    public String name() {
        return name;
    }

    public String parseName() {
        return parseName;
    }

    public String text() {
        return text;
    }

    public Node.ListNode root() {
        return root;
    }

    /** Go's ErrorContext location: {@code parseName:line:col}, col being the UTF-8 byte offset in the line. */
    public String location(int pos) {
        int p = Math.min(pos, text.length());
        int lastNl = text.lastIndexOf('\n', p - 1);
        int line = 1;
        for (int i = 0; i < p; i++) if (text.charAt(i) == '\n') line++;
        int col;
        if (lastNl < 0) col = utf8Len(text, 0, p);
        else col = utf8Len(text, lastNl + 1, p);
        return parseName + ":" + line + ":" + col;
    }

    public int lineOf(int pos) {
        int p = Math.min(pos, text.length());
        int line = 1;
        for (int i = 0; i < p; i++) if (text.charAt(i) == '\n') line++;
        return line;
    }

    public int columnOf(int pos) {
        int p = Math.min(pos, text.length());
        int lastNl = text.lastIndexOf('\n', p - 1);
        return lastNl < 0 ? utf8Len(text, 0, p) : utf8Len(text, lastNl + 1, p);
    }

    static int utf8Len(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < 0x80) n++;
            else if (c < 0x800) n += 2;
            else if (Character.isHighSurrogate(c)) {
                n += 4;
                i++;
            } else n += 3;
        }
        return n;
    }

    /** Go's parse.IsEmptyTree on the root: only whitespace text (and comments). */
    public boolean isEmpty() {
        return isEmpty(root);
    }

    private static boolean isEmpty(Node n) {
        if (n == null) return true;
        if (n instanceof Node.ListNode l) {
            for (Node c : l.nodes()) if (!isEmpty(c)) return false;
            return true;
        }
        if (n instanceof Node.TextNode t) return GoText.trimSpace(t.text()).isEmpty();
        return false;
    }
}
