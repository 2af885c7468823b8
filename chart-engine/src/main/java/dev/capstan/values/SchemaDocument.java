package dev.capstan.values;

import dev.capstan.yaml.GoJsonDecoder;
import dev.capstan.yaml.JsonException;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed values.schema.json: its draft (from {@code $schema}, 2020-12 by default) and the
 * resolution of {@code $ref} against {@code $id}, {@code $anchor} and JSON pointers within the
 * document. Remote documents are refused (chart-engine has no network); unresolved {@code urn:}
 * references allow everything, as in Helm.
 */
final class SchemaDocument {
    static final String ROOT_URL = "file:///values.schema.json";

    final Object root;
    final int draft;
    private final Map<String, Object> ids = new LinkedHashMap<>();
    private final Map<Object, String> baseOf = new IdentityHashMap<>();

    private SchemaDocument(Object root) {
        this.root = root;
        this.draft = draftOf(root);
        index(root, ROOT_URL, true);
    }

    /** Parses a schema; the message of a failure is what Helm prints for it. */
    static SchemaDocument parse(byte[] schemaJson) {
        Object doc;
        try {
            doc = GoJsonDecoder.decodeUseNumber(new String(schemaJson, StandardCharsets.UTF_8));
        } catch (JsonException e) {
            throw new ValuesException(e.getMessage());
        }
        return new SchemaDocument(doc);
    }

    private static int draftOf(Object root) {
        if (root instanceof Map<?, ?> m && m.get("$schema") instanceof String url) {
            String u = url.endsWith("#") ? url.substring(0, url.length() - 1) : url;
            u = u.startsWith("http://") ? u.substring(7) : u.startsWith("https://") ? u.substring(8) : u;
            switch (u) {
                case "json-schema.org/draft-04/schema":
                    return 4;
                case "json-schema.org/draft-06/schema":
                    return 6;
                case "json-schema.org/draft-07/schema":
                    return 7;
                case "json-schema.org/draft/2019-09/schema":
                    return 2019;
                default:
                    return 2020; // the 2020-12 URL, the "latest" alias, or (unlike Helm) anything unknown
            }
        }
        return 2020;
    }

    private void index(Object node, String base, boolean isRoot) {
        if (node instanceof Map<?, ?> m) {
            String b = base;
            Object id = m.get(draft == 4 ? "id" : "$id");
            if (id instanceof String s && !(m.get("$ref") != null && draft < 2019 && !isRoot)) {
                if (s.startsWith("#") && draft < 2019) {
                    ids.put(stripFragment(base) + s, node);
                } else {
                    b = resolve(base, s);
                    ids.put(stripFragment(b), node);
                }
            }
            if (m.get("$anchor") instanceof String a) {
                ids.put(stripFragment(b) + "#" + a, node);
            }
            if (m.get("$dynamicAnchor") instanceof String a) {
                ids.put(stripFragment(b) + "#" + a, node);
            }
            baseOf.put(node, b);
            for (Map.Entry<?, ?> e : m.entrySet()) {
                String k = (String) e.getKey();
                if (k.equals("enum") || k.equals("const") || k.equals("examples") || k.equals("default")) {
                    continue;
                }
                index(e.getValue(), b, false);
            }
        } else if (node instanceof List<?> l) {
            for (Object o : l) {
                index(o, base, false);
            }
        }
    }

    private static String stripFragment(String u) {
        int i = u.indexOf('#');
        return i < 0 ? u : u.substring(0, i);
    }

    private static String resolve(String base, String ref) {
        try {
            return new URI(base).resolve(new URI(ref)).toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return ref;
        }
    }

    Object resolveRef(Object from, String ref) {
        String base = baseOf.getOrDefault(from, ROOT_URL);
        String abs = ref.startsWith("#") ? stripFragment(base) + ref : resolve(base, ref);
        if (ids.containsKey(abs)) {
            return ids.get(abs);
        }
        String doc = stripFragment(abs);
        String frag = abs.length() > doc.length() ? abs.substring(doc.length() + 1) : "";
        Object target = ids.get(doc);
        if (target == null && doc.equals(ROOT_URL)) {
            target = root;
        }
        if (target == null) {
            if (doc.startsWith("urn:")) {
                return Boolean.TRUE; // Helm: unresolved URNs allow everything
            }
            throw new ValuesException("failing loading \"" + doc + "\": remote schema references are not supported");
        }
        if (frag.isEmpty()) {
            return target;
        }
        if (!frag.startsWith("/")) {
            throw new ValuesException("anchor in \"" + abs + "\" not found");
        }
        Object cur = target;
        for (String tok : frag.substring(1).split("/", -1)) {
            String t = URLDecoder.decode(tok.replace("+", "%2B"), StandardCharsets.UTF_8)
                    .replace("~1", "/").replace("~0", "~");
            if (cur instanceof Map<?, ?> m && m.containsKey(t)) {
                cur = m.get(t);
            } else if (cur instanceof List<?> l && t.matches("\\d+") && Integer.parseInt(t) < l.size()) {
                cur = l.get(Integer.parseInt(t));
            } else {
                throw new ValuesException("json-pointer in \"" + abs + "\" not found");
            }
        }
        return cur;
    }
}
