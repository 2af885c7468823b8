package dev.capstan.engine;

import dev.capstan.yaml.YamlException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Turns rendered files into hooks and plain manifests, each sorted by kind, as Helm's
 * {@code SortManifests} does: files in path order (partials and blank files skipped), documents
 * in file order, a document with {@code helm.sh/hook} becomes a hook, and a hook naming an unknown
 * event is dropped whole.
 */
public final class ManifestSorter {
    public static final String HOOK_ANNOTATION = "helm.sh/hook";
    public static final String HOOK_WEIGHT_ANNOTATION = "helm.sh/hook-weight";
    public static final String HOOK_DELETE_ANNOTATION = "helm.sh/hook-delete-policy";
    public static final String HOOK_OUTPUT_LOG_ANNOTATION = "helm.sh/hook-output-log-policy";

    /** Valid event names; {@code test-success} is the Helm 2 spelling of {@code test}. */
    private static final Map<String, String> EVENTS = Map.ofEntries(
            Map.entry("pre-install", "pre-install"), Map.entry("post-install", "post-install"),
            Map.entry("pre-delete", "pre-delete"), Map.entry("post-delete", "post-delete"),
            Map.entry("pre-upgrade", "pre-upgrade"), Map.entry("post-upgrade", "post-upgrade"),
            Map.entry("pre-rollback", "pre-rollback"), Map.entry("post-rollback", "post-rollback"),
            Map.entry("test", "test"), Map.entry("test-success", "test"));

    /** The split result. */
    public record Result(List<Hook> hooks, List<Manifest> manifests) {
    }

    /** A document that is not valid YAML, or whose head does not fit; the message is Helm's. */
    public static final class ManifestParseException extends RuntimeException {
        public ManifestParseException(String message) {
            super(message, null, false, false);
        }
    }

    private final Function<String, Object> yamlReader;

    /** @param yamlReader reads the first YAML document into the value model (HelmYaml::parse) */
    public ManifestSorter(Function<String, Object> yamlReader) {
        this.yamlReader = yamlReader;
    }

    /** Sorts {@code files} (template path to rendered text) in {@code order}. */
    public Result sort(Map<String, String> files, List<String> order) {
        List<String> paths = new ArrayList<>();
        List<String> docs = new ArrayList<>();
        for (Map.Entry<String, String> f : new TreeMap<>(files).entrySet()) {
            String path = f.getKey();
            if (baseName(path).startsWith("_")) continue;
            if (GoStrings.trimSpace(f.getValue()).isEmpty()) continue;
            for (String doc : ManifestSplitter.split(f.getValue())) {
                paths.add(path);
                docs.add(doc);
            }
        }
        Object[] heads = readHeads(paths, docs);
        List<Hook> hooks = new ArrayList<>();
        List<Manifest> manifests = new ArrayList<>();
        for (int i = 0; i < heads.length; i++) {
            String path = paths.get(i);
            String doc = docs.get(i);
            // the first failure in document order is the one Helm reports
            if (heads[i] instanceof RuntimeException e) throw e;
            if (heads[i] instanceof Error e) throw e;
            SimpleHead head = (SimpleHead) heads[i];
            String hookTypes = head.hasAnyAnnotation() ? head.annotations().get(HOOK_ANNOTATION) : null;
            if (hookTypes == null) {
                manifests.add(new Manifest(path, doc, head.apiVersion(), head.kind()));
                continue;
            }
            Hook h = toHook(path, doc, head, hookTypes);
            if (h != null) hooks.add(h);
        }
        return new Result(KindSorter.sort(hooks, Hook::kind, order), KindSorter.sort(manifests, Manifest::kind, order));
    }

    /**
     * Below this many characters of documents the heads are read on the calling thread: starting
     * a thread costs more than it saves.
     */
    private static final long PARALLEL_MIN_CHARS = 128 * 1024;
    private static final int MAX_THREADS = 4;

    /**
     * The head of each document, or the exception reading it threw. Reading a head parses the
     * whole document (Helm unmarshals it, so invalid YAML anywhere in it is an error), which is
     * most of the time of {@code template} on CRD-heavy charts; the documents are independent, so
     * big outputs are read on several threads, each taking the next unread document. Results go
     * by index, so the outcome does not depend on the threads.
     */
    private Object[] readHeads(List<String> paths, List<String> docs) {
        int n = docs.size();
        Object[] out = new Object[n];
        long chars = 0;
        for (String d : docs) chars += d.length();
        int threads = Math.min(Math.min(Runtime.getRuntime().availableProcessors(), MAX_THREADS), n);
        if (threads < 2 || chars < PARALLEL_MIN_CHARS) {
            for (int i = 0; i < n; i++) out[i] = tryReadHead(paths.get(i), docs.get(i));
            return out;
        }
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                out[i] = tryReadHead(paths.get(i), docs.get(i));
            }
        };
        Thread[] helpers = new Thread[threads - 1];
        for (int t = 0; t < helpers.length; t++) {
            helpers[t] = new Thread(worker, "capstan-manifest-heads");
            helpers[t].setDaemon(true);
            helpers[t].start();
        }
        worker.run();
        boolean interrupted = false;
        for (Thread t : helpers) {
            while (true) {
                try {
                    t.join(); // also makes the helpers' writes to out visible here
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
        return out;
    }

    private Object tryReadHead(String path, String doc) {
        try {
            return readHead(path, doc);
        } catch (RuntimeException | Error e) {
            return e;
        }
    }

    private SimpleHead readHead(String path, String doc) {
        try {
            return SimpleHead.decode(yamlReader.apply(doc));
        } catch (YamlException e) {
            throw new ManifestParseException("YAML parse error on " + path + ": error converting YAML to JSON: " + e.getMessage());
        } catch (SimpleHead.DecodeException e) {
            throw new ManifestParseException("YAML parse error on " + path
                    + ": error unmarshaling JSON: while decoding JSON: json: " + e.getMessage());
        }
    }

    private static Hook toHook(String path, String doc, SimpleHead head, String hookTypes) {
        List<String> events = new ArrayList<>();
        for (String t : hookTypes.split(",", -1)) {
            String e = EVENTS.get(GoStrings.trimSpace(t).toLowerCase(Locale.ROOT));
            if (e == null) return null; // Helm logs "skipping unknown hooks" and drops the document
            events.add(e);
        }
        Map<String, String> ann = head.annotations();
        return new Hook(head.name(), head.kind(), path, doc, events, atoi(ann.get(HOOK_WEIGHT_ANNOTATION)),
                policies(ann.get(HOOK_DELETE_ANNOTATION)), policies(ann.get(HOOK_OUTPUT_LOG_ANNOTATION)));
    }

    private static List<String> policies(String value) {
        List<String> out = new ArrayList<>();
        if (value == null) return out;
        for (String p : value.split(",", -1)) out.add(GoStrings.trimSpace(p).toLowerCase(Locale.ROOT));
        return out;
    }

    /** Go's {@code strconv.Atoi}, 0 on any error. */
    static int atoi(String s) {
        if (s == null || s.isEmpty()) return 0;
        int i = (s.charAt(0) == '+' || s.charAt(0) == '-') ? 1 : 0;
        if (i == s.length()) return 0;
        for (int j = i; j < s.length(); j++) {
            char c = s.charAt(j);
            if (c < '0' || c > '9') return 0;
        }
        try {
            long v = Long.parseLong(s);
            return (int) v;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static String baseName(String path) {
        String p = path;
        while (p.endsWith("/") && p.length() > 1) p = p.substring(0, p.length() - 1);
        int i = p.lastIndexOf('/');
        return i < 0 ? p : p.substring(i + 1);
    }

    /** Event names Helm knows, for callers that validate. */
    public static Set<String> knownEvents() {
        return EVENTS.keySet();
    }
}
