package dev.capstan.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The whole compat corpus rendered in-process, one {@code template} (default flags) per chart per
 * operation: the time per operation divided by the chart count (printed at set-up) is the
 * in-process cost per chart, to hold against helm's per-process time (bench/compare.py). Charts
 * that do not render with default flags (e.g. a missing dependency) are left out and named.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 3, time = 3)
public class CorpusBenchmark {
    private final List<Path> charts = new ArrayList<>();

    @Setup
    public void setUp() {
        List<String> skipped = new ArrayList<>();
        try (Stream<Path> s = Files.list(Corpus.shared().resolve("compat").resolve("charts"))) {
            for (Path c : s.filter(Files::isDirectory).sorted().toList()) {
                try {
                    Pipeline.template(c);
                    charts.add(c);
                } catch (RuntimeException e) {
                    skipped.add(c.getFileName() + " (" + e.getMessage().lines().findFirst().orElse("") + ")");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println("corpus: " + charts.size() + " charts" + (skipped.isEmpty() ? "" : "; left out: " + skipped));
    }

    @Benchmark
    public void renderAll(Blackhole bh) {
        for (Path c : charts) bh.consume(Pipeline.template(c));
    }
}
