package dev.capstan.engine;

import dev.capstan.chart.Chart;
import dev.capstan.chart.ChartFile;
import dev.capstan.chart.Dependency;
import dev.capstan.chart.Maintainer;
import dev.capstan.chart.Metadata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Presents a loaded {@link Chart} to the engine. */
public final class ChartAdapter implements EngineChart {
    private final Chart chart;

    private ChartAdapter(Chart chart) {
        this.chart = chart;
    }

    public static EngineChart of(Chart chart) {
        return new ChartAdapter(chart);
    }

    @Override
    public String name() {
        return chart.name();
    }

    @Override
    public Map<String, Object> metadataMap() {
        return metadataMap(chart.metadata());
    }

    /**
     * Helm 4's {@code structToMap(Metadata)}: every field under its Go name, in declaration order,
     * slices always present (empty when absent), nested structs as maps.
     */
    public static Map<String, Object> metadataMap(Metadata m) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("Name", m.name());
        out.put("Home", m.home());
        out.put("Sources", new ArrayList<Object>(m.sources()));
        out.put("Version", m.version());
        out.put("Description", m.description());
        out.put("Keywords", new ArrayList<Object>(m.keywords()));
        List<Object> maintainers = new ArrayList<>();
        for (Maintainer mt : m.maintainers()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("Name", mt.name());
            x.put("Email", mt.email());
            x.put("URL", mt.url());
            maintainers.add(x);
        }
        out.put("Maintainers", maintainers);
        out.put("Icon", m.icon());
        out.put("APIVersion", m.apiVersion());
        out.put("Condition", m.condition());
        out.put("Tags", m.tags());
        out.put("AppVersion", m.appVersion());
        out.put("Deprecated", m.deprecated());
        // Go's Metadata.Annotations is a map[string]string, nil when Chart.yaml has none
        out.put("Annotations", m.annotations() == null
                ? dev.capstan.gotemplate.GoMap.nil(dev.capstan.gotemplate.GoMap.STRING_MAP)
                : new dev.capstan.gotemplate.GoMap(dev.capstan.gotemplate.GoMap.STRING_MAP, m.annotations()));
        out.put("KubeVersion", m.kubeVersion());
        List<Object> deps = new ArrayList<>();
        for (Dependency d : m.dependencies()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("Name", d.name());
            x.put("Version", d.version());
            x.put("Repository", d.repository());
            x.put("Condition", d.condition());
            x.put("Tags", new ArrayList<Object>(d.tags()));
            x.put("Enabled", d.enabled());
            x.put("ImportValues", new ArrayList<>(d.importValues()));
            x.put("Alias", d.alias());
            deps.add(x);
        }
        out.put("Dependencies", deps);
        out.put("Type", m.type());
        return out;
    }

    @Override
    public boolean isLibrary() {
        return chart.isLibrary();
    }

    @Override
    public List<NamedText> templates() {
        List<NamedText> out = new ArrayList<>();
        for (ChartFile f : chart.templates()) out.add(new NamedText(f.name(), f.text()));
        return out;
    }

    @Override
    public Map<String, byte[]> files() {
        Map<String, byte[]> out = new LinkedHashMap<>();
        for (ChartFile f : chart.files()) out.put(f.name(), f.data());
        return out;
    }

    @Override
    public List<EngineChart> dependencies() {
        List<EngineChart> out = new ArrayList<>();
        for (Chart c : chart.dependencies()) out.add(new ChartAdapter(c));
        return out;
    }
}
