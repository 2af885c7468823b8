package dev.capstan.yaml;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserException;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.scanner.ScannerException;

/**
 * Turns YAML text into {@link YamlNode} trees. The tokenizer is SnakeYAML's (a YAML 1.1 scanner
 * and parser with the same lineage as libyaml, which go-yaml v2 ports); everything above the event
 * stream is ours: anchors are bound when a node starts (so an alias inside its own anchor is
 * caught later, as in go-yaml), and SnakeYAML's errors are re-worded and re-numbered to the text
 * go-yaml v2 prints ({@code yaml: line N: ...}).
 */
final class YamlComposer {
    /** go-yaml v2 limits both flow nesting and the indentation stack to this depth. */
    static final int MAX_DEPTH = 10000;

    private final Parser parser;
    private Map<String, YamlNode> anchors = new HashMap<>();

    /** Retries allowed for tabs that SnakeYAML refuses between tokens but libyaml skips. */
    private static final int MAX_TAB_FIXES = 256;

    /**
     * The first document's root node, or null. SnakeYAML (like PyYAML) accepts only spaces
     * between tokens, while libyaml also skips tabs wherever a simple key cannot start (after a
     * scalar, an anchor, a tag, a key's ':', a flow indicator) and anywhere inside a flow
     * collection. When SnakeYAML stops at such a tab, the tab is replaced by a space (it is not
     * part of any value, and both count it as one column) and the text is read again.
     */
    static YamlNode firstDocument(String text) {
        String current = text;
        for (int attempt = 0; ; attempt++) {
            YamlComposer c = new YamlComposer(current);
            try {
                return c.nextDocument();
            } catch (TabRetry retry) {
                if (attempt >= MAX_TAB_FIXES) {
                    throw retry.error;
                }
                char[] chars = current.toCharArray();
                for (int i = retry.index; i < chars.length && chars[i] == '\t'; i++) {
                    chars[i] = ' ';
                }
                current = new String(chars);
            }
        }
    }

    /** Internal signal: SnakeYAML refused a tab that libyaml would have skipped. */
    private static final class TabRetry extends RuntimeException {
        final int index;
        final YamlException error;

        TabRetry(int index, YamlException error) {
            super(null, null, false, false);
            this.index = index;
            this.error = error;
        }
    }

    private final String text;
    private final Deque<Boolean> flow = new ArrayDeque<>();
    private final Deque<Integer> columns = new ArrayDeque<>();
    private final Deque<Integer> starts = new ArrayDeque<>();
    private Event lastEvent;
    /** Whether the last scalar composed was a mapping key (its value not yet read). */
    private boolean lastWasKey;
    private int lastDocumentEnd;

    YamlComposer(String text) {
        boolean surrogates = checkCharacters(text);
        this.text = text;
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(Integer.MAX_VALUE);
        options.setProcessComments(false);
        this.parser = new ParserImpl(new TextReader(text.isEmpty() ? "\n" : text, surrogates), options);
    }

    /**
     * The next document's root node; null for an empty document ({@code ---} alone gives an empty
     * plain scalar, as in libyaml) or at the end of the stream ({@link #atEnd()} tells which).
     */
    YamlNode nextDocument() {
        if (lastDocumentEnd == 0) {
            checkLeadingDirectives();
        }
        try {
            Event e = parser.getEvent();
            if (e.is(Event.ID.StreamStart)) {
                e = parser.getEvent();
            }
            if (e.is(Event.ID.StreamEnd)) {
                ended = true;
                return null;
            }
            checkVersionDirective(e);
            anchors = new HashMap<>();
            YamlNode root = composeNode(parser.getEvent());
            Event end = parser.getEvent(); // DocumentEnd
            lastDocumentEnd = end.getEndMark() == null ? text.length() : end.getEndMark().getIndex();
            checkDirectiveAfter(lastDocumentEnd);
            return root;
        } catch (MarkedYAMLException ex) {
            YamlException error = translate(ex, text.length());
            error = directiveMessage(ex, error);
            error = tagMessage(ex, error);
            error = tabMessage(ex, error);
            int tab = skippableTab(ex);
            if (tab >= 0) {
                throw new TabRetry(tab, error);
            }
            throw error;
        } catch (YAMLException ex) {
            throw new YamlException("yaml: " + ex.getMessage(), 0);
        }
    }

    private boolean ended;

    boolean atEnd() {
        return ended;
    }

    /** Composes one node, iteratively so that deep nesting cannot overflow the Java stack. */
    private YamlNode composeNode(Event first) {
        Deque<YamlNode> open = new ArrayDeque<>();
        Event e = first;
        while (true) {
            YamlNode done = null;
            if (e instanceof ScalarEvent s) {
                String tag = s.getTag() == null ? "" : s.getTag();
                if (s.isDQuoted()) {
                    checkSurrogates(s);
                }
                YamlNode n = YamlNode.scalar(line(s), tag, s.getValue(), s.getImplicit().canOmitTagInPlainScalar());
                anchor(s, n);
                done = n;
            } else if (e instanceof AliasEvent a) {
                checkAnchorName(a, a.getAnchor());
                YamlNode target = anchors.get(a.getAnchor());
                if (target == null) {
                    throw new YamlException("yaml: unknown anchor '" + a.getAnchor() + "' referenced", 0);
                }
                done = YamlNode.alias(line(a), a.getAnchor(), target);
            } else if (e instanceof CollectionStartEvent c) {
                String tag = c.getTag() == null ? "" : c.getTag();
                YamlNode n = YamlNode.collection(
                        e.is(Event.ID.MappingStart) ? YamlNode.Kind.MAPPING : YamlNode.Kind.SEQUENCE, line(c), tag);
                anchor(c, n);
                if (open.size() >= MAX_DEPTH) {
                    throw new YamlException("yaml: exceeded max depth of " + MAX_DEPTH, 0);
                }
                open.push(n);
                flow.push(c.isFlow());
                columns.push(c.getStartMark() == null ? 0 : c.getStartMark().getColumn());
                starts.push(c.getStartMark() == null ? -1 : c.getStartMark().getIndex());
            } else if (e.is(Event.ID.MappingEnd) || e.is(Event.ID.SequenceEnd)) {
                done = open.pop();
                flow.pop();
                columns.pop();
                starts.pop();
            } else {
                throw new IllegalStateException("unexpected YAML event " + e);
            }
            if (done != null) {
                if (open.isEmpty()) {
                    return done;
                }
                YamlNode parent = open.peek();
                parent.children.add(done);
                lastWasKey = parent.kind == YamlNode.Kind.MAPPING && parent.children.size() % 2 == 1;
            }
            lastEvent = e;
            e = parser.getEvent();
        }
    }

    /**
     * Where SnakeYAML stopped at a tab that libyaml skips, the tab's index; else -1. libyaml eats
     * tabs before a token when inside a flow collection or when a simple key is not allowed, i.e.
     * unless the tab starts a line or follows '-', '?' or the ':' of a complex key.
     */
    private int skippableTab(MarkedYAMLException ex) {
        Mark pm = ex.getProblemMark();
        String p = ex.getProblem() == null ? "" : ex.getProblem();
        if (pm == null || !(ex instanceof ScannerException)) {
            return -1;
        }
        int idx = pm.getIndex();
        if (idx < 0 || idx >= text.length() || text.charAt(idx) != '\t') {
            return -1;
        }
        if (p.startsWith("expected ' ', but found")) {
            return idx; // after a tag: libyaml accepts any blank there
        }
        if (!p.contains("cannot start any token")) {
            return -1;
        }
        int j = idx - 1;
        while (j >= 0 && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
            j--;
        }
        if (j < 0 || text.charAt(j) == '\n' || text.charAt(j) == '\r') {
            // Indentation. libyaml refuses it too, except inside a flow collection or a
            // multi-line plain scalar (whose leading blanks it eats if right of the block's indentation).
            if (stillInFlow(idx)) {
                return idx;
            }
            if (lastEvent instanceof ScalarEvent s && s.isPlain() && !lastWasKey && (flow.isEmpty() || !flow.peek())
                    && onlyBlanksSince(s, idx) && pm.getColumn() > blockIndent()) {
                return idx;
            }
            if (afterFlowIndicator(idx)) {
                return idx; // inside a flow collection the parser has not reported yet
            }
            return -1;
        }
        if (!flow.isEmpty() && flow.peek()) {
            return idx;
        }
        char prev = text.charAt(j);
        boolean startsToken = j == 0 || " \t\r\n".indexOf(text.charAt(j - 1)) >= 0;
        if ((prev == '-' || prev == '?') && startsToken) {
            return -1;
        }
        if (prev == ':') {
            int k = j - 1;
            while (k >= 0 && text.charAt(k) == ' ') {
                k--;
            }
            if (k < 0 || text.charAt(k) == '\n' || text.charAt(k) == '\r') {
                return -1; // the value of a complex ('?') key
            }
        }
        return idx;
    }

    /** After a handle such as {@code !e!} libyaml wants a URI; after a lone '!' it wants a blank. */
    private YamlException tagMessage(MarkedYAMLException ex, YamlException error) {
        Mark pm = ex.getProblemMark();
        if (!(ex instanceof ScannerException) || pm == null
                || !error.getMessage().endsWith("did not find expected whitespace or line break")) {
            return error;
        }
        int idx = Math.min(pm.getIndex(), text.length());
        int bang = text.lastIndexOf('!', idx - 1);
        if (bang >= 0 && text.substring(bang, idx).equals("!") ) {
            int open = text.lastIndexOf('!', bang - 1);
            if (open >= 0 && text.substring(open + 1, bang).chars().allMatch(c -> isAlnum((char) c))
                    && (open == 0 || " \t\n:-[{,?".indexOf(text.charAt(open - 1)) >= 0)) {
                return new YamlException(error.getMessage().replace("did not find expected whitespace or line break",
                        "did not find expected tag URI"), error.line());
            }
        }
        return error;
    }

    /** libyaml tells an empty directive name from one followed by a stray character. */
    private YamlException directiveMessage(MarkedYAMLException ex, YamlException error) {
        Mark pm = ex.getProblemMark();
        String context = ex.getContext() == null ? "" : ex.getContext();
        if (!(ex instanceof ScannerException) || pm == null || !context.contains("directive")
                || !error.getMessage().endsWith("could not find expected directive name")) {
            return error;
        }
        int idx = pm.getIndex();
        if (idx > 0 && idx <= text.length() && isAlnum(text.charAt(idx - 1))) {
            return new YamlException(error.getMessage().replace("could not find expected directive name",
                    "found unexpected non-alphabetical character"), error.line());
        }
        return error;
    }

    /** libyaml names a tab that breaks the indentation of a block or plain scalar more precisely. */
    private YamlException tabMessage(MarkedYAMLException ex, YamlException error) {
        Mark pm = ex.getProblemMark();
        if (!(ex instanceof ScannerException) || pm == null || pm.getIndex() >= text.length()
                || text.charAt(pm.getIndex()) != '\t' || !(lastEvent instanceof ScalarEvent s)) {
            return error;
        }
        String msg;
        if (s.isLiteral() || s.isFolded()) {
            msg = "found a tab character where an indentation space is expected";
        } else if (s.isPlain() && !lastWasKey && (flow.isEmpty() || !flow.peek()) && pm.getColumn() <= blockIndent()
                && onlyBlanksSince(s, pm.getIndex())
                && s.getEndMark() != null && s.getEndMark().getLine() < pm.getLine()) {
            msg = "found a tab character that violates indentation";
        } else {
            return error;
        }
        int line = pm.getLine() != 0 ? pm.getLine() + 1 : 0;
        return new YamlException("yaml: " + (line != 0 ? "line " + line + ": " : "") + msg, line);
    }

    /**
     * Whether {@code index} still lies inside the innermost flow collection the parser reported:
     * the parser lags the scanner, so the collection may already be closed in the text. Inside a
     * flow collection plain scalars cannot hold brackets, so counting them (outside quotes and
     * comments) from the collection's start is exact.
     */
    private boolean stillInFlow(int index) {
        if (flow.isEmpty() || !flow.peek() || starts.peek() < 0) {
            return false;
        }
        int depth = 0;
        for (int i = starts.peek(); i < index && i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '[' || c == '{') {
                depth++;
            } else if (c == ']' || c == '}') {
                depth--;
                if (depth == 0) {
                    return false;
                }
            } else if (c == '"') {
                for (i++; i < index && text.charAt(i) != '"'; i++) {
                    if (text.charAt(i) == '\\') {
                        i++;
                    }
                }
            } else if (c == '\'') {
                for (i++; i < index; i++) {
                    if (text.charAt(i) == '\'') {
                        if (i + 1 < index && text.charAt(i + 1) == '\'') {
                            i++;
                        } else {
                            break;
                        }
                    }
                }
            } else if (c == '#' && i > 0 && " \t\n\r".indexOf(text.charAt(i - 1)) >= 0) {
                while (i < index && text.charAt(i) != '\n') {
                    i++;
                }
            }
        }
        return depth > 0;
    }

    /** The column of the innermost block collection, -1 at the top (libyaml's {@code parser.indent}). */
    private int blockIndent() {
        return columns.isEmpty() ? -1 : columns.peek();
    }

    /**
     * Whether the last significant character before {@code index} (skipping blanks, line breaks
     * and comment lines) opens a flow collection or separates its entries.
     */
    private boolean afterFlowIndicator(int index) {
        int lineEnd = text.lastIndexOf('\n', index - 1);
        while (lineEnd >= 0) {
            int lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1;
            String line = text.substring(lineStart, lineEnd);
            int hash = -1;
            for (int i = 0; i < line.length(); i++) {
                if (line.charAt(i) == '#' && (i == 0 || line.charAt(i - 1) == ' ' || line.charAt(i - 1) == '\t')) {
                    hash = i;
                    break;
                }
            }
            String content = (hash >= 0 ? line.substring(0, hash) : line).stripTrailing();
            if (!content.isEmpty()) {
                char last = content.charAt(content.length() - 1);
                return last == '{' || last == '[' || last == ',';
            }
            lineEnd = lineStart - 1;
        }
        return false;
    }

    /** Whether a plain scalar's scanning would run on to {@code index}: only blanks and line breaks between. */
    private boolean onlyBlanksSince(ScalarEvent s, int index) {
        if (s.getEndMark() == null) {
            return false;
        }
        for (int i = s.getEndMark().getIndex(); i < index && i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return false;
            }
        }
        return true;
    }

    /** go-yaml v2 reads only YAML 1.1 documents: any other %YAML version is refused. */
    private void checkVersionDirective(Event start) {
        int to = start.getEndMark() == null ? 0 : start.getEndMark().getIndex();
        int from = Math.min(lastDocumentEnd, to);
        int lineStart = from;
        while (lineStart < to) {
            int nl = text.indexOf('\n', lineStart);
            int end = nl < 0 || nl > to ? to : nl;
            if (text.startsWith("%", lineStart)) {
                checkDirective(lineStart, end);
            }
            lineStart = end + 1;
        }
    }

    /**
     * The first line after the first document that is not blank or a comment: libyaml scans it
     * to end the document, so a directive there is checked; SnakeYAML ignores unknown ones.
     */
    private void checkDirectiveAfter(int index) {
        int lineStart = text.lastIndexOf('\n', Math.max(0, index - 1)) + 1;
        if (lineStart < index) {
            int nl = text.indexOf('\n', index);
            lineStart = nl < 0 ? text.length() : nl + 1;
        }
        while (lineStart < text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int end = nl < 0 ? text.length() : nl;
            String line = text.substring(lineStart, end).strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                if (text.startsWith("%", lineStart)) {
                    checkDirective(lineStart, end);
                }
                return;
            }
            lineStart = end + 1;
        }
    }

    /** Directives before the first document (only blank and comment lines may come between them). */
    private void checkLeadingDirectives() {
        int lineStart = 0;
        while (lineStart < text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int end = nl < 0 ? text.length() : nl;
            String line = text.substring(lineStart, end).strip();
            if (text.startsWith("%", lineStart)) {
                checkDirective(lineStart, end);
            } else if (!line.isEmpty() && !line.startsWith("#")) {
                return;
            }
            lineStart = end + 1;
        }
    }

    /** libyaml's directive scanning (%YAML 1.1 or %TAG only) and its YAML 1.1 version check. */
    private void checkDirective(int lineStart, int lineEnd) {
        int l0 = lineOf(lineStart);
        String where = l0 != 0 ? "line " + (l0 + 1) + ": " : "";
        int i = lineStart + 1;
        while (i < lineEnd && isAlnum(text.charAt(i))) {
            i++;
        }
        String name = text.substring(lineStart + 1, i);
        if (name.isEmpty()) {
            throw new YamlException("yaml: " + where + "could not find expected directive name", l0 + 1);
        }
        if (i < lineEnd && " \t\r".indexOf(text.charAt(i)) < 0) {
            throw new YamlException("yaml: " + where + "found unexpected non-alphabetical character", l0 + 1);
        }
        if (name.equals("YAML")) {
            while (i < lineEnd && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                i++;
            }
            int[] version = new int[2];
            for (int part = 0; part < 2; part++) {
                int d = i;
                while (i < lineEnd && Character.isDigit(text.charAt(i)) && text.charAt(i) < 0x80) {
                    i++;
                }
                if (i == d) {
                    throw new YamlException("yaml: " + where + "did not find expected version number", l0 + 1);
                }
                if (i - d > 9) {
                    throw new YamlException("yaml: " + where + "found extremely long version number", l0 + 1);
                }
                version[part] = Integer.parseInt(text.substring(d, i));
                if (part == 0) {
                    if (i >= lineEnd || text.charAt(i) != '.') {
                        throw new YamlException("yaml: " + where + "did not find expected digit or '.' character", l0 + 1);
                    }
                    i++;
                }
            }
            while (i < lineEnd && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                i++;
            }
            if (i < lineEnd && text.charAt(i) != '#' && text.charAt(i) != '\r') {
                throw new YamlException("yaml: " + where + "did not find expected comment or line break", l0 + 1);
            }
            if (version[0] != 1 || version[1] != 1) {
                throw new YamlException("yaml: " + (l0 != 0 ? "line " + l0 + ": " : "") + "found incompatible YAML document", l0);
            }
        } else if (!name.equals("TAG")) {
            throw new YamlException("yaml: " + where + "found unknown directive name", l0 + 1);
        }
    }

    private static boolean isAlnum(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-';
    }

    private int lineOf(int index) {
        int l = 0;
        for (int i = 0; i < index && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                l++;
            }
        }
        return l;
    }

    /** libyaml refuses a backslash-u escape that names a surrogate; SnakeYAML passes it through. */
    private static void checkSurrogates(ScalarEvent s) {
        String v = s.getValue();
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < v.length() && Character.isLowSurrogate(v.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                int l = line(s);
                throw new YamlException("yaml: " + (l != 0 ? "line " + (l + 1) + ": " : "")
                        + "found invalid Unicode character escape code", l + 1);
            }
        }
    }

    /** libyaml's anchor and alias names are ASCII letters, digits, '_' and '-' only. */
    private static void checkAnchorName(Event e, String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-')) {
                int l = line(e);
                throw new YamlException("yaml: " + (l != 0 ? "line " + (l + 1) + ": " : "")
                        + "did not find expected alphabetic or numeric character", l + 1);
            }
        }
    }

    private void anchor(NodeEvent e, YamlNode n) {
        if (e.getAnchor() != null) {
            checkAnchorName(e, e.getAnchor());
            anchors.put(e.getAnchor(), n);
        }
    }

    private static int line(Event e) {
        return e.getStartMark() == null ? 0 : e.getStartMark().getLine();
    }

    /**
     * libyaml's reader rejects these before scanning anything (it decodes its input ahead of the
     * scanner), so the check runs over the whole text first and carries no line, like go-yaml's.
     */
    /** Rejects what go-yaml rejects; returns whether the text has surrogate pairs (for TextReader). */
    private static boolean checkCharacters(String text) {
        boolean surrogates = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c <= 0x7E || c == '\n' || c == '\r' || c == '\t') {
                continue;
            }
            boolean ok;
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                ok = true;
                surrogates = true;
            } else {
                ok = c == 0x85 || c >= 0xA0 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD;
            }
            if (!ok) {
                throw new YamlException("yaml: control characters are not allowed", 0);
            }
        }
        return surrogates;
    }

    /** SnakeYAML's wording and marks to go-yaml v2's {@code parser.fail()} output. */
    private static YamlException translate(MarkedYAMLException ex, int textLength) {
        String problem = ex.getProblem() == null ? "" : ex.getProblem();
        String context = ex.getContext() == null ? "" : ex.getContext();
        boolean scanner = ex instanceof ScannerException;
        String msg = scanner ? scannerProblem(problem, context) : parserProblem(problem, context);
        // go-yaml: the problem line (0-based, +1 for scanner errors only), else the context line.
        int line = 0;
        Mark pm = ex.getProblemMark();
        Mark cm = ex.getContextMark();
        // libyaml's fetch_stream_end moves the mark to a new line when the text does not end
        // with one, and then checks pending simple keys; SnakeYAML's mark stays on the last line.
        // So a stale-key error found there is one line later in go-yaml, while a token that runs
        // into the end of the stream (an unclosed quoted scalar) fails before that step.
        boolean afterStreamEnd = pm != null && pm.getIndex() >= textLength && pm.getColumn() != 0
                && !problem.contains("end of stream");
        int pmLine = pm == null ? 0 : pm.getLine() + (afterStreamEnd ? 1 : 0);
        if (pm != null && pmLine != 0) {
            line = pmLine + (scanner ? 1 : 0);
        } else if (cm != null && cm.getLine() != 0 && !(ex instanceof ParserException && context.isEmpty())) {
            line = cm.getLine();
        }
        return new YamlException("yaml: " + (line != 0 ? "line " + line + ": " : "") + msg, line);
    }

    private static String scannerProblem(String p, String context) {
        if (p.startsWith("mapping values are not allowed")) {
            return "mapping values are not allowed in this context";
        }
        if (p.startsWith("sequence entries are not allowed")) {
            return "block sequence entries are not allowed in this context";
        }
        if (p.startsWith("mapping keys are not allowed")) {
            return "mapping keys are not allowed in this context";
        }
        if (p.startsWith("found character") && p.contains("cannot start any token")) {
            return "found character that cannot start any token";
        }
        if (p.startsWith("found unexpected document separator")) {
            return "found unexpected document indicator";
        }
        if (p.startsWith("found unknown escape character")) {
            return "found unknown escape character";
        }
        if (p.startsWith("expected escape sequence of")) {
            return "did not find expected hexdecimal number";
        }
        if (p.startsWith("unexpected character found")) {
            return "did not find expected alphabetic or numeric character";
        }
        if (p.startsWith("expected alphabetic or numeric character")) {
            return context.contains("directive") ? "could not find expected directive name"
                    : "did not find expected alphabetic or numeric character";
        }
        if (p.startsWith("expected indentation indicator in the range 1-9")) {
            return "found an indentation indicator equal to 0";
        }
        if (p.startsWith("expected chomping or indentation indicators") || p.startsWith("expected a comment or a line break")) {
            return context.contains("directive") ? "did not find expected comment or line break"
                    : "did not find expected comment or line break";
        }
        if (p.startsWith("expected '>'")) {
            return "did not find the expected '>'";
        }
        if (p.startsWith("expected ' '")) {
            return "did not find expected whitespace or line break";
        }
        if (p.startsWith("expected URI escape")) {
            return "did not find URI escaped octet";
        }
        if (p.startsWith("expected URI")) {
            // libyaml takes a lone '!' as the handle and then wants a blank after the tag.
            return "did not find expected whitespace or line break";
        }
        if (p.startsWith("expected '!'")) {
            return "did not find expected '!'";
        }
        if (p.startsWith("expected a digit or '.'")) {
            return "did not find expected digit or '.' character";
        }
        if (p.startsWith("expected a digit")) {
            return "did not find expected version number";
        }
        int cut = p.indexOf(", but found");
        return cut > 0 ? p.substring(0, cut) : p;
    }

    private static String parserProblem(String p, String context) {
        if (p.startsWith("expected the node content")) {
            return "did not find expected node content";
        }
        if (p.startsWith("expected '<document start>'")) {
            return "did not find expected <document start>";
        }
        if (p.startsWith("found duplicate YAML directive")) {
            return "found duplicate %YAML directive";
        }
        if (p.startsWith("found incompatible YAML document")) {
            return "found incompatible YAML document";
        }
        if (p.startsWith("duplicate tag handle")) {
            return "found duplicate %TAG directive";
        }
        if (p.startsWith("found undefined tag handle")) {
            return "found undefined tag handle";
        }
        switch (context) {
            case "while parsing a block mapping":
                return "did not find expected key";
            case "while parsing a block collection":
                return "did not find expected '-' indicator";
            case "while parsing a flow sequence":
                return "did not find expected ',' or ']'";
            case "while parsing a flow mapping":
                return "did not find expected ',' or '}'";
            default:
                int cut = p.indexOf(", but found");
                return cut > 0 ? p.substring(0, cut) : p;
        }
    }
}
