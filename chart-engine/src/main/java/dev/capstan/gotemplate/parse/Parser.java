package dev.capstan.gotemplate.parse;

import dev.capstan.gotemplate.GoStrconv;
import dev.capstan.gotemplate.parse.Node.ActionNode;
import dev.capstan.gotemplate.parse.Node.BranchKind;
import dev.capstan.gotemplate.parse.Node.BranchNode;
import dev.capstan.gotemplate.parse.Node.ChainNode;
import dev.capstan.gotemplate.parse.Node.CommandNode;
import dev.capstan.gotemplate.parse.Node.ElseNode;
import dev.capstan.gotemplate.parse.Node.EndNode;
import dev.capstan.gotemplate.parse.Node.FieldNode;
import dev.capstan.gotemplate.parse.Node.ListNode;
import dev.capstan.gotemplate.parse.Node.PipeNode;
import dev.capstan.gotemplate.parse.Node.VariableNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Go's text/template parser ({@code parse/parse.go}): one method per production, same error
 * messages. {@link #parse} returns the trees of one parse call in the order Go adds them
 * (definitions as they close, the top-level template last).
 */
public final class Parser {
    private final String parseName;
    private final String text;
    private final Predicate<String> hasFunction;
    private final List<Item> items;
    private final Map<String, Tree> treeSet = new LinkedHashMap<>();
    private int p; // index of the next item
    private int maxRead = -1;

    private Parser(String parseName, String text, Predicate<String> hasFunction) {
        this.parseName = parseName;
        this.text = text;
        this.hasFunction = hasFunction;
        this.items = Lexer.lex(text, !hasFunction.test("break"), !hasFunction.test("continue"));
    }

    /**
     * Parses {@code text} as template {@code name}.
     *
     * @param hasFunction whether a function name is defined (builtins included); unknown
     *                    functions are parse errors as in Go
     * @throws ParseError with Go's message
     */
    public static Map<String, Tree> parse(String name, String text, Predicate<String> hasFunction) {
        Parser ps = new Parser(name, text, hasFunction);
        TreeState top = ps.new TreeState(name);
        try {
            ListNode root = top.parseTop();
            top.add(root);
        } catch (StackOverflowError e) {
            // Go has no nesting limit; a Java stack this deep means pathological input.
            throw top.errorf("expression nesting too deep");
        }
        return ps.treeSet;
    }

    // ---- token stream -----------------------------------------------------------------------

    private Item next() {
        Item it = items.get(Math.min(p, items.size() - 1));
        if (p < items.size()) p++;
        if (p - 1 > maxRead) maxRead = p - 1;
        return it;
    }

    private void backup() {
        p--;
    }

    private Item peek() {
        Item it = items.get(Math.min(p, items.size() - 1));
        if (p > maxRead) maxRead = Math.min(p, items.size() - 1);
        return it;
    }

    private Item nextNonSpace() {
        Item t;
        do {
            t = next();
        } while (t.type() == ItemType.SPACE);
        return t;
    }

    private Item peekNonSpace() {
        Item t = nextNonSpace();
        backup();
        return t;
    }

    /** Per-tree parse state (Go's *Tree during parsing): variables in scope, range depth, action line. */
    private final class TreeState {
        String name;
        final List<String> vars = new ArrayList<>(List.of("$"));
        int rangeDepth;
        int actionLine;

        TreeState(String name) {
            this.name = name;
        }

        ParseError errorf(String msg) {
            int line = items.get(Math.max(0, Math.min(maxRead, items.size() - 1))).line();
            return new ParseError(parseName, line, msg);
        }

        ParseError unexpected(Item token, String context) {
            if (token.type() == ItemType.ERROR) {
                String extra = "";
                if (actionLine != 0 && actionLine != token.line()) {
                    extra = " in action started at " + parseName + ":" + actionLine;
                    if (token.val().endsWith(" action")) extra = extra.substring(" in action".length());
                }
                return errorf(token.val() + extra);
            }
            return errorf("unexpected " + token + " in " + context);
        }

        Item expect(ItemType expected, String context) {
            Item token = nextNonSpace();
            if (token.type() != expected) throw unexpected(token, context);
            return token;
        }

        void add(ListNode root) {
            Tree tree = treeSet.get(name);
            Tree t = new Tree(name, parseName, text, root);
            if (tree == null || tree.isEmpty()) {
                treeSet.put(name, t);
                return;
            }
            if (!t.isEmpty()) throw errorf("template: multiple definition of template " + dev.capstan.gotemplate.GoFmt.quote(name));
        }

        ListNode parseTop() {
            int rootPos = peek().pos();
            List<Node> nodes = new ArrayList<>();
            while (peek().type() != ItemType.EOF) {
                if (peek().type() == ItemType.LEFT_DELIM) {
                    int save = p;
                    next();
                    if (nextNonSpace().type() == ItemType.DEFINE) {
                        TreeState def = new TreeState("definition");
                        def.parseDefinition();
                        continue;
                    }
                    p = save;
                }
                Node n = textOrAction();
                if (n instanceof EndNode || n instanceof ElseNode) throw errorf("unexpected " + n);
                nodes.add(n);
            }
            return new ListNode(rootPos, nodes);
        }

        void parseDefinition() {
            String context = "define clause";
            Item nameTok = nextNonSpace();
            if (nameTok.type() != ItemType.STRING && nameTok.type() != ItemType.RAW_STRING) throw unexpected(nameTok, context);
            try {
                name = GoStrconv.unquote(nameTok.val());
            } catch (GoStrconv.SyntaxError e) {
                throw errorf(e.getMessage());
            }
            expect(ItemType.RIGHT_DELIM, context);
            Object[] r = itemList();
            Node end = (Node) r[1];
            if (!(end instanceof EndNode)) throw errorf("unexpected " + end + " in " + context);
            add((ListNode) r[0]);
        }

        /** itemList: textOrAction* terminated by {{end}} or {{else}}; returns {list, terminator}. */
        Object[] itemList() {
            int pos = peekNonSpace().pos();
            List<Node> nodes = new ArrayList<>();
            while (peekNonSpace().type() != ItemType.EOF) {
                Node n = textOrAction();
                if (n instanceof EndNode || n instanceof ElseNode) return new Object[] {new ListNode(pos, nodes), n};
                nodes.add(n);
            }
            throw errorf("unexpected EOF");
        }

        Node textOrAction() {
            Item token = nextNonSpace();
            switch (token.type()) {
                case TEXT:
                    return new Node.TextNode(token.pos(), token.val());
                case LEFT_DELIM: {
                    int saved = actionLine;
                    actionLine = token.line();
                    try {
                        return action();
                    } finally {
                        actionLine = 0;
                    }
                }
                default:
                    throw unexpected(token, "input");
            }
        }

        Node action() {
            Item token = nextNonSpace();
            switch (token.type()) {
                case BLOCK:
                    return blockControl();
                case BREAK:
                    return breakControl(token, "{{break}}");
                case CONTINUE:
                    return breakControl(token, "{{continue}}");
                case ELSE:
                    return elseControl();
                case END:
                    return new EndNode(expect(ItemType.RIGHT_DELIM, "end").pos());
                case IF:
                    return branch(BranchKind.IF, "if");
                case RANGE:
                    return branch(BranchKind.RANGE, "range");
                case TEMPLATE:
                    return templateControl();
                case WITH:
                    return branch(BranchKind.WITH, "with");
                default:
                    break;
            }
            backup();
            Item t = peek();
            return new ActionNode(t.pos(), t.line(), pipeline("command", ItemType.RIGHT_DELIM));
        }

        Node breakControl(Item kw, String what) {
            Item token = nextNonSpace();
            if (token.type() != ItemType.RIGHT_DELIM) throw unexpected(token, what);
            if (rangeDepth == 0) throw errorf(what + " outside {{range}}");
            return what.equals("{{break}}") ? new Node.BreakNode(kw.pos(), kw.line()) : new Node.ContinueNode(kw.pos(), kw.line());
        }

        Node elseControl() {
            Item peek = peekNonSpace();
            if (peek.type() == ItemType.IF || peek.type() == ItemType.WITH) return new ElseNode(peek.pos(), peek.line());
            Item token = expect(ItemType.RIGHT_DELIM, "else");
            return new ElseNode(token.pos(), token.line());
        }

        BranchNode branch(BranchKind kind, String context) {
            int nvars = vars.size();
            try {
                PipeNode pipe = pipeline(context, ItemType.RIGHT_DELIM);
                if (kind == BranchKind.RANGE) rangeDepth++;
                Object[] r = itemList();
                if (kind == BranchKind.RANGE) rangeDepth--;
                ListNode list = (ListNode) r[0];
                Node next = (Node) r[1];
                ListNode elseList = null;
                if (next instanceof ElseNode) {
                    if (kind == BranchKind.IF && peek().type() == ItemType.IF) {
                        next();
                        elseList = new ListNode(next.pos(), List.of(branch(BranchKind.IF, "if")));
                    } else if (kind == BranchKind.WITH && peek().type() == ItemType.WITH) {
                        next();
                        elseList = new ListNode(next.pos(), List.of(branch(BranchKind.WITH, "with")));
                    } else {
                        Object[] e = itemList();
                        elseList = (ListNode) e[0];
                        Node end = (Node) e[1];
                        if (!(end instanceof EndNode)) throw errorf("expected end; found " + end);
                    }
                }
                return new BranchNode(kind, pipe.pos(), pipe.line(), pipe, list, elseList);
            } finally {
                while (vars.size() > nvars) vars.remove(vars.size() - 1);
            }
        }

        Node blockControl() {
            String context = "block clause";
            Item token = nextNonSpace();
            String name = templateName(token, context);
            PipeNode pipe = pipeline(context, ItemType.RIGHT_DELIM);
            TreeState block = new TreeState(name);
            Object[] r = block.itemList();
            Node end = (Node) r[1];
            if (!(end instanceof EndNode)) throw errorf("unexpected " + end + " in " + context);
            block.add((ListNode) r[0]);
            return new Node.TemplateNode(token.pos(), token.line(), name, pipe);
        }

        Node templateControl() {
            String context = "template clause";
            Item token = nextNonSpace();
            String name = templateName(token, context);
            PipeNode pipe = null;
            if (nextNonSpace().type() != ItemType.RIGHT_DELIM) {
                backup();
                pipe = pipeline(context, ItemType.RIGHT_DELIM);
            }
            return new Node.TemplateNode(token.pos(), token.line(), name, pipe);
        }

        String templateName(Item token, String context) {
            if (token.type() == ItemType.STRING || token.type() == ItemType.RAW_STRING) {
                try {
                    return GoStrconv.unquote(token.val());
                } catch (GoStrconv.SyntaxError e) {
                    throw errorf(e.getMessage());
                }
            }
            throw unexpected(token, context);
        }

        PipeNode pipeline(String context, ItemType end) {
            Item first = peekNonSpace();
            boolean isAssign = false;
            List<VariableNode> decl = new ArrayList<>();
            List<CommandNode> cmds = new ArrayList<>();
            decls:
            while (true) {
                Item v = peekNonSpace();
                if (v.type() != ItemType.VARIABLE) break;
                int save = p;
                nextNonSpace();
                Item next = peekNonSpace();
                if (next.type() == ItemType.ASSIGN || next.type() == ItemType.DECLARE) {
                    isAssign = next.type() == ItemType.ASSIGN;
                    nextNonSpace();
                    decl.add(new VariableNode(v.pos(), List.of(v.val())));
                    vars.add(v.val());
                    break;
                } else if (next.type() == ItemType.CHAR && next.val().equals(",")) {
                    nextNonSpace();
                    decl.add(new VariableNode(v.pos(), List.of(v.val())));
                    vars.add(v.val());
                    if (context.equals("range") && decl.size() < 2) {
                        ItemType t = peekNonSpace().type();
                        if (t == ItemType.VARIABLE || t == ItemType.RIGHT_DELIM || t == ItemType.RIGHT_PAREN) {
                            continue decls;
                        }
                        throw errorf("range can only initialize variables");
                    }
                    throw errorf("too many declarations in " + context);
                } else {
                    p = save;
                    break;
                }
            }
            while (true) {
                Item token = nextNonSpace();
                if (token.type() == end) {
                    checkPipeline(cmds, context);
                    return new PipeNode(first.pos(), first.line(), isAssign, decl, cmds);
                }
                switch (token.type()) {
                    case BOOL, CHAR_CONSTANT, COMPLEX, DOT, FIELD, IDENTIFIER, NUMBER, NIL, RAW_STRING, STRING, VARIABLE, LEFT_PAREN -> {
                        backup();
                        cmds.add(command());
                    }
                    default -> throw unexpected(token, context);
                }
            }
        }

        void checkPipeline(List<CommandNode> cmds, String context) {
            if (cmds.isEmpty()) throw errorf("missing value for " + context);
            for (int i = 1; i < cmds.size(); i++) {
                Node a = cmds.get(i).args().get(0);
                if (a instanceof Node.BoolNode || a instanceof Node.DotNode || a instanceof Node.NilNode
                        || a instanceof Node.NumberNode || a instanceof Node.StringNode) {
                    throw errorf("non executable command in pipeline stage " + (i + 1));
                }
            }
        }

        CommandNode command() {
            int pos = peekNonSpace().pos();
            List<Node> args = new ArrayList<>();
            while (true) {
                peekNonSpace();
                Node operand = operand();
                if (operand != null) args.add(operand);
                Item token = next();
                if (token.type() == ItemType.SPACE) continue;
                if (token.type() == ItemType.RIGHT_DELIM || token.type() == ItemType.RIGHT_PAREN) {
                    backup();
                } else if (token.type() != ItemType.PIPE) {
                    throw unexpected(token, "operand");
                }
                break;
            }
            if (args.isEmpty()) throw errorf("empty command");
            return new CommandNode(pos, args);
        }

        Node operand() {
            Node node = term();
            if (node == null) return null;
            if (peek().type() == ItemType.FIELD) {
                int chainPos = peek().pos();
                List<String> fields = new ArrayList<>();
                while (peek().type() == ItemType.FIELD) {
                    fields.addAll(fieldNames(next().val()));
                }
                if (node instanceof FieldNode fn) {
                    List<String> all = new ArrayList<>(fn.ident());
                    all.addAll(fields);
                    node = new FieldNode(chainPos, all);
                } else if (node instanceof VariableNode vn) {
                    List<String> all = new ArrayList<>(vn.ident());
                    all.addAll(fields);
                    node = new VariableNode(chainPos, all);
                } else if (node instanceof Node.BoolNode || node instanceof Node.StringNode || node instanceof Node.NumberNode
                        || node instanceof Node.NilNode || node instanceof Node.DotNode) {
                    throw errorf("unexpected . after term " + dev.capstan.gotemplate.GoFmt.quote(node.toString()));
                } else {
                    node = new ChainNode(chainPos, node, fields);
                }
            }
            return node;
        }

        Node term() {
            Item token = nextNonSpace();
            switch (token.type()) {
                case IDENTIFIER:
                    if (!hasFunction.test(token.val())) {
                        throw errorf("function " + dev.capstan.gotemplate.GoFmt.quote(token.val()) + " not defined");
                    }
                    return new Node.IdentifierNode(token.pos(), token.val());
                case DOT:
                    return new Node.DotNode(token.pos());
                case NIL:
                    return new Node.NilNode(token.pos());
                case VARIABLE:
                    return useVar(token);
                case FIELD:
                    return new FieldNode(token.pos(), fieldNames(token.val()));
                case BOOL:
                    return new Node.BoolNode(token.pos(), token.val().equals("true"));
                case CHAR_CONSTANT, COMPLEX, NUMBER:
                    return number(token);
                case LEFT_PAREN:
                    return pipeline("parenthesized pipeline", ItemType.RIGHT_PAREN);
                case STRING, RAW_STRING:
                    try {
                        return new Node.StringNode(token.pos(), token.val(), GoStrconv.unquote(token.val()));
                    } catch (GoStrconv.SyntaxError e) {
                        throw errorf(e.getMessage());
                    }
                default:
                    backup();
                    return null;
            }
        }

        Node useVar(Item token) {
            String val = token.val();
            List<String> parts = val.indexOf('.') < 0 ? List.of(val) : Arrays.asList(val.split("\\.", -1));
            VariableNode v = new VariableNode(token.pos(), parts);
            if (vars.contains(parts.get(0))) return v;
            throw errorf("undefined variable " + dev.capstan.gotemplate.GoFmt.quote(parts.get(0)));
        }

        Node number(Item token) {
            String t = token.val();
            if (token.type() == ItemType.CHAR_CONSTANT) {
                int r;
                try {
                    r = GoStrconv.charConstant(t);
                } catch (GoStrconv.SyntaxError | RuntimeException e) {
                    throw errorf("invalid syntax");
                }
                if (r == Integer.MIN_VALUE) throw errorf("malformed character constant: " + t);
                return new Node.NumberNode(token.pos(), t, true, true, true, r, r);
            }
            if (token.type() == ItemType.COMPLEX || t.endsWith("i")) {
                throw errorf("complex constants are not supported: " + t);
            }
            boolean isInt = false;
            boolean isUint = false;
            boolean isFloat = false;
            long i64 = 0;
            double f64 = 0;
            BigInteger u = GoStrconv.parseUint(t, 0);
            if (u != null) {
                isUint = true;
                i64 = u.longValue();
            }
            Long s = GoStrconv.parseInt(t, 0);
            if (s != null) {
                isInt = true;
                i64 = s;
                if (i64 == 0) isUint = true;
            }
            if (isInt) {
                isFloat = true;
                f64 = (double) i64;
            } else if (isUint) {
                isFloat = true;
                f64 = u.doubleValue();
            } else {
                Double f = GoStrconv.parseFloat(t);
                if (f != null) {
                    if (!containsAny(t, ".eEpP")) throw errorf("integer overflow: " + dev.capstan.gotemplate.GoFmt.quote(t));
                    isFloat = true;
                    f64 = f;
                    if (!Double.isInfinite(f) && f == Math.rint(f) && Math.abs(f) < 9.223372036854775807E18) {
                        isInt = true;
                        i64 = (long) f.doubleValue();
                    }
                    if (!isUint && f >= 0 && f == Math.rint(f) && f < 1.8446744073709552E19) {
                        isUint = true;
                    }
                }
            }
            if (!isInt && !isUint && !isFloat) {
                throw errorf("illegal number syntax: " + dev.capstan.gotemplate.GoFmt.quote(t));
            }
            return new Node.NumberNode(token.pos(), t, isInt, isUint, isFloat, i64, f64);
        }
    }

    /**
     * The names of a FIELD item: ".a" gives [a]. The lexer emits one item per field, so the regex
     * split (and its list copies) is needed only for an item holding several; on every field of
     * every template it was ~10% of parsing.
     */
    private static List<String> fieldNames(String val) {
        if (val.indexOf('.', 1) < 0) return List.of(val.substring(1));
        return Arrays.asList(val.substring(1).split("\\.", -1));
    }

    private static boolean containsAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) if (chars.indexOf(s.charAt(i)) >= 0) return true;
        return false;
    }
}
