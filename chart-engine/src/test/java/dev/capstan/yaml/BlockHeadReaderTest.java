package dev.capstan.yaml;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The fast path for plain block manifests answers only where the full reader agrees: same head,
 * and never for a document the full reader rejects. Checked on every document Helm rendered for
 * the compat corpus, on the yaml-read tables, on hand-written edge cases, and on mutations of the
 * corpus (inserted indicators, shifted indentation, deleted characters, swapped lines).
 */
class BlockHeadReaderTest {
    private static final Path EXPECTED = Path.of(System.getProperty("capstan.shared", "../shared"), "compat", "expected");
    /** The reference helm's renders of our sample charts. */
    private static final Path SAMPLE_GOLDENS = Path.of(System.getProperty("capstan.root", ".."), "sample-charts", "golden");

    /** The documents of Helm's own output for the compat cases and the sample charts (split at its "---" lines). */
    static List<String> corpus() throws IOException {
        List<String> docs = new ArrayList<>();
        for (Path dir : List.of(EXPECTED, SAMPLE_GOLDENS)) {
            documents(dir, docs);
        }
        return docs;
    }

    private static void documents(Path dir, List<String> docs) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                for (String d : Files.readString(f).split("(?m)^---\\n")) {
                    if (!d.isBlank()) {
                        docs.add(d);
                    }
                }
            }
        }
    }

    /** Whether the fast path answered; fails when its answer differs from the full reader's. */
    private static boolean agrees(String name, String doc) {
        ManifestHead fast = BlockHeadReader.read(doc);
        if (fast == null) {
            return false;
        }
        ManifestHead full;
        try {
            full = ManifestHead.readFully(doc);
        } catch (YamlException e) {
            fail(name + ": the fast path read a document the full reader rejects (" + e.getMessage() + "):\n" + doc);
            return true;
        }
        assertEquals(full.toString(), fast.toString(), name + "\n" + doc);
        return true;
    }

    @Test
    void readsTheCompatCorpusAsTheFullReaderDoes() throws IOException {
        List<String> docs = corpus();
        int accepted = 0;
        long bytes = 0;
        long acceptedBytes = 0;
        for (int i = 0; i < docs.size(); i++) {
            bytes += docs.get(i).length();
            if (agrees("corpus document " + i, docs.get(i))) {
                accepted++;
                acceptedBytes += docs.get(i).length();
            }
        }
        assertTrue(docs.size() > 900, "corpus too small: " + docs.size());
        // the point of the fast path: nearly all of what templates produce stays on it
        assertTrue(acceptedBytes >= bytes * 95 / 100, "fast path took " + acceptedBytes + " of " + bytes + " bytes");
        assertTrue(accepted >= docs.size() * 90 / 100, "fast path took " + accepted + " of " + docs.size() + " documents");
    }

    static Stream<Arguments> tables() {
        return JsonDecoderTest.documents();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void readsTheYamlTablesAsTheFullReaderDoes(String name, String text) {
        agrees(name, text);
    }

    /** Mutations around YAML's significant characters; seeded, so a failure repeats. */
    @Test
    void neverAcceptsWhatTheFullReaderRejects() throws IOException {
        List<String> docs = new ArrayList<>();
        for (String d : corpus()) {
            if (d.length() < Integer.getInteger("capstan.mutationMaxSize", 6000)) {
                docs.add(d);
            }
        }
        Random rnd = new Random(Long.getLong("capstan.mutationSeed", 20261126L));
        String alphabet = " :-#'\"|>{}[]&*!?%@`,.\n\\~0a";
        int accepted = 0;
        for (int round = 0; round < Integer.getInteger("capstan.mutations", 40000); round++) {
            String doc = docs.get(rnd.nextInt(docs.size()));
            int edits = 1 + rnd.nextInt(3);
            for (int e = 0; e < edits; e++) {
                doc = mutate(doc, rnd, alphabet);
            }
            if (agrees("mutation round " + round, doc)) {
                accepted++;
            }
        }
        assertTrue(accepted > 5000, "too few mutations stayed on the fast path to test it: " + accepted);
    }

    private static String mutate(String doc, Random rnd, String alphabet) {
        if (doc.isEmpty()) {
            return doc;
        }
        int at = rnd.nextInt(doc.length());
        int lineStart = doc.lastIndexOf('\n', at - 1) + 1;
        int lineEnd = doc.indexOf('\n', at);
        if (lineEnd < 0) {
            lineEnd = doc.length();
        }
        switch (rnd.nextInt(8)) {
            case 0:
                return doc.substring(0, at) + alphabet.charAt(rnd.nextInt(alphabet.length())) + doc.substring(at);
            case 6:
                // any printable ASCII character, a tab or a non-ASCII one, in place of another
                char c = switch (rnd.nextInt(10)) {
                    case 0 -> '\t';
                    case 1 -> "\u00e9\u2028\u0085\ufeff".charAt(rnd.nextInt(4));
                    default -> (char) (0x20 + rnd.nextInt(0x5f));
                };
                return doc.substring(0, at) + c + doc.substring(at + 1);
            case 7:
                // a line joined to the next one
                return lineEnd < doc.length() ? doc.substring(0, lineEnd) + doc.substring(lineEnd + 1) : doc;
            case 1:
                return doc.substring(0, at) + doc.substring(at + 1);
            case 2:
                return doc.substring(0, lineStart) + " " + doc.substring(lineStart);
            case 3:
                return doc.startsWith(" ", lineStart) ? doc.substring(0, lineStart) + doc.substring(lineStart + 1) : doc;
            case 4: {
                // the line again, below itself
                String line = doc.substring(lineStart, lineEnd);
                return doc.substring(0, lineEnd) + "\n" + line + doc.substring(lineEnd);
            }
            default: {
                // the line moved up past the previous one
                if (lineStart == 0) {
                    return doc;
                }
                int prevStart = doc.lastIndexOf('\n', lineStart - 2) + 1;
                String prev = doc.substring(prevStart, lineStart - 1);
                String line = doc.substring(lineStart, lineEnd);
                return doc.substring(0, prevStart) + line + "\n" + prev + doc.substring(lineEnd);
            }
        }
    }

    /** Shapes the fast path takes, each compared with the full reader. */
    @ParameterizedTest(name = "{index}")
    @MethodSource("inSubset")
    void takes(String doc) {
        assertNotNull(BlockHeadReader.read(doc), doc);
        assertTrue(agrees("in subset", doc));
    }

    static Stream<String> inSubset() {
        return Stream.of(
                "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n",
                "# Source: x/templates/a.yaml\napiVersion: v1\nkind: ConfigMap\n",
                "kind: K\nmetadata:\n  annotations:\n    helm.sh/hook: pre-install\n    b: 'x'\n    a: \"y\"\n    c:\n  name: web\n",
                "kind: K\nspec:\n  list:\n  - a\n  - b: 1\n    c: 2\n  -\n  - \"x\"\n",
                "kind: K\nspec:\n  list:\n    - a\n    -   b: 1\n        c: |\n          text\n\n          more\n      # comment\n    - {}\n",
                "kind: K\nspec:\n  description: A long text that the emitter\n    folded over, with (parens) and a colon:here\n    - and a dash\n\n    and a blank line\n  next: 1\n",
                "kind: K\nspec:\n  script: |-\n    #!/bin/sh\n    echo \"a: b\" # not a comment\n  folded: >\n    a\n    b\nstatus: {}\n",
                "kind: K   # trailing comment\nmetadata: {}\n",
                "kind: K\nmetadata:\n  name: ~\n  annotations: {}\n",
                "kind: K\nmetadata:\n",
                "",
                "# only a comment\n",
                "kind: K\nspec: [1, 'a', \"b\", c d, -1, .5]\nlist:\n  []\n",
                "kind: K\n\"quoted\": x\n'sq': y\nmetadata:\n  \"annotations\":\n    \"helm.sh/hook\": test\n",
                "kind: K\nspec: \"open\n  quote\"\nother: 'it''s\n\n   folded'\n",
                "kind: K\nname: caf\u00e9\nrecord: :node_memory\n",
                "kind: K\nspec:\n  $ref: '#/definitions/x'\n  x-kubernetes-int-or-string: true\n  on: 1\n",
                "kind: K\nspec:\n  empty: \"\"\n  quote: 'it''s'\n  esc: \"a\\\"b\\n\"\n  big: 1e400\n");
    }

    /** Shapes it leaves to the full reader (valid or not). */
    @ParameterizedTest(name = "{index}")
    @MethodSource("outsideSubset")
    void leaves(String doc) {
        assertNull(BlockHeadReader.read(doc), doc);
    }

    static Stream<String> outsideSubset() {
        return Stream.of(
                "---\nkind: K\n",
                "kind: K\n---\nkind: L\n",
                "kind: K\n...\n",
                "- a\n",
                "  kind: K\n",
                "kind: K\r\n",
                "kind:\tK\n",
                "kind: K\nspec: {a: 1}\n",
                "kind: &a K\n",
                "kind: !!str K\n",
                "kind: 123\n",
                "kind: true\n",
                "kind: .inf\n",
                "kind: K\nspec:\n  x: .nan\n",
                "kind: K\nKind: L\n",
                "kind: K\nkind: L\n",
                "kind: K\nmetadata:\n  Name: n\n",
                "kind: K\nmetadata:\n  annotations:\n    a: 1\n",
                "kind: K\nmetadata:\n  annotations:\n    a: x\n    a: y\n",
                "kind: K\nmetadata:\n  annotations:\n    true: x\n",
                "kind: K\nmetadata:\n  annotations:\n    a: |\n      x\n",
                "kind: K\nmetadata:\n- a\n",
                "kind: K\nmetadata: x\n",
                "kind: K\nnull: x\n",
                "kind: K\n1: x\n",
                "kind: a: b\n",
                "kind: K\nspec:\n  a: 1\n   b: 2\n",
                "kind: K\nspec:\n    a: 1\n  b: 2\n",
                "kind: K\nspec:\n  - a\n  b: 1\n",
                "kind: K\nspec: |2\n   x\n",
                "kind: K\nspec: |\n      \n    x\n",
                "kind: K\nspec: \"\\x41\"\n",
                "kind: K\nspec: \"a\"b\n",
                "kind: K\nspec: \"a\"#b\n",
                "kind: K\nspec: a\n  # comment\n  b\n",
                "kind: K\nspec: a # c\n  b\n",
                "kind: K\nspec:\n  key:value\n",
                "kind: K\nspec: - a\n",
                "%YAML 1.1\n---\nkind: K\n",
                "kind: K\nspec: [a, ]\n",
                "kind: K\nspec: [a,, b]\n",
                "kind: K\nspec: [a: 1]\n",
                "kind: K\nspec: [get, li?st]\n",
                "kind: K\nspec: [.inf]\n",
                "kind: K\nspec: [a\n",
                "kind: K\nspec: \"open\nquote\"\n",
                "kind: K\n'it''s': x\n",
                "kind: \"multi\n  line\"\n",
                "kind: K\nx: a\u2028b\n",
                "kind: K\nspec: :\n");
    }
}
