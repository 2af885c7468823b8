package dev.capstan.gotemplate.parse;

import dev.capstan.gotemplate.GoFmt;
import java.util.List;

/**
 * The closed set of parse-tree nodes of Go's text/template ({@code parse/node.go}). Nodes are
 * immutable; {@code pos} is the char offset in the source text. {@link #toString()} reproduces
 * Go's {@code String()}, which appears in execution errors ({@code at <.Values.x>}).
 */
public sealed interface Node {
    int pos();

    /** Appends Go's String() form. */
    void writeTo(StringBuilder sb, boolean q);

    static String str(Node n) {
        StringBuilder sb = new StringBuilder();
        n.writeTo(sb, false);
        return sb.toString();
    }

    /** Go's String() with text nodes quoted, as Go's parser tests print trees. */
    static String quotedString(Node n) {
        StringBuilder sb = new StringBuilder();
        n.writeTo(sb, true);
        return sb.toString();
    }

    record ListNode(int pos, List<Node> nodes) implements Node {
        public ListNode {
            nodes = List.copyOf(nodes);
        }

        public void writeTo(StringBuilder sb, boolean q) {
            for (Node n : nodes) n.writeTo(sb, q);
        }

        @Override
        public String toString() {
            return str(this);
        }
    }

    record TextNode(int pos, String text) implements Node {
        public void writeTo(StringBuilder sb, boolean q) {
            sb.append(q ? GoFmt.quote(text) : text);
        }

        @Override
        public String toString() {
            return str(this);
        }
    }

    record ActionNode(int pos, int line, PipeNode pipe) implements Node {
        public void writeTo(StringBuilder sb, boolean q) {
            sb.append("{{");
            pipe.writeTo(sb, q);
            sb.append("}}");
        }

        @Override
        public String toString() {
            return str(this);
        }
    }

    record PipeNode(int pos, int line, boolean isAssign, List<VariableNode> decl, List<CommandNode> cmds) implements Node {
        public PipeNode {
            decl = List.copyOf(decl);
            cmds = List.copyOf(cmds);
        }

        public void writeTo(StringBuilder sb, boolean q) {
            if (!decl.isEmpty()) {
                for (int i = 0; i < decl.size(); i++) {
                    if (i > 0) sb.append(", ");
                    decl.get(i).writeTo(sb, q);
                }
                sb.append(isAssign ? " = " : " := ");
            }
            for (int i = 0; i < cmds.size(); i++) {
                if (i > 0) sb.append(" | ");
                cmds.get(i).writeTo(sb, q);
            }
        }

        @Override
        public String toString() {
            return str(this);
        }
    }

    record CommandNode(int pos, List<Node> args) implements Node {
        public CommandNode {
            args = List.copyOf(args);
        }

        public void writeTo(StringBuilder sb, boolean q) {
            for (int i = 0; i < args.size(); i++) {
                if (i > 0) sb.append(' ');
                Node a = args.get(i);
                if (a instanceof PipeNode) {
                    sb.append('(');
                    a.writeTo(sb, q);
                    sb.append(')');
                } else {
                    a.writeTo(sb, q);
                }
            }
        }

        @Override
        public String toString() {
            return str(this);
        }
    }

    record IdentifierNode(int pos, String ident) implements Node {
        public void writeTo(StringBuilder sb, boolean q) {
            sb.append(ident);
        }

        @Override
        public String toString() {
            return ident;
        }
    }

    /** {@code $x} or {@code $x.a.b}: ident.get(0) is the variable name including the {@code $}. */
    record VariableNode(int pos, List<String> ident) implements Node {
        public VariableNode {
            ident = List.copyOf(ident);
        }

        public void writeTo(StringBuilder sb, boolean q) {
            sb.append(String.join(".", ident));
        }

        @Override
        public String toString() {
            return str(this);
        }
    }

    record DotNode(int pos) implements Node {
        public void writeTo(StringBuilder sb, boolean q) {
            sb.append('.');
        }

        @Override
        public String toString() {
            return ".";
        }
    }

    record NilNode(int pos) implements Node {
        public void writeTo(StringBuilder sb, boolean q) {
            sb.append("nil");
        }

        @Override
        public String toString() {
            return "nil";
        }
    }

    record FieldNode(int pos, List<String> ident) implements Node {
        public FieldNode {
            ident = List.copyOf(ident);
        }

        public void writeTo(StringBuilder sb, boolean q) {
            for (String s : ident) sb.append('.').append(s);
        }

        @Override
        public String toString() {
            return str(this);
        }
    }

    record ChainNode(int pos, Node node, List<String> field) implements Node {
        public ChainNode {
            field = List.copyOf(field);
        }

        public void writeTo(StringBuilder sb, boolean q) {
            if (node instanceof PipeNode) {
                sb.append('(');
                node.writeTo(sb, q);
                sb.append(')');
            } else {
                node.writeTo(sb, q);
            }
            for (String f : field) sb.append('.').append(f);
        }

        @Override
        public String toString() {
            return str(this);
        }
    }

    record BoolNode(int pos, boolean value) implements Node {
        public void writeTo(StringBuilder sb, boolean q) {
            sb.append(value);
        }

        @Override
        public String toString() {
            return String.valueOf(value);
        }
    }

    /**
     * A number constant. As in Go, a constant may be usable as several kinds at once; e.g.
     * {@code 1e3} is a float and also an int.
     */
    record NumberNode(int pos, String text, boolean isInt, boolean isUint, boolean isFloat, long int64, double float64)
            implements Node {
        public void writeTo(StringBuilder sb, boolean q) {
            sb.append(text);
        }

        @Override
        public String toString() {
            return text;
        }
    }

    record StringNode(int pos, String quoted, String text) implements Node {
        public void writeTo(StringBuilder sb, boolean q) {
            sb.append(quoted);
        }

        @Override
        public String toString() {
            return quoted;
        }
    }

    record EndNode(int pos) implements Node {
        public void writeTo(StringBuilder sb, boolean q) {
            sb.append("{{end}}");
        }

        @Override
        public String toString() {
            return "{{end}}";
        }
    }

    record ElseNode(int pos, int line) implements Node {
        public void writeTo(StringBuilder sb, boolean q) {
            sb.append("{{else}}");
        }

        @Override
        public String toString() {
            return "{{else}}";
        }
    }

    enum BranchKind { IF, RANGE, WITH }

    /** if, range and with: {@code elseList} is null when there is no else. */
    record BranchNode(BranchKind kind, int pos, int line, PipeNode pipe, ListNode list, ListNode elseList) implements Node {
        public void writeTo(StringBuilder sb, boolean q) {
            sb.append("{{").append(kind.name().toLowerCase()).append(' ');
            pipe.writeTo(sb, q);
            sb.append("}}");
            list.writeTo(sb, q);
            if (elseList != null) {
                sb.append("{{else}}");
                elseList.writeTo(sb, q);
            }
            sb.append("{{end}}");
        }

        @Override
        public String toString() {
            return str(this);
        }
    }

    record BreakNode(int pos, int line) implements Node {
        public void writeTo(StringBuilder sb, boolean q) {
            sb.append("{{break}}");
        }

        @Override
        public String toString() {
            return "{{break}}";
        }
    }

    record ContinueNode(int pos, int line) implements Node {
        public void writeTo(StringBuilder sb, boolean q) {
            sb.append("{{continue}}");
        }

        @Override
        public String toString() {
            return "{{continue}}";
        }
    }

    /** {@code {{template "name" pipe}}}; pipe may be null. */
    record TemplateNode(int pos, int line, String name, PipeNode pipe) implements Node {
        public void writeTo(StringBuilder sb, boolean q) {
            sb.append("{{template ").append(GoFmt.quote(name));
            if (pipe != null) {
                sb.append(' ');
                pipe.writeTo(sb, q);
            }
            sb.append("}}");
        }

        @Override
        public String toString() {
            return str(this);
        }
    }
}
