package dev.capstan.yaml;

import java.util.ArrayList;
import java.util.List;

/**
 * One node of a composed YAML document, shaped like go-yaml v2's internal {@code node}: aliases
 * point at the anchored node instead of being expanded, so that decoding can detect an anchor that
 * contains itself and can re-decode an alias into a fresh value each time (as go-yaml does).
 */
final class YamlNode {
    enum Kind { SCALAR, MAPPING, SEQUENCE, ALIAS }

    final Kind kind;
    /** 0-based line of the node's start, for messages. */
    final int line;
    /** Resolved long tag ({@code tag:yaml.org,2002:str}), a local tag ({@code !x}) or "" when none. */
    final String tag;
    /** Scalar text, or the anchor name of an alias. */
    final String value;
    /** True for a plain scalar without a tag (libyaml's {@code plain_implicit}). */
    final boolean implicit;
    /** Mapping children alternate key, value; sequence children are the items. */
    final List<YamlNode> children;
    /** For an alias: the node the anchor named when the alias was read, or null if unknown. */
    final YamlNode target;

    private YamlNode(Kind kind, int line, String tag, String value, boolean implicit, YamlNode target) {
        this.kind = kind;
        this.line = line;
        this.tag = tag;
        this.value = value;
        this.implicit = implicit;
        this.children = kind == Kind.MAPPING || kind == Kind.SEQUENCE ? new ArrayList<>() : List.of();
        this.target = target;
    }

    static YamlNode scalar(int line, String tag, String value, boolean implicit) {
        return new YamlNode(Kind.SCALAR, line, tag, value, implicit, null);
    }

    static YamlNode collection(Kind kind, int line, String tag) {
        return new YamlNode(kind, line, tag, "", false, null);
    }

    static YamlNode alias(int line, String name, YamlNode target) {
        return new YamlNode(Kind.ALIAS, line, "", name, false, target);
    }
}
