package dev.capstan.bench;

import dev.capstan.chart.Chart;
import dev.capstan.engine.ManifestSplitter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A whole chart, in-process (the library, or a warm server): {@link #template} is every phase of a
 * {@code template} run; the others time one phase each on the output of the phases before it, so
 * that a slow phase stands out. {@code chart} is a compat chart's name or a chart folder's path.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class RenderBenchmark {
    @Param({"redis", "argo-cd"})
    public String chart;

    private Path dir;
    private Chart loaded;
    private Pipeline.Prepared prepared;
    private Map<String, String> rendered;

    @Setup
    public void setUp() {
        dir = Pipeline.resolve(chart);
        loaded = Pipeline.load(dir);
        prepared = Pipeline.prepare(loaded);
        rendered = Pipeline.render(prepared);
    }

    @Benchmark
    public String template() {
        return Pipeline.template(dir);
    }

    @Benchmark
    public Chart load() {
        return Pipeline.load(dir);
    }

    @Benchmark
    public Pipeline.Prepared prepare() {
        return Pipeline.prepare(loaded);
    }

    @Benchmark
    public Map<String, String> render() {
        return Pipeline.render(prepared);
    }

    /** The first step of {@link #assemble}: every rendered file cut into YAML documents. */
    @Benchmark
    public int split() {
        int n = 0;
        for (String text : rendered.values()) n += ManifestSplitter.split(text).size();
        return n;
    }

    @Benchmark
    public String assemble() {
        return Pipeline.assemble(prepared.chart(), rendered);
    }
}
