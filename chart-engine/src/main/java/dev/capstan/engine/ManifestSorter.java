package dev.capstan.engine;

import dev.capstan.gotemplate.GoText;
import dev.capstan.yaml.ManifestHead;
import dev.capstan.yaml.YamlException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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

    private final Function<String, SimpleHead> headReader;

    /**
     * Heads decoded by {@link SimpleHead} from the value model.
     *
     * @param yamlReader reads the first YAML document into the value model (HelmYaml::parse)
     */
    public ManifestSorter(Function<String, Object> yamlReader) {
        this.headReader = doc -> SimpleHead.decode(yamlReader.apply(doc));
    }

    private ManifestSorter(Function<String, SimpleHead> headReader, boolean typed) {
        this.headReader = headReader;
    }

    /**
     * Heads read as Helm reads them, {@code sigs.k8s.io/yaml.Unmarshal} into {@code SimpleHead}
     * ({@link ManifestHead}): a scalar in a string field keeps the text sigs.k8s.io/yaml gives it,
     * so {@code name: .inf} is the name "+Inf" (helm renders it) rather than the JSON error that
     * decoding an untyped value gives, and {@code kind: 12345678.5} is "1.2345678e+07".
     */
    public static ManifestSorter helm() {
        return new ManifestSorter(ManifestSorter::typedHead, true);
    }

    static SimpleHead typedHead(String doc) {
        ManifestHead h = ManifestHead.read(doc);
        ManifestHead.Metadata m = h.metadata();
        return new SimpleHead(h.apiVersion(), h.kind(), m != null, m == null ? "" : m.name(), m == null ? null : m.annotations());
    }

    /** Sorts {@code files} (template path to rendered text) in {@code order}. */
    public Result sort(Map<String, String> files, List<String> order) {
        List<Hook> hooks = new ArrayList<>();
        List<Manifest> manifests = new ArrayList<>();
        for (Map.Entry<String, String> f : new TreeMap<>(files).entrySet()) {
            String path = f.getKey();
            if (baseName(path).startsWith("_")) continue;
            if (GoText.trimSpace(f.getValue()).isEmpty()) continue;
            for (String doc : ManifestSplitter.split(f.getValue())) {
                SimpleHead head = readHead(path, doc);
                String hookTypes = head.hasAnyAnnotation() ? head.annotations().get(HOOK_ANNOTATION) : null;
                if (hookTypes == null) {
                    manifests.add(new Manifest(path, doc, head.apiVersion(), head.kind()));
                    continue;
                }
                Hook h = toHook(path, doc, head, hookTypes);
                if (h != null) hooks.add(h);
            }
        }
        return new Result(KindSorter.sort(hooks, Hook::kind, order), KindSorter.sort(manifests, Manifest::kind, order));
    }

    private SimpleHead readHead(String path, String doc) {
        try {
            return headReader.apply(doc);
        } catch (YamlException e) {
            if (e.stage() == YamlException.Stage.JSON_DECODE) {
                throw new ManifestParseException("YAML parse error on " + path + ": " + e.helmMessage());
            }
            throw new ManifestParseException("YAML parse error on " + path + ": error converting YAML to JSON: " + e.getMessage());
        } catch (SimpleHead.DecodeException e) {
            throw new ManifestParseException("YAML parse error on " + path
                    + ": error unmarshaling JSON: while decoding JSON: json: " + e.getMessage());
        }
    }

    private static Hook toHook(String path, String doc, SimpleHead head, String hookTypes) {
        List<String> events = new ArrayList<>();
        for (String t : hookTypes.split(",", -1)) {
            String e = EVENTS.get(GoText.trimSpace(t).toLowerCase(Locale.ROOT));
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
        for (String p : value.split(",", -1)) out.add(GoText.trimSpace(p).toLowerCase(Locale.ROOT));
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
