package dev.capstan.gotemplate;

import dev.capstan.gotemplate.parse.Parser;
import dev.capstan.gotemplate.parse.Tree;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Parse trees of template texts already parsed in this process, handed out again when the same
 * text is parsed under the same name. Parse trees are immutable, so sharing them is safe.
 *
 * <p>Why: parsing is a quarter to a third of rendering a typical chart warm, and the same texts
 * come back: a service rendering a chart again, the copies of a library chart (bitnami
 * {@code common}) that every subchart carries, and {@code tpl} called on the same value strings
 * over and over within one render.
 *
 * <p>A parse also depends on which names are functions (an unknown function is a parse error;
 * {@code break}/{@code continue} are keywords only when no function has that name), so each entry
 * keeps every question the parser asked with its answer, and is reused only when the current
 * function set answers them all the same way. Failed parses are not kept (the next attempt fails
 * again with the same message). The cache holds at most {@code maxChars} characters of text,
 * dropping the least recently used entries first.
 */
public final class ParseCache {
    /** The process-wide cache {@link TemplateSet} uses: up to 32 Mi characters of template text. */
    static final ParseCache SHARED = new ParseCache(32L << 20);

    /** (Not a record: a record's equals and hashCode are linked through invokedynamic on first
     *  use, ~9 ms of a cold run.) */
    private static final class Key {
        private final String name;
        private final String text;

        Key(String name, String text) {
            this.name = name;
            this.text = text;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.name.equals(name) && k.text.equals(text);
        }

        @Override
        public int hashCode() {
            return name.hashCode() * 31 + text.hashCode();
        }
    }

    private record Entry(Map<String, Tree> trees, String[] asked, boolean[] answers, long chars) {
        boolean agrees(Predicate<String> hasFunction) {
            for (int i = 0; i < asked.length; i++) {
                if (hasFunction.test(asked[i]) != answers[i]) return false;
            }
            return true;
        }
    }

    /** Records the parser's questions about function names. */
    private static final class Recorder implements Predicate<String> {
        private final Predicate<String> delegate;
        private final Map<String, Boolean> answers = new LinkedHashMap<>();

        Recorder(Predicate<String> delegate) {
            this.delegate = delegate;
        }

        @Override
        public boolean test(String name) {
            Boolean known = answers.get(name);
            if (known != null) return known;
            boolean answer = delegate.test(name);
            answers.put(name, answer);
            return answer;
        }
    }

    private final long maxChars;
    private final LinkedHashMap<Key, Entry> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long chars;

    public ParseCache(long maxChars) {
        this.maxChars = maxChars;
    }

    /**
     * {@link Parser#parse} of {@code text} as {@code name}, or the trees of an earlier identical
     * parse.
     *
     * @throws dev.capstan.gotemplate.parse.ParseError as {@link Parser#parse} does
     */
    public Map<String, Tree> parse(String name, String text, Predicate<String> hasFunction) {
        Key key = new Key(name, text);
        Entry hit;
        synchronized (this) {
            hit = entries.get(key);
        }
        if (hit != null && hit.agrees(hasFunction)) return hit.trees;

        Recorder recorder = new Recorder(hasFunction);
        Map<String, Tree> trees = Collections.unmodifiableMap(Parser.parse(name, text, recorder));
        String[] asked = recorder.answers.keySet().toArray(new String[0]);
        boolean[] answers = new boolean[asked.length];
        for (int i = 0; i < asked.length; i++) answers[i] = recorder.answers.get(asked[i]);
        long size = (long) text.length() + name.length();
        if (size <= maxChars) {
            Entry entry = new Entry(trees, asked, answers, size);
            synchronized (this) {
                Entry old = entries.put(key, entry);
                if (old != null) chars -= old.chars;
                chars += size;
                Iterator<Entry> it = entries.values().iterator();
                while (chars > maxChars && it.hasNext()) {
                    chars -= it.next().chars;
                    it.remove();
                }
            }
        }
        return trees;
    }

    /** How many texts are held (for tests). */
    synchronized int size() {
        return entries.size();
    }
}
