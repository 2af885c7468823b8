package dev.capstan.gotemplate;

import dev.capstan.gotemplate.parse.Node;
import dev.capstan.gotemplate.parse.Node.ActionNode;
import dev.capstan.gotemplate.parse.Node.BoolNode;
import dev.capstan.gotemplate.parse.Node.BranchKind;
import dev.capstan.gotemplate.parse.Node.BranchNode;
import dev.capstan.gotemplate.parse.Node.ChainNode;
import dev.capstan.gotemplate.parse.Node.CommandNode;
import dev.capstan.gotemplate.parse.Node.DotNode;
import dev.capstan.gotemplate.parse.Node.FieldNode;
import dev.capstan.gotemplate.parse.Node.IdentifierNode;
import dev.capstan.gotemplate.parse.Node.ListNode;
import dev.capstan.gotemplate.parse.Node.NilNode;
import dev.capstan.gotemplate.parse.Node.NumberNode;
import dev.capstan.gotemplate.parse.Node.PipeNode;
import dev.capstan.gotemplate.parse.Node.StringNode;
import dev.capstan.gotemplate.parse.Node.TemplateNode;
import dev.capstan.gotemplate.parse.Node.TextNode;
import dev.capstan.gotemplate.parse.Node.VariableNode;
import dev.capstan.gotemplate.parse.Tree;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One execution (Go's {@code state}): the output, the variable stack, the current template and
 * node (for error locations) and the template call depth. Mirrors Go's exec.go function by
 * function so that results and error messages match.
 *
 * <p>Values follow the package value model, plus {@link #MISSING} for Go's invalid
 * {@code reflect.Value} ("no value"); Java null is a nil {@code interface{}}.
 */
final class Exec {
    /** Go's zero reflect.Value: a missing map key (missingkey=default), an absent pipeline result. */
    static final Object MISSING = new Object() {
        @Override
        public String toString() {
            return "<no value>";
        }
    };
    /** Go's missingVal: "no final value" marker for the first command of a pipeline. */
    private static final Object NO_FINAL = new Object();

    private static final class BreakSignal extends RuntimeException {
        BreakSignal() {
            super(null, null, false, false);
        }
    }

    private static final class ContinueSignal extends RuntimeException {
        ContinueSignal() {
            super(null, null, false, false);
        }
    }

    private static final BreakSignal BREAK = new BreakSignal();
    private static final ContinueSignal CONTINUE = new ContinueSignal();

    /** Thrown internally for an exec error; converted to TemplateExecException at the top. */
    static final class ExecFailure extends RuntimeException {
        final TemplateExecException error;

        ExecFailure(TemplateExecException error) {
            super(null, null, false, false);
            this.error = error;
        }
    }

    private final TemplateSet set;
    private final TemplateOptions options;
    private final Appendable out;
    private long written;

    private Tree tree;
    private Node node;
    private int depth;
    private List<String> varNames = new ArrayList<>();
    private List<Object> varValues = new ArrayList<>();
    /** Whether the value last returned by an eval method has Go's static type interface{}. */
    private boolean iface;
    /** The innermost template call, for reporting a Java stack overflow the way Go reports depth. */
    private Tree deepestCaller;
    private Node deepestCall;

    Exec(TemplateSet set, Appendable out) {
        this.set = set;
        this.options = set.options();
        this.out = out;
    }

    void execute(Tree t, Object data) {
        // Go's reflect.ValueOf(nil) is the invalid value: {{.}} prints <no value>, {{.X}} too.
        if (data == null) data = MISSING;
        tree = t;
        varNames.add("$");
        varValues.add(data);
        try {
            walk(data, t.root());
        } catch (ExecFailure f) {
            throw f.error;
        } catch (StackOverflowError e) {
            TemplateExecException report;
            try {
                report = stackOverflow();
            } catch (StackOverflowError | BootstrapMethodError tooDeep) {
                // this frame has no stack left to build the report (nested tpl/include executions
                // each catch here); let an outer execution, with more stack, report it
                throw e;
            }
            throw report;
        }
    }

    private TemplateExecException stackOverflow() {
        varNames = null;
        varValues = null;
        if (deepestCall != null) {
            tree = deepestCaller;
            node = deepestCall;
            return failure("exceeded maximum template depth (" + options.maxTemplateDepth() + ")", null).error;
        }
        return failure("stack overflow while executing the template", null).error;
    }

    // ---- errors ------------------------------------------------------------------------------

    private void at(Node n) {
        node = n;
    }

    ExecFailure failure(String detail, Throwable cause) {
        String name = tree.name();
        if (node == null) {
            String msg = "template: " + name + ": " + detail;
            return new ExecFailure(new TemplateExecException(msg, name, null, 0, 0, null, detail, cause));
        }
        String location = tree.location(node.pos());
        String context = node.toString();
        String msg = "template: " + location + ": executing " + GoFmt.quote(name) + " at <" + context + ">: " + detail;
        return new ExecFailure(new TemplateExecException(msg, name, location, tree.lineOf(node.pos()),
                tree.columnOf(node.pos()), context, detail, cause));
    }

    private ExecFailure errorf(String detail) {
        return failure(detail, null);
    }

    // ---- output ------------------------------------------------------------------------------

    private void write(String s) {
        written += s.length();
        if (written > options.maxOutputChars()) {
            throw errorf("output exceeds the limit of " + options.maxOutputChars() + " characters");
        }
        try {
            out.append(s);
        } catch (IOException e) {
            throw failure("write error: " + e.getMessage(), e);
        }
    }

    // ---- variables ---------------------------------------------------------------------------

    private void push(String name, Object value) {
        varNames.add(name);
        varValues.add(value);
    }

    private int mark() {
        return varNames.size();
    }

    private void pop(int mark) {
        for (int i = varNames.size() - 1; i >= mark; i--) {
            varNames.remove(i);
            varValues.remove(i);
        }
    }

    private void setVar(String name, Object value) {
        for (int i = varNames.size() - 1; i >= 0; i--) {
            if (varNames.get(i).equals(name)) {
                varValues.set(i, value);
                return;
            }
        }
        throw errorf("undefined variable: " + name);
    }

    private void setTopVar(int n, Object value) {
        varValues.set(varValues.size() - n, value);
    }

    private Object varValue(String name) {
        for (int i = varNames.size() - 1; i >= 0; i--) {
            if (varNames.get(i).equals(name)) return varValues.get(i);
        }
        throw errorf("undefined variable: " + name);
    }

    // ---- walk --------------------------------------------------------------------------------

    private void walk(Object dot, Node n) {
        at(n);
        if (n instanceof TextNode t) {
            write(t.text());
        } else if (n instanceof ActionNode a) {
            Object val = evalPipeline(dot, a.pipe());
            if (a.pipe().decl().isEmpty()) printValue(a, val);
        } else if (n instanceof ListNode l) {
            for (Node c : l.nodes()) walk(dot, c);
        } else if (n instanceof BranchNode b) {
            if (b.kind() == BranchKind.RANGE) walkRange(dot, b);
            else walkIfOrWith(b.kind(), dot, b);
        } else if (n instanceof TemplateNode t) {
            walkTemplate(dot, t);
        } else if (n instanceof Node.BreakNode) {
            throw BREAK;
        } else if (n instanceof Node.ContinueNode) {
            throw CONTINUE;
        } else {
            throw errorf("unknown node: " + n);
        }
    }

    private void walkIfOrWith(BranchKind kind, Object dot, BranchNode b) {
        int mark = mark();
        Object val = evalPipeline(dot, b.pipe());
        boolean truth = Builtins.truth(val);
        if (truth) {
            if (kind == BranchKind.WITH) {
                boolean savedIface = dotIface;
                dotIface = false;
                walk(val, b.list());
                dotIface = savedIface;
            } else {
                walk(dot, b.list());
            }
        } else if (b.elseList() != null) {
            walk(dot, b.elseList());
        }
        pop(mark);
    }

    private void walkRange(Object dot, BranchNode r) {
        at(r);
        int outer = mark();
        try {
            Object val = evalPipeline(dot, r.pipe());
            if (val == null) val = MISSING;
            if (val instanceof GoObject o && o.underlying() != null) val = o.underlying();
            int mark = mark();
            boolean ran = false;
            if (val instanceof List<?> l) {
                for (int i = 0; i < l.size(); i++) {
                    ran = true;
                    if (oneIteration(r, mark, i, l.get(i), true)) break;
                }
            } else if (val instanceof Map<?, ?> m) {
                List<Object> keys = new ArrayList<>(m.keySet());
                keys.sort(GoPrinter::compareKeys);
                for (Object k : keys) {
                    ran = true;
                    if (oneIteration(r, mark, k, m.get(k), true)) break;
                }
            } else if (val instanceof byte[] b) {
                for (int i = 0; i < b.length; i++) {
                    ran = true;
                    if (oneIteration(r, mark, i, b[i] & 0xFF, false)) break;
                }
            } else if (val instanceof Integer || val instanceof Long) {
                if (r.pipe().decl().size() > 1) {
                    throw errorf("can't use " + GoFmt.formatValue(val) + " to iterate over more than one variable");
                }
                long n = ((Number) val).longValue();
                boolean isInt = val instanceof Integer;
                for (long i = 0; i < n; i++) {
                    ran = true;
                    Object v = isInt ? (Object) (int) i : (Object) i;
                    if (oneIteration(r, mark, v, v, false)) break;
                }
            } else if (val != MISSING) {
                throw errorf("range can't iterate over " + GoFmt.formatValue(val));
            }
            if (!ran && r.elseList() != null) walk(dot, r.elseList());
        } finally {
            pop(outer);
        }
    }

    /** Returns true on {{break}}. */
    private boolean oneIteration(BranchNode r, int mark, Object index, Object elem, boolean elemIface) {
        List<VariableNode> decl = r.pipe().decl();
        if (!decl.isEmpty()) {
            if (r.pipe().isAssign()) {
                if (decl.size() > 1) setVar(decl.get(0).ident().get(0), index);
                else setVar(decl.get(0).ident().get(0), elem);
            } else {
                setTopVar(1, elem);
            }
        }
        if (decl.size() > 1) {
            if (r.pipe().isAssign()) setVar(decl.get(1).ident().get(0), elem);
            else setTopVar(2, index);
        }
        boolean savedIface = dotIface;
        dotIface = elemIface;
        try {
            walk(elem, r.list());
        } catch (ContinueSignal c) {
            // next iteration
        } catch (BreakSignal b) {
            pop(mark);
            dotIface = savedIface;
            return true;
        }
        dotIface = savedIface;
        pop(mark);
        return false;
    }

    private void walkTemplate(Object dot, TemplateNode t) {
        at(t);
        Tree tmpl = set.tree(t.name());
        if (tmpl == null) throw errorf("template " + GoFmt.quote(t.name()) + " not defined");
        if (depth == options.maxTemplateDepth()) {
            throw errorf("exceeded maximum template depth (" + options.maxTemplateDepth() + ")");
        }
        Object newDot = evalPipeline(dot, t.pipe());
        Tree savedTree = tree;
        List<String> savedNames = varNames;
        List<Object> savedValues = varValues;
        deepestCaller = tree;
        deepestCall = t;
        depth++;
        tree = tmpl;
        varNames = new ArrayList<>(4);
        varValues = new ArrayList<>(4);
        varNames.add("$");
        varValues.add(newDot);
        boolean savedIface = dotIface;
        dotIface = false;
        walk(newDot, tmpl.root());
        dotIface = savedIface;
        depth--;
        tree = savedTree;
        varNames = savedNames;
        varValues = savedValues;
        node = t;
    }

    // ---- evaluation --------------------------------------------------------------------------

    private Object evalPipeline(Object dot, PipeNode pipe) {
        if (pipe == null) return MISSING;
        at(pipe);
        Object value = NO_FINAL;
        for (CommandNode cmd : pipe.cmds()) {
            value = evalCommand(dot, cmd, value);
            // Go digs a value of static type interface{} down to its dynamic value; a nil
            // interface becomes the invalid value.
            if (value == null) value = MISSING;
        }
        for (VariableNode v : pipe.decl()) {
            if (pipe.isAssign()) setVar(v.ident().get(0), value);
            else push(v.ident().get(0), value);
        }
        return value;
    }

    private void notAFunction(List<Node> args, Object fin) {
        if ((args != null && args.size() > 1) || fin != NO_FINAL) {
            throw errorf("can't give argument to non-function " + args.get(0));
        }
    }

    private Object evalCommand(Object dot, CommandNode cmd, Object fin) {
        Node first = cmd.args().get(0);
        if (first instanceof FieldNode f) return evalFieldNode(dot, f, cmd.args(), fin);
        if (first instanceof ChainNode c) return evalChainNode(dot, c, cmd.args(), fin);
        if (first instanceof IdentifierNode id) return evalFunction(dot, id, cmd, cmd.args(), fin);
        if (first instanceof PipeNode p) {
            notAFunction(cmd.args(), fin);
            return evalPipeline(dot, p);
        }
        if (first instanceof VariableNode v) return evalVariableNode(dot, v, cmd.args(), fin);
        at(first);
        notAFunction(cmd.args(), fin);
        iface = false;
        if (first instanceof BoolNode b) return b.value();
        if (first instanceof DotNode) return dot;
        if (first instanceof NilNode) throw errorf("nil is not a command");
        if (first instanceof NumberNode n) return idealConstant(n);
        if (first instanceof StringNode s) return s.text();
        throw errorf("can't evaluate command " + GoFmt.quote(first.toString()));
    }

    private Object idealConstant(NumberNode c) {
        at(c);
        iface = false;
        String text = c.text();
        boolean hexInt = text.length() > 2 && text.charAt(0) == '0' && (text.charAt(1) == 'x' || text.charAt(1) == 'X')
                && text.indexOf('p') < 0 && text.indexOf('P') < 0;
        boolean runeInt = !text.isEmpty() && text.charAt(0) == '\'';
        if (c.isFloat() && !hexInt && !runeInt && containsAny(text, ".eEpP")) return c.float64();
        if (c.isInt()) {
            long v = c.int64();
            if (v == (int) v) return (int) v;
            return v;
        }
        if (c.isUint()) throw errorf(text + " overflows int");
        return MISSING;
    }

    private static boolean containsAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) if (chars.indexOf(s.charAt(i)) >= 0) return true;
        return false;
    }

    private Object evalFieldNode(Object dot, FieldNode field, List<Node> args, Object fin) {
        at(field);
        return evalFieldChain(dot, dot, dotIface, field, field.ident(), args, fin);
    }

    /** Whether the current dot has static type interface{} (elements of []interface{} in range). */
    private boolean dotIface;

    private Object evalChainNode(Object dot, ChainNode chain, List<Node> args, Object fin) {
        at(chain);
        if (chain.node() instanceof NilNode) throw errorf("indirection through explicit nil in " + chain);
        Object pipe = evalArgUntyped(dot, chain.node());
        return evalFieldChain(dot, pipe, iface, chain, chain.field(), args, fin);
    }

    private Object evalVariableNode(Object dot, VariableNode variable, List<Node> args, Object fin) {
        at(variable);
        Object value = varValue(variable.ident().get(0));
        if (variable.ident().size() == 1) {
            notAFunction(args, fin);
            iface = false;
            return value;
        }
        return evalFieldChain(dot, value, false, variable, variable.ident().subList(1, variable.ident().size()), args, fin);
    }

    private Object evalFieldChain(Object dot, Object receiver, boolean recvIface, Node node, List<String> ident,
                                  List<Node> args, Object fin) {
        int n = ident.size();
        for (int i = 0; i < n - 1; i++) {
            receiver = evalField(dot, ident.get(i), node, null, NO_FINAL, receiver, recvIface);
            recvIface = iface;
        }
        return evalField(dot, ident.get(n - 1), node, args, fin, receiver, recvIface);
    }

    private Object evalFunction(Object dot, IdentifierNode node, Node cmd, List<Node> args, Object fin) {
        at(node);
        String name = node.ident();
        Func f = set.funcs().get(name);
        if (f != null) return evalCall(dot, f, cmd, name, args, fin);
        if (Builtins.NAMES.contains(name)) return evalBuiltin(dot, cmd, name, args, fin);
        throw errorf(GoFmt.quote(name) + " is not a defined function");
    }

    private Object evalField(Object dot, String fieldName, Node node, List<Node> args, Object fin, Object receiver,
                             boolean recvIface) {
        if (receiver == MISSING) {
            if (options.missingKey() == TemplateOptions.MissingKey.ERROR) {
                throw errorf("nil data; no entry for key " + GoFmt.quote(fieldName));
            }
            iface = false;
            return MISSING;
        }
        if (receiver == null) throw errorf("nil pointer evaluating interface {}." + fieldName);
        if (receiver instanceof GoObject o) {
            Func m = o.method(fieldName);
            if (m != null) return evalCall(dot, m, node, fieldName, args, fin);
        }
        boolean hasArgs = (args != null && args.size() > 1) || fin != NO_FINAL;
        Object recv = receiver instanceof GoObject o && o.underlying() != null ? o.underlying() : receiver;
        if (recv instanceof GoObject o) {
            Object v = o.field(fieldName);
            if (v != GoObject.NO_FIELD) {
                if (hasArgs) throw errorf(fieldName + " has arguments but cannot be invoked as function");
                iface = false;
                return v;
            }
        } else if (recv instanceof Map<?, ?> m) {
            if (hasArgs) throw errorf(fieldName + " is not a method but has arguments");
            Object result = m.get(fieldName);
            iface = true;
            if (result == null && !m.containsKey(fieldName)) {
                switch (options.missingKey()) {
                    case DEFAULT -> result = MISSING;
                    case ZERO -> result = m instanceof GoMap g ? g.zeroValue() : null;
                    case ERROR -> throw errorf("map has no entry for key " + GoFmt.quote(fieldName));
                    default -> throw new IllegalStateException();
                }
            }
            return result;
        }
        String typ = recvIface ? "interface {}" : GoTypes.typeName(receiver);
        throw errorf("can't evaluate field " + fieldName + " in type " + typ);
    }

    // ---- calls -------------------------------------------------------------------------------

    private Object evalCall(Object dot, Func fun, Node node, String name, List<Node> args, Object fin) {
        List<Node> a = args == null ? List.of() : args.subList(1, args.size());
        int numIn = a.size() + (fin != NO_FINAL ? 1 : 0);
        List<ParamType> params = fun.params();
        int numFixed = a.size();
        if (fun.isVariadic()) {
            numFixed = params.size();
            if (numIn < numFixed) {
                throw errorf("wrong number of args for " + name + ": want at least " + params.size() + " got " + a.size());
            }
        } else if (numIn != params.size()) {
            throw errorf("wrong number of args for " + name + ": want " + params.size() + " got " + numIn);
        }
        Object[] argv = new Object[numIn];
        int i = 0;
        for (; i < numFixed && i < a.size(); i++) argv[i] = evalArg(dot, params.get(i), a.get(i));
        if (fun.isVariadic()) {
            for (; i < a.size(); i++) argv[i] = evalArg(dot, fun.variadic(), a.get(i));
        }
        if (fin != NO_FINAL) {
            ParamType t;
            if (fun.isVariadic()) t = numIn - 1 < numFixed ? params.get(numIn - 1) : fun.variadic();
            else t = params.get(params.size() - 1);
            argv[i] = validateType(fin, t);
        }
        Object v;
        try {
            v = fun.impl().call(argv);
        } catch (ExecFailure f) {
            throw f;
        } catch (RuntimeException e) {
            throw callFailed(node, name, e);
        }
        iface = v == null;
        return v;
    }

    /** Go's {@code error calling NAME: ...} for a function that failed (or panicked) at {@code node}. */
    private ExecFailure callFailed(Node node, String name, RuntimeException e) {
        at(node);
        return failure("error calling " + name + ": " + (e instanceof TemplateException ? e.getMessage() : message(e)), e);
    }

    private static String message(Throwable e) {
        String m = e.getMessage();
        return m != null ? m : e.getClass().getName();
    }

    private Object evalBuiltin(Object dot, Node node, String name, List<Node> args, Object fin) {
        Builtins.Spec spec = Builtins.spec(name);
        List<Node> a = args == null ? List.of() : args.subList(1, args.size());
        int numIn = a.size() + (fin != NO_FINAL ? 1 : 0);
        if (spec.variadic()) {
            if (numIn < spec.fixed()) {
                throw errorf("wrong number of args for " + name + ": want at least " + spec.fixed() + " got " + a.size());
            }
        } else if (numIn != spec.fixed()) {
            throw errorf("wrong number of args for " + name + ": want " + spec.fixed() + " got " + numIn);
        }
        if (name.equals("and") || name.equals("or")) {
            boolean isOr = name.equals("or");
            Object v = MISSING;
            for (Node arg : a) {
                v = evalRawArg(dot, arg);
                if (Builtins.truth(v) == isOr) {
                    iface = false;
                    return v;
                }
            }
            if (fin != NO_FINAL) v = fin;
            iface = false;
            return v;
        }
        Object[] argv = new Object[numIn];
        int i = 0;
        for (; i < a.size(); i++) {
            Node arg = a.get(i);
            if (spec.raw()) argv[i] = evalRawArg(dot, arg);
            else if (i == 0 && spec.firstIsString()) argv[i] = evalArg(dot, ParamType.STRING, arg);
            else argv[i] = evalArg(dot, ParamType.ANY, arg);
        }
        if (fin != NO_FINAL) {
            if (spec.raw()) argv[i] = fin;
            else if (i == 0 && spec.firstIsString()) argv[i] = validateType(fin, ParamType.STRING);
            else argv[i] = validateType(fin, ParamType.ANY);
        }
        Object v;
        try {
            if (name.equals("call")) v = builtinCall(a.isEmpty() ? "" : a.get(0).toString(), argv);
            else v = Builtins.call(name, argv);
        } catch (ExecFailure f) {
            throw f;
        } catch (RuntimeException e) {
            throw callFailed(node, name, e);
        }
        iface = v == null && (name.equals("index") || name.equals("call"));
        return v;
    }

    private Object builtinCall(String calleeName, Object[] argv) {
        Object fn = argv[0];
        if (fn == MISSING || fn == null) throw new FunctionException("call of nil");
        if (!(fn instanceof Func f)) {
            throw new FunctionException("non-function " + calleeName + " of type " + GoTypes.typeName(fn));
        }
        int nargs = argv.length - 1;
        int numIn = f.params().size();
        if (f.isVariadic()) {
            if (nargs < numIn) {
                throw new FunctionException("wrong number of args for " + calleeName + ": got " + nargs + " want at least " + numIn);
            }
        } else if (nargs != numIn) {
            throw new FunctionException("wrong number of args for " + calleeName + ": got " + nargs + " want " + numIn);
        }
        Object[] args = new Object[nargs];
        for (int i = 0; i < nargs; i++) {
            ParamType t = i < numIn ? f.params().get(i) : f.variadic();
            Object v = argv[i + 1] == null ? MISSING : argv[i + 1];
            if (v == MISSING) {
                if (!t.nilable()) throw new FunctionException("arg " + i + ": value is nil; should be of type " + t.goName());
                v = null;
            } else if (!assignable(v, t)) {
                throw new FunctionException("arg " + i + ": value has type " + GoTypes.typeName(v) + "; should be " + t.goName());
            }
            args[i] = v;
        }
        return f.impl().call(args);
    }

    /** evalArg for a reflect.Value parameter: MISSING and null pass through. */
    private Object evalRawArg(Object dot, Node n) {
        at(n);
        if (n instanceof DotNode) return dot;
        if (n instanceof NilNode) return MISSING;
        if (n instanceof FieldNode f) return evalFieldNode(dot, f, List.of(n), NO_FINAL);
        if (n instanceof VariableNode v) return evalVariableNode(dot, v, null, NO_FINAL);
        if (n instanceof PipeNode p) return evalPipeline(dot, p);
        if (n instanceof IdentifierNode id) return evalFunction(dot, id, id, null, NO_FINAL);
        if (n instanceof ChainNode c) return evalChainNode(dot, c, null, NO_FINAL);
        return evalEmptyInterface(dot, n);
    }

    /** evalArg with a nil type (the base of a chain): no conversion. */
    private Object evalArgUntyped(Object dot, Node n) {
        at(n);
        if (n instanceof DotNode) {
            iface = dotIface;
            return dot;
        }
        if (n instanceof FieldNode f) return evalFieldNode(dot, f, List.of(n), NO_FINAL);
        if (n instanceof VariableNode v) return evalVariableNode(dot, v, null, NO_FINAL);
        if (n instanceof PipeNode p) {
            Object v = evalPipeline(dot, p);
            iface = false;
            return v;
        }
        if (n instanceof IdentifierNode id) return evalFunction(dot, id, id, null, NO_FINAL);
        if (n instanceof ChainNode c) return evalChainNode(dot, c, null, NO_FINAL);
        throw errorf("can't handle " + n + " for arg of type <nil>");
    }

    private Object evalArg(Object dot, ParamType typ, Node n) {
        at(n);
        if (n instanceof DotNode) return validateType(dot, typ);
        if (n instanceof NilNode) {
            if (typ.nilable()) return null;
            throw errorf("cannot assign nil to " + typ.goName());
        }
        if (n instanceof FieldNode f) return validateType(evalFieldNode(dot, f, List.of(n), NO_FINAL), typ);
        if (n instanceof VariableNode v) return validateType(evalVariableNode(dot, v, null, NO_FINAL), typ);
        if (n instanceof PipeNode p) return validateType(evalPipeline(dot, p), typ);
        if (n instanceof IdentifierNode id) return validateType(evalFunction(dot, id, id, null, NO_FINAL), typ);
        if (n instanceof ChainNode c) return validateType(evalChainNode(dot, c, null, NO_FINAL), typ);
        switch (typ.kind()) {
            case BOOL:
                if (n instanceof BoolNode b) return b.value();
                throw errorf("expected bool; found " + n);
            case FLOAT64:
                if (n instanceof NumberNode num && num.isFloat()) return num.float64();
                throw errorf("expected float; found " + n);
            case INT:
                if (n instanceof NumberNode num && num.isInt()) {
                    long v = num.int64();
                    return v == (int) v ? (Object) (int) v : (Object) v;
                }
                throw errorf("expected integer; found " + n);
            case INT64:
                if (n instanceof NumberNode num && num.isInt()) return num.int64();
                throw errorf("expected integer; found " + n);
            case UINT32:
                if (n instanceof NumberNode num && num.isUint()) return num.int64() & 0xFFFFFFFFL;
                throw errorf("expected unsigned integer; found " + n);
            case ANY:
                return evalEmptyInterface(dot, n);
            case STRING:
                if (n instanceof StringNode s) return s.text();
                throw errorf("expected string; found " + n);
            default:
                throw errorf("can't handle " + n + " for arg of type " + typ.goName());
        }
    }

    private Object evalEmptyInterface(Object dot, Node n) {
        at(n);
        if (n instanceof BoolNode b) return b.value();
        if (n instanceof DotNode) return dot;
        if (n instanceof NumberNode num) return idealConstant(num);
        if (n instanceof StringNode s) return s.text();
        if (n instanceof FieldNode f) return evalFieldNode(dot, f, null, NO_FINAL);
        if (n instanceof IdentifierNode id) return evalFunction(dot, id, id, null, NO_FINAL);
        if (n instanceof VariableNode v) return evalVariableNode(dot, v, null, NO_FINAL);
        if (n instanceof PipeNode p) return evalPipeline(dot, p);
        throw errorf("can't handle assignment of " + n + " to empty interface argument");
    }

    /** Go's validateType: checks assignability to the parameter type, with nil handling. */
    private Object validateType(Object value, ParamType typ) {
        if (value == MISSING) {
            if (typ.nilable()) return null;
            throw errorf("invalid value; expected " + typ.goName());
        }
        if (typ.kind() == ParamType.Kind.ANY) return value;
        if (value == null) throw errorf("wrong type for value; expected " + typ.goName() + "; got interface {}");
        if (assignable(value, typ)) return value;
        throw errorf("wrong type for value; expected " + typ.goName() + "; got " + GoTypes.typeName(value));
    }

    static boolean assignable(Object v, ParamType t) {
        switch (t.kind()) {
            case ANY:
                return true;
            case STRING:
                return v instanceof String;
            case INT:
                return v instanceof Integer;
            case INT64:
                return v instanceof Long;
            case UINT32:
                return false;
            case FLOAT64:
                return v instanceof Double;
            case BOOL:
                return v instanceof Boolean;
            case BYTES:
                return v instanceof byte[];
            case LIST:
                return v instanceof List && !(v instanceof GoList g && !g.elemType().equals("interface {}"));
            case STRING_LIST:
                if (v instanceof GoList g) return g.elemType().equals("string");
                if (!(v instanceof List<?> l)) return false;
                for (Object o : l) if (!(o instanceof String)) return false;
                return true;
            case MAP:
                return v instanceof Map && !(v instanceof GoMap g && !g.assignableToInterfaceMap());
            case OBJECT:
                return v instanceof GoObject o && o.goType().equals(t.goName());
            default:
                return false;
        }
    }

    // ---- printing ----------------------------------------------------------------------------

    private void printValue(Node n, Object v) {
        at(n);
        if (v == MISSING || v == null) {
            write("<no value>");
            return;
        }
        if (v instanceof Func) throw errorf("can't print " + n + " of type " + GoTypes.typeName(v));
        if (v instanceof String s) {
            write(s);
            return;
        }
        write(GoFmt.formatValue(v));
    }
}
