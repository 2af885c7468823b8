package dev.capstan.cli;

import dev.capstan.engine.Capabilities;
import dev.capstan.engine.ReleaseManifest;

import java.nio.file.Path;
import java.util.List;

/**
 * The part of {@code template} that loads, merges and renders: chart loading and values come
 * from {@code dev.capstan.chart}/{@code dev.capstan.values}, rendering from
 * {@code dev.capstan.engine}.
 */
interface TemplatePipeline {
    /** Everything a render needs from the command line. */
    record Request(String releaseName, String namespace, Path chartPath, List<String> valueFiles,
                   List<String> setJson, List<String> set, List<String> setString, List<String> setFile,
                   List<String> setLiteral, boolean isUpgrade, Capabilities capabilities,
                   boolean skipSchemaValidation, boolean enableDns, boolean includeCrds, boolean subNotes,
                   ReleaseManifest.OutputDir outputDir) {
    }

    /** A rendered release. */
    record Rendered(ReleaseManifest.Result result) {
    }

    /**
     * A failure; {@code partial} is non-null when Helm had already created the release record
     * (render and manifest errors), which adds the {@code --debug} hint and output.
     */
    final class RenderFailure extends RuntimeException {
        private final transient ReleaseManifest.Result partial;

        RenderFailure(String message, ReleaseManifest.Result partial) {
            super(message, null, false, false);
            this.partial = partial;
        }

        ReleaseManifest.Result partial() {
            return partial;
        }
    }

    Rendered render(Request req, Main.Context ctx);

    /** {@code --name-template}: the text rendered with Sprig functions and no data. */
    String nameFromTemplate(String nameTemplate);

    static TemplatePipeline current() {
        return Holder.INSTANCE;
    }

    final class Holder {
        static final TemplatePipeline INSTANCE = new DefaultTemplatePipeline();

        private Holder() {
        }
    }
}
