package dev.capstan.chart;

import dev.capstan.values.ValuesException;
import dev.capstan.values.ValuesYaml;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds a {@link Chart} from its files (Helm's {@code LoadFiles}): sorts every file into
 * metadata, lock, values, schema, templates, subcharts or {@code .Files}, validates the
 * metadata, then loads each {@code charts/} entry (directory or .tgz; names starting with
 * {@code _} or {@code .} are skipped) as a subchart.
 */
final class ChartAssembler {
    private ChartAssembler() {
    }

    static Chart assemble(List<ChartFile> files, LoadOptions options) {
        ChartYaml.MetadataDraft md = null;
        for (ChartFile f : files) {
            if (f.name().equals("Chart.yaml")) {
                if (md == null) {
                    md = new ChartYaml.MetadataDraft();
                }
                ChartYaml.decodeMetadata(f.data(), md, "Chart.yaml");
                if (md.apiVersion == null || md.apiVersion.isEmpty()) {
                    md.apiVersion = Metadata.API_V1;
                }
            }
        }
        Lock lock = null;
        Map<String, Object> values = null;
        byte[] schema = null;
        List<ChartFile> templates = new ArrayList<>();
        List<ChartFile> other = new ArrayList<>();
        // Go iterates a map here (random order); sorted names keep us deterministic
        Map<String, List<ChartFile>> subcharts = new TreeMap<>();
        for (ChartFile f : files) {
            String n = f.name();
            switch (n) {
                case "Chart.yaml" -> {
                }
                case "Chart.lock" -> lock = ChartYaml.decodeLock(f.data(), "Chart.lock");
                case "values.yaml" -> {
                    try {
                        values = ValuesYaml.load(f.data());
                    } catch (ValuesException e) {
                        throw new ChartLoadException("cannot load values.yaml: " + e.getMessage());
                    }
                }
                case "values.schema.json" -> schema = f.data();
                case "requirements.yaml" -> {
                    if (md == null) {
                        md = new ChartYaml.MetadataDraft();
                    }
                    if (!Metadata.API_V1.equals(md.apiVersion)) {
                        options.log().accept(dev.capstan.values.Slog.info("Warning: Dependencies are handled in "
                                + "Chart.yaml since apiVersion \"v2\". We recommend migrating dependencies to Chart.yaml."));
                    }
                    ChartYaml.decodeMetadata(f.data(), md, "requirements.yaml");
                    if (Metadata.API_V1.equals(md.apiVersion)) {
                        other.add(f);
                    }
                }
                case "requirements.lock" -> {
                    lock = ChartYaml.decodeLock(f.data(), "requirements.lock");
                    if (md == null) {
                        md = new ChartYaml.MetadataDraft();
                    }
                    if (!Metadata.API_V1.equals(md.apiVersion)) {
                        options.log().accept(dev.capstan.values.Slog.info("Warning: Dependency locking is handled in "
                                + "Chart.lock since apiVersion \"v2\". We recommend migrating to Chart.lock."));
                    }
                    if (Metadata.API_V1.equals(md.apiVersion)) {
                        other.add(f);
                    }
                }
                default -> {
                    if (n.startsWith("templates/")) {
                        templates.add(f);
                    } else if (n.startsWith("charts/")) {
                        if (n.endsWith(".prov") && extension(n).equals(".prov")) {
                            other.add(f);
                            continue;
                        }
                        String fname = n.substring("charts/".length());
                        int slash = fname.indexOf('/');
                        String cname = slash < 0 ? fname : fname.substring(0, slash);
                        subcharts.computeIfAbsent(cname, k -> new ArrayList<>()).add(new ChartFile(fname, f.data()));
                    } else {
                        other.add(f);
                    }
                }
            }
        }
        if (md == null) {
            throw new ChartLoadException("Chart.yaml file is missing");
        }
        Metadata metadata = MetadataValidator.validate(md);
        String chartName = metadata.name();

        List<Chart> deps = new ArrayList<>();
        for (Map.Entry<String, List<ChartFile>> e : subcharts.entrySet()) {
            String n = e.getKey();
            if (n.startsWith("_") || n.startsWith(".")) {
                continue;
            }
            Chart sc;
            try {
                if (extension(n).equals(".tgz")) {
                    ChartFile file = e.getValue().get(0);
                    if (!file.name().equals(n)) {
                        throw new ChartLoadException("error unpacking subchart tar in " + chartName + ": expected "
                                + n + ", got " + file.name());
                    }
                    sc = assemble(ArchiveReader.read(new ByteArrayInputStream(file.data()), options.limits()), options);
                } else {
                    List<ChartFile> buff = new ArrayList<>();
                    for (ChartFile f : e.getValue()) {
                        int slash = f.name().indexOf('/');
                        if (slash < 0) {
                            continue;
                        }
                        buff.add(new ChartFile(f.name().substring(slash + 1), f.data()));
                    }
                    sc = assemble(buff, options);
                }
            } catch (ChartLoadException ex) {
                if (ex.getMessage().startsWith("error unpacking subchart tar in ")) {
                    throw ex;
                }
                throw new ChartLoadException("error unpacking subchart " + n + " in " + chartName + ": "
                        + ex.getMessage());
            }
            deps.add(sc);
        }
        return new Chart(metadata, lock, templates, values, schema, other, files, deps);
    }

    /** Go's filepath.Ext: the suffix from the last dot of the last element. */
    static String extension(String name) {
        for (int i = name.length() - 1; i >= 0 && name.charAt(i) != '/'; i--) {
            if (name.charAt(i) == '.') {
                return name.substring(i);
            }
        }
        return "";
    }
}
