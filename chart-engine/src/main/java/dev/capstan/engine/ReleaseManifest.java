package dev.capstan.engine;

import dev.capstan.gotemplate.GoText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds a release's manifest text from rendered files as Helm's {@code renderResources} does after
 * rendering: NOTES are taken out, documents are sorted into hooks and manifests, then CRDs (when
 * asked) and manifests are concatenated as {@code ---\n# Source: PATH\nCONTENT\n}, or written to an
 * output directory instead.
 */
public final class ReleaseManifest {
    private static final String NOTES_SUFFIX = "NOTES.txt";

    /** What a render produced. On failure {@code manifest} holds the debug dump of all files. */
    public record Result(List<Hook> hooks, String manifest, String notes) {
    }

    /** Options of the assembly. */
    public record Options(boolean includeCrds, boolean subNotes, boolean hideSecret, OutputDir outputDir) {
        public static Options plain() {
            return new Options(false, false, false, null);
        }
    }

    /** A failure after rendering, with what Helm still shows under {@code --debug}. */
    public static final class AssemblyException extends RuntimeException {
        private final transient Result partial;

        public AssemblyException(String message, Result partial) {
            super(message, null, false, false);
            this.partial = partial;
        }

        public Result partial() {
            return partial;
        }
    }

    private ReleaseManifest() {
    }

    /**
     * @param chartName the root chart's name, to tell its NOTES.txt from subcharts'
     * @param rendered  template path to rendered text (not modified)
     * @param crds      the chart tree's CRD files in Helm's order
     */
    public static Result assemble(String chartName, Map<String, String> rendered, List<CrdFile> crds,
                                  Options opts, ManifestSorter sorter) {
        Map<String, String> files = new TreeMap<>(rendered);
        StringBuilder notes = new StringBuilder();
        String rootNotes = chartName + "/templates/" + NOTES_SUFFIX;
        for (String k : new ArrayList<>(files.keySet())) {
            if (!k.endsWith(NOTES_SUFFIX)) continue;
            if (opts.subNotes() || k.equals(rootNotes)) {
                if (notes.length() > 0) notes.append('\n');
                notes.append(files.get(k));
            }
            files.remove(k);
        }

        ManifestSorter.Result sorted;
        try {
            sorted = sorter.sort(files, KindSorter.INSTALL_ORDER);
        } catch (ManifestSorter.ManifestParseException e) {
            StringBuilder dump = new StringBuilder();
            for (Map.Entry<String, String> f : files.entrySet()) {
                if (GoText.trimSpace(f.getValue()).isEmpty()) continue;
                dump.append("---\n# Source: ").append(f.getKey()).append('\n').append(f.getValue()).append('\n');
            }
            throw new AssemblyException(e.getMessage(), new Result(List.of(), dump.toString(), ""));
        }

        StringBuilder b = new StringBuilder();
        Set<String> written = new HashSet<>();
        if (opts.includeCrds()) {
            for (CrdFile crd : crds) {
                if (opts.outputDir() == null) {
                    b.append("---\n# Source: ").append(crd.filename()).append('\n').append(crd.data()).append('\n');
                } else {
                    opts.outputDir().write(false, crd.filename(), crd.data(), written.contains(crd.filename()));
                    written.add(crd.filename());
                }
            }
        }
        for (Manifest m : sorted.manifests()) {
            if (opts.outputDir() == null) {
                if (opts.hideSecret() && m.kind().equals("Secret") && m.apiVersion().equals("v1")) {
                    b.append("---\n# Source: ").append(m.name()).append("\n# HIDDEN: The Secret output has been suppressed\n");
                } else {
                    b.append("---\n# Source: ").append(m.name()).append('\n').append(m.content()).append('\n');
                }
            } else {
                opts.outputDir().write(true, m.name(), m.content(), written.contains(m.name()));
                written.add(m.name());
            }
        }
        return new Result(sorted.hooks(), b.toString(), notes.toString());
    }

    /** Writes documents under a directory as {@code helm template --output-dir} does. */
    public interface OutputDir {
        /**
         * @param underRelease whether {@code --release-name} applies (CRDs ignore it, as in Helm)
         * @param append       add to the file instead of replacing it
         */
        void write(boolean underRelease, String name, String data, boolean append);
    }

    /** Unchecked wrapper so the assembly can stay free of checked exceptions. */
    public static UncheckedIOException io(IOException e) {
        return new UncheckedIOException(e.getMessage(), e);
    }
}
