package dev.capstan.bench;

import dev.capstan.gotemplate.parse.Parser;
import dev.capstan.gotemplate.parse.Tree;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Lexing and parsing every template of a large Helm chart (with its subcharts): the work a
 * {@code template} command does before it executes anything. Function names are not checked
 * (every name is taken as defined), which costs the same as a real function table lookup.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class ParseBenchmark {
    @Param({"kube-prometheus-stack", "argo-cd"})
    public String chart;

    private Map<String, String> templates;

    @Setup
    public void load() {
        templates = Corpus.templates(Corpus.chart(chart));
        if (templates.isEmpty()) throw new IllegalStateException("no templates in " + chart);
    }

    @Benchmark
    public void parseAll(Blackhole bh) {
        for (Map.Entry<String, String> e : templates.entrySet()) {
            Map<String, Tree> trees = Parser.parse(e.getKey(), e.getValue(), fn -> true);
            bh.consume(trees);
        }
    }
}
