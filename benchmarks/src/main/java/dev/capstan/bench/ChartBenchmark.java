package dev.capstan.bench;

import java.nio.file.Path;
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
 * One compat chart per parameter, in-process and warm: the whole {@code template} run with default
 * flags ({@link Pipeline#template}: load, values, render, split/sort/assemble), to hold against
 * helm's time per process for the same chart (bench/inprocess.py prints the table).
 *
 * <p>The list is every compat chart that renders with default flags; kube-prometheus-stack is
 * not in it (its vendored subcharts are missing from the corpus, helm fails on it too). etcd
 * generates a random 4096-bit RSA key per render, which dominates its time and scatters it (the
 * prime search is random): it is its own row and the script quotes corpus figures without it too.
 *
 * <p>Warm JIT: before JMH's own warm-up, set-up renders the rest of the corpus a few times (about
 * {@value #CORPUS_WARMUP_MS} ms), as a long-running process would have. With only the chart's own
 * 2 x 2 s warm-up, C2 was still compiling during the measured iterations (46% of all CPU samples
 * went to the compiler; keycloak measured ~18 ms per render against ~12 ms in a JVM that had
 * rendered the corpus). Charts whose time is RSA key generation (etcd, nginx) are not part of that
 * warm-up: they would only lengthen it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class ChartBenchmark {
    @Param({"alertmanager", "argo-cd", "argo-workflows", "etcd", "grafana-loki-distributed",
            "ingress-nginx", "kafka", "keycloak", "kube-state-metrics", "minio", "mongodb", "mysql",
            "nginx", "postgresql", "prometheus", "prometheus-node-exporter", "promtail", "rabbitmq",
            "redis", "wordpress", "zookeeper"})
    public String chart;

    static final long CORPUS_WARMUP_MS = 4000;
    private static final java.util.Set<String> KEYGEN = java.util.Set.of("etcd", "nginx");

    private Path dir;

    @Setup
    public void setUp() throws NoSuchFieldException {
        dir = Pipeline.resolve(chart);
        Pipeline.template(dir); // fails here, not in the measured loop, when a chart cannot render
        String[] all = ChartBenchmark.class.getField("chart").getAnnotation(Param.class).value();
        long end = System.nanoTime() + CORPUS_WARMUP_MS * 1_000_000L;
        while (System.nanoTime() < end) {
            for (String c : all) {
                if (!KEYGEN.contains(c)) Pipeline.template(Pipeline.resolve(c));
            }
        }
    }

    @Benchmark
    public String template() {
        return Pipeline.template(dir);
    }
}
