package dev.capstan.yaml;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link YamlDecoder} and {@link JsonStep} in one walk of the node tree: the JSON-model value is
 * built directly, without the intermediate Go-typed tree (on a warm {@code template argo-cd} the
 * two walks and their two copies of every document were a quarter of reading manifest heads).
 *
 * <p>It handles the common case only and gives up ({@link Bailout}) wherever the two steps could
 * differ from one walk: a mapping key that is not a plain string scalar (numbers, bools, aliases,
 * collections: JsonStep renames or rejects them, possibly merging two Go keys into one), a key
 * renamed to a struct field that differs in case, and, in a skipped subtree, a value the JSON step
 * would reject (an infinite or NaN float). The caller then runs the two steps, whose errors come
 * in Go's order. Errors of the decoding step itself are the same here, in the same walk order, and
 * the alias-bomb accounting is the same count.
 *
 * <p>In sparse mode the keys of a struct target that match no field are decoded for errors only
 * and left out of the result (the manifest head needs four fields of documents that can be
 * megabytes long).
 */
final class JsonDecoder {
    /** The common case does not apply: redo with the two steps. */
    static final class Bailout extends RuntimeException {
        private Bailout() {
            super(null, null, false, false);
        }
    }

    private static final Bailout BAIL = new Bailout();

    private final boolean sparse;
    private final Map<YamlNode, Boolean> activeAliases = new IdentityHashMap<>();
    private int decodeCount;
    private int aliasCount;
    private int aliasDepth;
    private boolean nonFinite;

    private JsonDecoder(boolean sparse) {
        this.sparse = sparse;
    }

    /** As {@code JsonStep.convert(new YamlDecoder().decode(root), target)}; sparse leaves unknown struct keys out. */
    static Object convert(YamlNode root, JsonTarget target, boolean sparse) {
        try {
            return DeepStack.call(() -> {
                JsonDecoder d = new JsonDecoder(sparse);
                Object out = d.decode(root, target);
                if (d.nonFinite) {
                    JsonStep.checkFinite(out);
                }
                return out;
            });
        } catch (Bailout b) {
            return DeepStack.call(() -> JsonStep.convert(new YamlDecoder().decode(root), target));
        }
    }

    /** {@code t == null}: a skipped subtree, decoded for its errors only (returns null). */
    private Object decode(YamlNode n, JsonTarget t) {
        count();
        switch (n.kind) {
            case ALIAS:
                return alias(n, t);
            case SCALAR:
                return scalar(n, t);
            case SEQUENCE: {
                if (t == null) {
                    for (YamlNode c : n.children) {
                        decode(c, null);
                    }
                    return null;
                }
                JsonTarget et = t.kind == JsonTarget.Kind.LIST ? t.elem : JsonTarget.ANY;
                List<Object> out = new ArrayList<>(n.children.size());
                for (YamlNode c : n.children) {
                    out.add(decode(c, et));
                }
                return out;
            }
            default: {
                Map<String, Object> out = t == null ? null : new LinkedHashMap<>();
                mapping(n, out, t);
                return out;
            }
        }
    }

    /** YamlDecoder.decode's accounting and go-yaml's alias-bomb check. */
    private void count() {
        decodeCount++;
        if (aliasDepth > 0) {
            aliasCount++;
        }
        if (aliasCount > 100 && decodeCount > 1000 && (double) aliasCount / decodeCount > YamlDecoder.allowedAliasRatio(decodeCount)) {
            throw new YamlException("yaml: document contains excessive aliasing", 0);
        }
    }

    private Object alias(YamlNode n, JsonTarget t) {
        if (activeAliases.containsKey(n)) {
            throw new YamlException("yaml: anchor '" + n.value + "' value contains itself", 0);
        }
        activeAliases.put(n, Boolean.TRUE);
        aliasDepth++;
        Object v = decode(n.target, t);
        aliasDepth--;
        activeAliases.remove(n);
        return v;
    }

    /** YamlDecoder's scalar, then JsonStep's conversion towards {@code t}. */
    private Object scalar(YamlNode n, JsonTarget t) {
        Object v = YamlDecoder.scalar(n);
        if (t == null) {
            if (v instanceof Double d && (d.isNaN() || d.isInfinite())) {
                throw BAIL; // json.Marshal rejects it; the two steps say where
            }
            return null;
        }
        if (JsonStep.staysNonFinite(v, t)) {
            nonFinite = true;
        }
        return JsonStep.scalar(v, t);
    }

    /** YamlDecoder.mapping with JsonStep's key handling; {@code out == null} when skipped. */
    private void mapping(YamlNode n, Map<String, Object> out, JsonTarget t) {
        List<YamlNode> ch = n.children;
        for (int i = 0; i + 1 < ch.size(); i += 2) {
            YamlNode k = ch.get(i);
            if (YamlDecoder.isMerge(k)) {
                merge(ch.get(i + 1), out, t);
                continue;
            }
            if (k.kind != YamlNode.Kind.SCALAR) {
                throw BAIL;
            }
            count();
            if (!(YamlDecoder.scalar(k) instanceof String key)) {
                throw BAIL;
            }
            if (t == null) {
                decode(ch.get(i + 1), null);
                continue;
            }
            JsonTarget et = JsonTarget.ANY;
            if (t.kind == JsonTarget.Kind.STRUCT) {
                String field = t.fieldFor(key);
                if (field == null) {
                    if (sparse) {
                        decode(ch.get(i + 1), null);
                        continue;
                    }
                } else {
                    if (!field.equals(key)) {
                        throw BAIL;
                    }
                    et = t.fields.get(field);
                }
            } else if (t.kind == JsonTarget.Kind.MAP) {
                et = t.elem;
            }
            out.put(key, decode(ch.get(i + 1), et));
        }
    }

    private void merge(YamlNode n, Map<String, Object> out, JsonTarget t) {
        switch (n.kind) {
            case MAPPING:
                mergeInto(n, out, t);
                break;
            case ALIAS:
                if (n.target.kind != YamlNode.Kind.MAPPING) {
                    throw YamlDecoder.wantMap();
                }
                mergeInto(n, out, t);
                break;
            case SEQUENCE:
                for (int i = n.children.size() - 1; i >= 0; i--) {
                    YamlNode c = n.children.get(i);
                    YamlNode real = c.kind == YamlNode.Kind.ALIAS ? c.target : c;
                    if (real.kind != YamlNode.Kind.MAPPING) {
                        throw YamlDecoder.wantMap();
                    }
                    mergeInto(c, out, t);
                }
                break;
            default:
                throw YamlDecoder.wantMap();
        }
    }

    private void mergeInto(YamlNode n, Map<String, Object> out, JsonTarget t) {
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
            mergeInto(n.target, out, t);
            aliasDepth--;
            activeAliases.remove(n);
            return;
        }
        mapping(n, out, t);
    }
}
