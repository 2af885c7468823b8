package dev.capstan.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * JsonDecoder (one walk) gives what YamlDecoder then JsonStep (two walks) give, value or error,
 * on every YAML document of the yaml-read tables (fuzz cases included) and on extra documents
 * aimed at its bail-out rules; and ManifestHead, which reads only the head fields sparsely, reads
 * every document as a full decode does.
 */
class JsonDecoderTest {
    private static final List<String> FILES = List.of("cases.txt", "fuzz-cases.txt", "fuzzb-cases.txt", "fuzzc-cases.txt",
            "goyaml-cases.txt", "helm-cases.txt", "json-cases.txt", "manifest-cases.txt", "sigs-cases.txt", "values-cases.txt");

    private static final List<String> EXTRA = List.of(
            "a: 1\n1: 2\n\"1\": 3\n",
            "1: a\n\"1\": b\n1: c\n",
            "kind: a\nKind: b\nkind: c\n",
            "Kind: x\nmetadata: {Name: n}\n",
            "true: 1\nyes: 2\n",
            "~: 1\n",
            "? [a]\n: 1\n",
            "? {a: 1}\n: 1\n",
            "&k a: 1\n*k : 2\n",
            "spec: {x: .inf}\nkind: K\n",
            "spec: [.nan, 1]\nkind: K\n",
            "kind: .inf\nmetadata: {name: -.inf}\n",
            "b: &x {kind: K, apiVersion: v}\n<<: *x\nkind: L\n",
            "<<: [{kind: a}, {kind: b, metadata: {name: m}}]\n",
            "<<: 1\n",
            "spec: {<<: [1]}\n",
            "metadata: {annotations: {a: 1, b: true, c: ~, d: 1.5}}\n",
            "metadata: {annotations: [1]}\n",
            "a: &a [*a]\n",
            "spec: &s {x: 1}\nother: *s\nkind: *s\n",
            "big: 18446744073709551615\nneg: -9223372036854775808\nf: 1e400\n",
            "bin: !!binary aGVsbG8=\nbad: !!binary '*'\n",
            "spec: {bad: !!binary '*'}\nkind: K\n",
            "ts: 2001-12-14t21:59:43.10-05:00\n",
            "- 1\n- a\n",
            "scalar\n",
            "");

    static Stream<Arguments> documents() {
        List<Arguments> out = new ArrayList<>();
        for (String f : FILES) {
            for (Map.Entry<String, String> e : OracleCases.sections(OracleCases.resource(f)).entrySet()) {
                out.add(Arguments.of(f + ":" + e.getKey(), e.getValue()));
            }
        }
        for (int i = 0; i < EXTRA.size(); i++) out.add(Arguments.of("extra-" + i, EXTRA.get(i)));
        return out.stream();
    }

    private static final JsonTarget HEAD = ManifestHead.TARGET;

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void oneWalkEqualsTwo(String name, String text) {
        YamlNode root;
        try {
            root = YamlComposer.firstDocument(text);
        } catch (RuntimeException e) {
            return; // not a document: the decoders never see it
        }
        if (root == null) return;
        for (JsonTarget t : List.of(JsonTarget.ANY, HEAD)) {
            assertEquals(outcome(() -> JsonStep.convert(new YamlDecoder().decode(root), t)),
                    outcome(() -> JsonDecoder.convert(root, t, false)), name);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void sparseHeadEqualsFullHead(String name, String text) {
        assertEquals(outcome(() -> headFromFullDecode(text)), outcome(() -> ManifestHead.read(text)), name);
    }

    /** ManifestHead.read as it was before the sparse read: the head of the whole decoded document. */
    private static Object headFromFullDecode(String text) {
        return ManifestHead.of(HelmYaml.parseTyped(text, ManifestHead.TARGET));
    }

    private static Object outcome(java.util.function.Supplier<Object> s) {
        try {
            Object v = s.get();
            return v instanceof ManifestHead h ? h.toString() : v;
        } catch (YamlException e) {
            return "error: " + e.getMessage() + " / " + e.helmMessage() + " / " + e.stage();
        }
    }
}
