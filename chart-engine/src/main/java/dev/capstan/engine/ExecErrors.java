package dev.capstan.engine;

import dev.capstan.gotemplate.GoText;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Helm's rewriting of template execution errors ({@code reformatExecErrorMsg}): a {@code required}
 * or {@code fail} message becomes {@code execution error at (LOCATION): MESSAGE}; any other error
 * whose whole chain is made of text/template errors becomes the multi-line trace of v4
 * ({@code LOCATION\n  executing "NAME" at <NODE>:\n    MESSAGE}, one block per level); an error
 * whose chain contains anything else is shown raw.
 */
public final class ExecErrors {
    private static final Pattern WARN = Pattern.compile("HELM_ERR_START(.*)HELM_ERR_END", Pattern.DOTALL);

    private ExecErrors() {
    }

    /**
     * @param filename the template being executed
     * @param chain    the error's message, then the messages of the errors it wraps, outermost first
     *                 (Go's {@code errors.Unwrap} chain)
     */
    public static String reformat(String filename, List<String> chain) {
        String top = chain.get(0);
        String[] tokens = splitN(top, ": ", 3);
        if (tokens.length != 3) return "execution error in (" + filename + "): " + top;
        String location = tokens[1];
        Matcher w = WARN.matcher(tokens[2]);
        if (w.find()) return "execution error at (" + location + "): " + w.group(1);
        List<Traceable> locations = new ArrayList<>();
        for (String msg : chain) {
            Traceable t = parse(msg);
            if (t == null) return top;
            if (locations.isEmpty() || !locations.get(locations.size() - 1).equals(t)) locations.add(t);
        }
        StringBuilder sb = new StringBuilder();
        for (Traceable t : locations) sb.append(t.render());
        return GoText.trimSpace(sb.toString());
    }

    record Traceable(String location, String message, String executedFunction) {
        String render() {
            StringBuilder b = new StringBuilder();
            if (!location.isEmpty()) b.append(location).append("\n  ");
            if (!executedFunction.isEmpty()) b.append(executedFunction).append("\n    ");
            if (!message.isEmpty()) b.append(message).append('\n');
            return b.toString();
        }
    }

    static Traceable parse(String s) {
        String prefix = "template: ";
        if (!s.startsWith(prefix)) return null;
        String rem = s.substring(prefix.length());
        if (rem.startsWith("no template ")) return new Traceable("", s, "");
        Traceable t = parseExecuting(rem);
        if (t != null) return t;
        int sep = rem.lastIndexOf(": ");
        if (sep >= 0) {
            String msg = cutChained(rem.substring(sep + 2));
            return new Traceable(rem.substring(0, sep), msg, "");
        }
        return null;
    }

    private static Traceable parseExecuting(String rem) {
        int idx = rem.indexOf(": executing ");
        if (idx < 0) return null;
        String name = rem.substring(0, idx);
        String after = rem.substring(idx + ": executing ".length());
        if (after.isEmpty() || after.charAt(0) != '"') return null;
        int endQuote = after.indexOf('"', 1);
        if (endQuote < 0) return null;
        String function = after.substring(1, endQuote);
        String afterFunc = after.substring(endQuote + 1);
        if (!afterFunc.startsWith(" at <")) return null;
        String afterAt = afterFunc.substring(" at <".length());
        int endLoc = afterAt.indexOf(">: ");
        if (endLoc < 0) return null;
        String loc = afterAt.substring(0, endLoc);
        String msg = cutChained(afterAt.substring(endLoc + 3));
        return new Traceable(name, msg, "executing \"" + function + "\" at <" + loc + ">:");
    }

    private static String cutChained(String msg) {
        int cut = msg.indexOf(" template:");
        return cut >= 0 ? msg.substring(0, cut) : msg;
    }

    /** Go's {@code strings.SplitN}. */
    static String[] splitN(String s, String sep, int n) {
        List<String> out = new ArrayList<>();
        int from = 0;
        while (out.size() < n - 1) {
            int i = s.indexOf(sep, from);
            if (i < 0) break;
            out.add(s.substring(from, i));
            from = i + sep.length();
        }
        out.add(s.substring(from));
        return out.toArray(new String[0]);
    }

    static boolean same(Traceable a, Traceable b) {
        return Objects.equals(a, b);
    }
}
