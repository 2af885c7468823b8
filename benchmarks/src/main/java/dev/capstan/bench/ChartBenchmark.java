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

    private Path dir;

    @Setup
    public void setUp() {
        dir = Pipeline.resolve(chart);
        Pipeline.template(dir); // fails here, not in the measured loop, when a chart cannot render
    }

    @Benchmark
    public String template() {
        return Pipeline.template(dir);
    }
}
