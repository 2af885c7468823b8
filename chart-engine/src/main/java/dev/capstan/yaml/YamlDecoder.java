package dev.capstan.yaml;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * go-yaml v2's decoding of a node tree into {@code interface{}} ({@code decode.go}): scalars are
 * resolved, mappings become maps with Go-typed keys ({@code Map<Object, Object>}), merge keys
 * ({@code <<}) are applied in place, and every alias is decoded afresh from its anchor's node.
 */
final class YamlDecoder {
    private final Map<YamlNode, Boolean> activeAliases = new IdentityHashMap<>();
    private int decodeCount;
    private int aliasCount;
    private int aliasDepth;

    Object decode(YamlNode n) {
        decodeCount++;
        if (aliasDepth > 0) {
            aliasCount++;
        }
        if (aliasCount > 100 && decodeCount > 1000 && (double) aliasCount / decodeCount > allowedAliasRatio(decodeCount)) {
            throw new YamlException("yaml: document contains excessive aliasing", 0);
        }
        switch (n.kind) {
            case ALIAS:
                return alias(n);
            case SCALAR:
                return scalar(n);
            case SEQUENCE: {
                List<Object> out = new ArrayList<>(n.children.size());
                for (YamlNode c : n.children) {
                    out.add(decode(c));
                }
                return out;
            }
            default: {
                Map<Object, Object> out = new LinkedHashMap<>();
                mapping(n, out);
                return out;
            }
        }
    }

    // go-yaml's protection against alias bombs ("billion laughs").
    static double allowedAliasRatio(int decodeCount) {
        if (decodeCount <= 400_000) {
            return 0.99;
        }
        if (decodeCount >= 4_000_000) {
            return 0.10;
        }
        return 0.99 - 0.89 * ((double) (decodeCount - 400_000) / 3_600_000);
    }

    private Object alias(YamlNode n) {
        if (activeAliases.containsKey(n)) {
            throw new YamlException("yaml: anchor '" + n.value + "' value contains itself", 0);
        }
        activeAliases.put(n, Boolean.TRUE);
        aliasDepth++;
        Object v = decode(n.target);
        aliasDepth--;
        activeAliases.remove(n);
        return v;
    }

    static Object scalar(YamlNode n) {
        if (n.tag.isEmpty() && !n.implicit) {
            return n.value;
        }
        ScalarResolver.Resolved r = ScalarResolver.resolve(n.tag, n.value);
        if (r.tag().equals(ScalarResolver.BINARY)) {
            try {
                byte[] data = Base64.getDecoder().decode(((String) r.value()).replaceAll("[\\r\\n]", ""));
                return new String(data, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw new YamlException("yaml: !!binary value contains invalid base64 data", 0);
            }
        }
        if (r.tag().equals(ScalarResolver.TIMESTAMP)) {
            return n.value;
        }
        return r.value();
    }

    private void mapping(YamlNode n, Map<Object, Object> out) {
        List<YamlNode> ch = n.children;
        for (int i = 0; i + 1 < ch.size(); i += 2) {
            YamlNode k = ch.get(i);
            if (isMerge(k)) {
                merge(ch.get(i + 1), out);
                continue;
            }
            Object key = decode(k);
            if (key instanceof Map || key instanceof List) {
                throw new YamlException("yaml: invalid map key: " + GoSyntax.of(key), 0);
            }
            out.put(key, decode(ch.get(i + 1)));
        }
    }

    static boolean isMerge(YamlNode n) {
        return n.kind == YamlNode.Kind.SCALAR && n.value.equals("<<")
                && (n.implicit || n.tag.equals(ScalarResolver.MERGE));
    }

    private void merge(YamlNode n, Map<Object, Object> out) {
        switch (n.kind) {
            case MAPPING:
                mergeInto(n, out);
                break;
            case ALIAS:
                if (n.target.kind != YamlNode.Kind.MAPPING) {
                    throw wantMap();
                }
                mergeInto(n, out);
                break;
            case SEQUENCE:
                for (int i = n.children.size() - 1; i >= 0; i--) {
                    YamlNode c = n.children.get(i);
                    YamlNode real = c.kind == YamlNode.Kind.ALIAS ? c.target : c;
                    if (real.kind != YamlNode.Kind.MAPPING) {
                        throw wantMap();
                    }
                    mergeInto(c, out);
                }
                break;
            default:
                throw wantMap();
        }
    }

    /** Decodes a mapping (or an alias of one) into an existing map, as go-yaml does for merges. */
    private void mergeInto(YamlNode n, Map<Object, Object> out) {
        decodeCount++;
        if (aliasDepth > 0) {
            aliasCount++;
        }
        if (n.kind == YamlNode.Kind.ALIAS) {
            if (activeAliases.containsKey(n)) {
                throw new YamlException("yaml: anchor '" + n.value + "' value contains itself", 0);
            }
            activeAliases.put(n, Boolean.TRUE);
            aliasDepth++;
            mergeInto(n.target, out);
            aliasDepth--;
            activeAliases.remove(n);
            return;
        }
        mapping(n, out);
    }

    static YamlException wantMap() {
        return new YamlException("yaml: map merge requires map or sequence of maps as the value", 0);
    }
}
