package dev.capstan.yaml;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A fast path for {@link ManifestHead#read}: reads the head of a manifest written in the plain
 * block style templates produce, without building the document.
 *
 * <p>Helm decodes every rendered document completely to read four fields, so a document that is
 * not valid YAML anywhere fails the render. The full reader (SnakeYAML, then go-yaml's and the
 * JSON step's rules) costs about as much per byte of a 1.4 MB CRD as everything else argo-cd
 * renders. This reader walks the lines once and accepts a document only when it stays inside a
 * subset of YAML whose validity follows from the line shapes alone: block mappings whose keys are
 * simple names or one-line quoted strings, block sequences (indented or not), compact mappings in
 * sequence entries, plain scalars (with continuation lines), quoted scalars (with common escapes
 * only), block scalars with auto-detected indentation, {@code {}}, one-line flow sequences of
 * scalars, and comments. Anything else (tabs, flow mappings with content, anchors, aliases, tags,
 * directives, a second document, other keys, a head field that would need go-yaml's typing) makes
 * it answer null, and the caller takes the full reader, which also words any error. Within the
 * subset it never answers for a document the full reader rejects: {@code BlockHeadReaderTest}
 * checks that on every document of the compat corpus and on mutations of them.
 */
final class BlockHeadReader {
    /** Leaves the fast path; carries no stack (it is control flow). */
    private static final RuntimeException OUTSIDE = new RuntimeException("outside the block subset", null, false, false) {
    };
    private static final int MAX_DEPTH = 200;
    private static final int MAX_KEY = 1000;
    /** Escapes both YAML readers take in double quotes (a subset; the others leave the fast path). */
    private static final String ESCAPES = "\\\"0bfnrt";

    // what a mapping's keys mean for the head, and what a value is read for
    private static final int TOP = 0;
    private static final int METADATA = 1;
    private static final int ANNOTATIONS = 2;
    private static final int OTHER = 3;
    private static final int F_API_VERSION = 4;
    private static final int F_KIND = 5;
    private static final int F_NAME = 6;
    private static final int F_ANNOTATION = 7;

    private final String s;
    private final int n;
    // the current content line: its first byte, the column and offset of its content, its end
    private int lineStart;
    private int indent;
    private int content;
    private int lineEnd;
    private boolean eof;
    private int depth;
    // the key last read: its text is [keyFrom, keyTo), quoted or not
    private int keyFrom;
    private int keyTo;
    private boolean keyQuoted;

    // the head, as ManifestHead.of builds it
    private String apiVersion = "";
    private String kind = "";
    private boolean sawApiVersion;
    private boolean sawKind;
    private boolean sawMetadata;
    private boolean metadataPresent;
    private String name = "";
    private boolean sawName;
    private boolean sawAnnotations;
    private Map<String, String> annotations;
    private String annotationKey;

    private BlockHeadReader(String s) {
        this.s = s;
        this.n = s.length();
    }

    /** The head of {@code text}, or null when the text is outside the subset this reader knows. */
    static ManifestHead read(String text) {
        if (!printable(text)) {
            return null;
        }
        BlockHeadReader r = new BlockHeadReader(text);
        try {
            return r.document();
        } catch (RuntimeException e) {
            if (e == OUTSIDE) {
                return null;
            }
            throw e;
        }
    }

    /**
     * Printable text in one-column characters: no tabs, no carriage returns, no line breaks other
     * than LF (YAML also breaks at U+0085, U+2028, U+2029), no byte-order mark, no surrogates.
     */
    private static boolean printable(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c <= 0x7E || c == '\n') {
                continue;
            }
            if (c < 0xA0 || c >= 0xD800 && c <= 0xDFFF || c == 0x2028 || c == 0x2029 || c == 0xFEFF || c > 0xFFFD) {
                return false;
            }
        }
        return true;
    }

    private ManifestHead document() {
        settle(0);
        if (eof) {
            return new ManifestHead("", "", null); // only comments: an empty document
        }
        if (indent != 0) {
            throw OUTSIDE;
        }
        mapping(0, TOP);
        if (!eof) {
            throw OUTSIDE;
        }
        ManifestHead.Metadata meta = null;
        if (metadataPresent) {
            meta = new ManifestHead.Metadata(name, annotations == null ? null : sorted(annotations));
        }
        return new ManifestHead(apiVersion, kind, meta);
    }

    /** In the order the full reader gives (encoding/json sees keys sorted by bytes). */
    private static Map<String, String> sorted(Map<String, String> m) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String k : ManifestHead.sortedKeys(m)) {
            out.put(k, m.get(k));
        }
        return Collections.unmodifiableMap(out);
    }

    // ---- lines

    /** Makes the line at {@code pos} current, or the first after it with content (not blank, not a comment). */
    private void settle(int pos) {
        while (true) {
            if (pos >= n) {
                eof = true;
                return;
            }
            load(pos);
            if (content < lineEnd && s.charAt(content) != '#') {
                if (indent == 0 && (s.startsWith("---", content) || s.startsWith("...", content))) {
                    throw OUTSIDE; // a document marker
                }
                return;
            }
            pos = lineEnd + 1;
        }
    }

    private void load(int pos) {
        lineStart = pos;
        int i = pos;
        while (i < n && s.charAt(i) == ' ') {
            i++;
        }
        content = i;
        indent = i - pos;
        int e = s.indexOf('\n', i);
        lineEnd = e < 0 ? n : e;
    }

    private void nextLine() {
        settle(lineEnd + 1);
    }

    /** Makes the first line at or after {@code pos} that is not blank current (comments count); false at the end. */
    private boolean nextNonBlank(int pos) {
        while (pos < n) {
            load(pos);
            if (content < lineEnd) {
                return true;
            }
            pos = lineEnd + 1;
        }
        return false;
    }

    private boolean atSequenceEntry() {
        return s.charAt(content) == '-' && (content + 1 == lineEnd || s.charAt(content + 1) == ' ');
    }

    // ---- block structure

    /** A block mapping whose keys are at column {@code ind}; returns at the first line elsewhere. */
    private void mapping(int ind, int role) {
        if (++depth > MAX_DEPTH) {
            throw OUTSIDE;
        }
        while (!eof && indent == ind) {
            int p = content;
            if (atSequenceEntry()) {
                throw OUTSIDE;
            }
            int k = key(p);
            int field = field(role);
            int v = k + 1;
            while (v < lineEnd && s.charAt(v) == ' ') {
                v++;
            }
            if (v == lineEnd || s.charAt(v) == '#') {
                nextLine();
                if (!eof && indent > ind) {
                    nested(ind, field);
                } else if (!eof && indent == ind && atSequenceEntry()) {
                    if (field != OTHER) {
                        throw OUTSIDE;
                    }
                    sequence(ind);
                } else {
                    empty(field);
                }
            } else {
                inline(v, ind, field);
            }
        }
        depth--;
    }

    /**
     * Reads the key at {@code p} (a plain name, or a quoted string without escapes on one line)
     * into keyFrom/keyTo/keyQuoted and returns the offset of the ':' after it.
     */
    private int key(int p) {
        int k = keyColon(p);
        if (k < 0 || k - p > MAX_KEY) {
            throw OUTSIDE;
        }
        keyQuoted = s.charAt(p) == '"' || s.charAt(p) == '\'';
        keyFrom = keyQuoted ? p + 1 : p;
        keyTo = keyQuoted ? k - 1 : k;
        // an unquoted key that reads as null fails the JSON step
        int len = keyTo - keyFrom;
        if (!keyQuoted && len == 4 && (s.startsWith("null", p) || s.startsWith("Null", p) || s.startsWith("NULL", p))) {
            throw OUTSIDE;
        }
        return k;
    }

    /** The offset of the ':' (followed by a space or the line's end) after a key at {@code p}, or -1. */
    private int keyColon(int p) {
        char c = s.charAt(p);
        int k;
        if (c == '"' || c == '\'') {
            k = p + 1;
            while (k < lineEnd && s.charAt(k) != c) {
                if (s.charAt(k) == '\\') {
                    return -1;
                }
                k++;
            }
            if (k == lineEnd || (c == '\'' && k + 1 < lineEnd && s.charAt(k + 1) == '\'')) {
                return -1;
            }
            k++;
        } else {
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == '$')) {
                return -1;
            }
            k = p + 1;
            while (k < lineEnd && keyChar(s.charAt(k))) {
                k++;
            }
        }
        if (k == lineEnd || s.charAt(k) != ':' || (k + 1 < lineEnd && s.charAt(k + 1) != ' ')) {
            return -1;
        }
        return k;
    }

    private static boolean keyChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                || c == '_' || c == '-' || c == '.' || c == '/' || c == '$';
    }

    /** What the key just read, in a mapping in {@code role}, is read for; a repeated head key leaves the fast path. */
    private int field(int role) {
        int p = keyFrom;
        int len = keyTo - keyFrom;
        switch (role) {
            case TOP:
                if (is(p, len, "apiVersion")) {
                    sawApiVersion = once(sawApiVersion);
                    return F_API_VERSION;
                }
                if (is(p, len, "kind")) {
                    sawKind = once(sawKind);
                    return F_KIND;
                }
                if (is(p, len, "metadata")) {
                    sawMetadata = once(sawMetadata);
                    return METADATA;
                }
                return OTHER;
            case METADATA:
                if (is(p, len, "name")) {
                    sawName = once(sawName);
                    return F_NAME;
                }
                if (is(p, len, "annotations")) {
                    sawAnnotations = once(sawAnnotations);
                    return ANNOTATIONS;
                }
                return OTHER;
            case ANNOTATIONS:
                String key = s.substring(p, keyTo);
                if ((!keyQuoted && !(ScalarResolver.resolve("", key).value() instanceof String)) || annotations.containsKey(key)) {
                    throw OUTSIDE;
                }
                annotationKey = key;
                return F_ANNOTATION;
            default:
                return OTHER;
        }
    }

    /** Whether [p, p+len) is {@code name}; a spelling that differs only in case leaves the fast path (JSON matches fields case-insensitively). */
    private boolean is(int p, int len, String name) {
        if (len != name.length() || !s.regionMatches(true, p, name, 0, len)) {
            return false;
        }
        if (!s.regionMatches(p, name, 0, len)) {
            throw OUTSIDE;
        }
        return true;
    }

    private static boolean once(boolean seen) {
        if (seen) {
            throw OUTSIDE;
        }
        return true;
    }

    /** The node on the lines below a key or an entry at column {@code parent}; the current line is more indented. */
    private void nested(int parent, int field) {
        if (atSequenceEntry()) {
            if (field != OTHER) {
                throw OUTSIDE;
            }
            sequence(indent);
        } else if (s.charAt(content) == '{' || s.charAt(content) == '[') {
            flow(content, field);
            nextLine();
        } else {
            switch (field) {
                case METADATA -> {
                    metadataPresent = true;
                    mapping(indent, METADATA);
                }
                case ANNOTATIONS -> {
                    annotations = new LinkedHashMap<>();
                    mapping(indent, ANNOTATIONS);
                }
                case OTHER -> mapping(indent, OTHER);
                default -> throw OUTSIDE; // a string field holding a mapping
            }
        }
        if (!eof && indent > parent) {
            throw OUTSIDE;
        }
    }

    /** A block sequence whose entries start at column {@code ind}. */
    private void sequence(int ind) {
        if (++depth > MAX_DEPTH) {
            throw OUTSIDE;
        }
        while (!eof && indent == ind && atSequenceEntry()) {
            int q = content + 1;
            while (q < lineEnd && s.charAt(q) == ' ') {
                q++;
            }
            if (q == lineEnd || s.charAt(q) == '#') {
                nextLine();
                if (!eof && indent > ind) {
                    nested(ind, OTHER);
                }
            } else if (s.charAt(q) == '-' && (q + 1 == lineEnd || s.charAt(q + 1) == ' ')) {
                throw OUTSIDE; // a sequence in an entry's first line
            } else if (keyColon(q) >= 0) {
                // a compact mapping: its keys line up with the first one
                content = q;
                indent = q - lineStart;
                mapping(indent, OTHER);
                if (!eof && indent > ind) {
                    throw OUTSIDE;
                }
            } else {
                inline(q, ind, OTHER);
            }
        }
        depth--;
    }

    /** A key with nothing after it (a null, or an empty annotation). */
    private void empty(int field) {
        switch (field) {
            case F_ANNOTATION -> annotations.put(annotationKey, "");
            case METADATA -> metadataPresent = false;
            case ANNOTATIONS -> annotations = null;
            default -> {
            }
        }
    }

    // ---- scalars and empty collections on the key's (or entry's) line

    /** The value starting at {@code v}; leaves the reader on the next content line. */
    private void inline(int v, int parent, int field) {
        char c = s.charAt(v);
        switch (c) {
            case '|', '>' -> {
                if (field != OTHER) {
                    throw OUTSIDE;
                }
                blockScalar(v, parent);
            }
            case '"', '\'' -> {
                int first = lineStart;
                int end = quoted(v, parent);
                trailer(end);
                if (field != OTHER) {
                    String raw = s.substring(v + 1, end - 1);
                    if (lineStart != first || (c == '"' && raw.indexOf('\\') >= 0)) {
                        throw OUTSIDE; // the full reader folds lines and decodes escapes
                    }
                    setString(field, c == '"' ? raw : raw.replace("''", "'"));
                }
                nextLine();
            }
            case '[', '{' -> {
                flow(v, field);
                nextLine();
            }
            case ',', ']', '}', '&', '*', '!', '%', '@', '`', '#' -> throw OUTSIDE;
            default -> {
                // '-', '?' and ':' start a plain scalar only when a non-blank follows
                if ((c == '-' || c == '?' || c == ':') && (v + 1 == lineEnd || s.charAt(v + 1) == ' ')) {
                    throw OUTSIDE;
                }
                plain(v, parent, field);
            }
        }
    }

    /** After a quoted scalar or an empty collection: only blanks and a comment. */
    private void trailer(int i) {
        int j = i;
        while (j < lineEnd && s.charAt(j) == ' ') {
            j++;
        }
        if (j < lineEnd && (s.charAt(j) != '#' || j == i)) {
            throw OUTSIDE;
        }
    }

    /**
     * The offset after the closing quote of the scalar opening at {@code v}. It may go on over
     * lines deeper than {@code parent}; the line it closes on becomes the current one.
     */
    private int quoted(int v, int parent) {
        char q = s.charAt(v);
        int i = v + 1;
        while (true) {
            int close = closeOnLine(i, q);
            if (close >= 0) {
                return close;
            }
            if (!nextNonBlank(lineEnd + 1) || indent <= parent) {
                throw OUTSIDE;
            }
            i = content;
        }
    }

    /** The offset after the quote {@code q} that closes a scalar on this line from {@code i}, or -1. */
    private int closeOnLine(int i, char q) {
        for (; i < lineEnd; i++) {
            char c = s.charAt(i);
            if (c == q) {
                if (q == '\'' && i + 1 < lineEnd && s.charAt(i + 1) == '\'') {
                    i++;
                } else {
                    return i + 1;
                }
            } else if (c == '\\' && q == '"') {
                if (i + 1 >= lineEnd || ESCAPES.indexOf(s.charAt(i + 1)) < 0) {
                    throw OUTSIDE;
                }
                i++;
            }
        }
        return -1;
    }

    /** {@code {}}, or a flow sequence of scalars on one line, at {@code v}. */
    private void flow(int v, int field) {
        int end;
        if (s.charAt(v) == '{') {
            if (v + 1 >= lineEnd || s.charAt(v + 1) != '}') {
                throw OUTSIDE;
            }
            end = v + 2;
            if (field == METADATA) {
                metadataPresent = true;
            } else if (field == ANNOTATIONS) {
                annotations = new LinkedHashMap<>();
            } else if (field != OTHER) {
                throw OUTSIDE;
            }
        } else {
            if (field != OTHER) {
                throw OUTSIDE;
            }
            end = flowSequence(v);
        }
        trailer(end);
    }

    /** The offset after the ']' of {@code [a, "b", 'c']}: quoted or plain scalars (no flow indicators inside), no empty entries. */
    private int flowSequence(int v) {
        int i = spaces(v + 1);
        if (i < lineEnd && s.charAt(i) == ']') {
            return i + 1;
        }
        while (true) {
            if (i >= lineEnd) {
                throw OUTSIDE;
            }
            char c = s.charAt(i);
            if (c == '"' || c == '\'') {
                i = closeOnLine(i + 1, c);
                if (i < 0) {
                    throw OUTSIDE;
                }
            } else {
                if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '/' || c == '_' || c == '$'
                        || ((c == '-' || c == '.' || c == '+') && i + 1 < lineEnd && s.charAt(i + 1) != ' '))) {
                    throw OUTSIDE;
                }
                int start = i;
                // in a flow collection these end a plain scalar (and '?' or ':' there is an error)
                while (i < lineEnd && "[]{},:#?".indexOf(s.charAt(i)) < 0) {
                    i++;
                }
                int end = i;
                while (s.charAt(end - 1) == ' ') {
                    end--;
                }
                finite(start, end);
            }
            i = spaces(i);
            if (i >= lineEnd) {
                throw OUTSIDE;
            }
            if (s.charAt(i) == ']') {
                return i + 1;
            }
            if (s.charAt(i) != ',') {
                throw OUTSIDE;
            }
            i = spaces(i + 1);
            if (i < lineEnd && s.charAt(i) == ']') {
                throw OUTSIDE; // a trailing comma
            }
        }
    }

    private int spaces(int i) {
        while (i < lineEnd && s.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** A plain scalar that go-yaml reads as an infinite or NaN float fails json.Marshal. */
    private Object finite(int start, int end) {
        char c0 = s.charAt(start);
        if (c0 == '.' || c0 == '+' || c0 == '-' || (c0 >= '0' && c0 <= '9')) {
            Object value = ScalarResolver.resolve("", s.substring(start, end)).value();
            if (value instanceof Double d && (d.isNaN() || d.isInfinite())) {
                throw OUTSIDE;
            }
            return value;
        }
        return null;
    }

    private void setString(int field, String value) {
        switch (field) {
            case OTHER -> {
            }
            case F_API_VERSION -> apiVersion = value;
            case F_KIND -> kind = value;
            case F_NAME -> name = value;
            case F_ANNOTATION -> annotations.put(annotationKey, value);
            default -> throw OUTSIDE; // a string where the head wants a mapping
        }
    }

    /** A plain scalar from {@code v}, with its continuation lines (indented deeper than {@code parent}). */
    private void plain(int v, int parent, int field) {
        int end = lineEnd;
        boolean comment = false;
        for (int i = v; i < lineEnd; i++) {
            char c = s.charAt(i);
            if (c == ':' && (i + 1 == lineEnd || s.charAt(i + 1) == ' ')) {
                throw OUTSIDE; // a second key on the line
            }
            if (c == '#' && s.charAt(i - 1) == ' ') {
                end = i;
                comment = true;
                break;
            }
        }
        while (s.charAt(end - 1) == ' ') {
            end--;
        }
        if (field == OTHER) {
            finite(v, end);
        } else {
            String text = s.substring(v, end);
            Object value = ScalarResolver.resolve("", text).value();
            if (value != null && !text.equals(value)) {
                throw OUTSIDE; // go-yaml types it: the full reader knows what text JSON gives it
            }
            if (value != null) {
                setString(field, text);
            } else {
                empty(field);
            }
        }
        if (comment) {
            nextLine();
            return;
        }
        // continuation lines: deeper than the parent, no comment, no key
        boolean more;
        while ((more = nextNonBlank(lineEnd + 1)) && indent > parent) {
            if (field != OTHER || s.charAt(content) == '#') {
                throw OUTSIDE;
            }
            for (int i = content; i < lineEnd; i++) {
                char c = s.charAt(i);
                if ((c == ':' && (i + 1 == lineEnd || s.charAt(i + 1) == ' ')) || (c == '#' && s.charAt(i - 1) == ' ')) {
                    throw OUTSIDE;
                }
            }
        }
        settle(more ? lineStart : n);
    }

    /** A literal or folded scalar whose header is at {@code v}: lines deeper than {@code parent}. */
    private void blockScalar(int v, int parent) {
        int i = v + 1;
        if (i < lineEnd && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
            i++;
        }
        trailer(i); // no indentation indicator, nothing but a comment
        int pos = lineEnd + 1;
        int contentIndent = -1;
        int leadingBlank = 0;
        while (pos < n) {
            load(pos);
            if (content == lineEnd) {
                if (contentIndent < 0) {
                    leadingBlank = Math.max(leadingBlank, indent);
                }
                pos = lineEnd + 1;
                continue;
            }
            if (contentIndent < 0) {
                if (indent <= parent) {
                    break;
                }
                if (leadingBlank > indent) {
                    throw OUTSIDE;
                }
                contentIndent = indent;
            } else if (indent < contentIndent) {
                break;
            }
            pos = lineEnd + 1;
        }
        settle(pos);
    }
}
