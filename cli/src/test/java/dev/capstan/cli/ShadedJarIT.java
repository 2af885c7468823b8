package dev.capstan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded jar as users run it (`java -jar cli/target/capstan.jar`), after packaging: the jar
 * is minimized (classes nothing reaches are dropped), so the paths that load library classes only
 * at run time are exercised here: every certificate and key function (BouncyCastle), a packaged
 * chart (commons-compress), a FreeMarker chart, and the version command.
 */
class ShadedJarIT {
    private static final Path ROOT = Path.of(System.getProperty("capstan.root", ".."));
    private static final Path JAR = ROOT.resolve("cli/target/capstan.jar");
    private static final Path RESOURCES = ROOT.resolve("cli/src/test/resources");

    @Test
    void everyKeyAndCertificateFunctionRuns() {
        everyKeyAndCertificateFunctionRuns(List.of());
    }

    /** As the launcher runs it: C1 only, RSA and DSA keys from the child JVM (sprig/KeyGeneration). */
    @Test
    void everyKeyAndCertificateFunctionRunsWithTheLaunchersOptions() {
        everyKeyAndCertificateFunctionRuns(List.of("-XX:TieredStopAtLevel=1", "-Dcapstan.keygen=process"));
    }

    private static void everyKeyAndCertificateFunctionRuns(List<String> jvmOptions) {
        ReferenceHelm.Result r = capstan(jvmOptions, "template", "c", RESOURCES.resolve("shaded/crypto").toString());
        assertEquals(0, r.code(), r.err());
        // random keys and serials: lengths vary, the deterministic lines must equal helm's
        assertTrue(r.out().contains("e: \"text\""), r.out());
        assertTrue(r.out().contains("f: \"ZedaFaxcZaso9*\""), r.out());
        assertTrue(r.out().contains("h: \"2d711642b726b04401627ca9fbac32f5c8530fb1903cc4db02258717921a4881 7929977 36\""), r.out());
        Matcher lengths = Pattern.compile("(?m)^a: \"(\\d+)\"$").matcher(r.out());
        assertTrue(lengths.find() && Integer.parseInt(lengths.group(1)) > 1000, r.out());
    }

    @Test
    void aPackagedChartRendersAsHelmDoes(@TempDir Path tmp) throws IOException {
        ReferenceHelm.Result pkg = ReferenceHelm.run(List.of("package", ROOT.resolve("sample-charts/batch").toString(),
                "-d", tmp.toString()));
        assumeTrue(pkg != null, "no reference helm");
        assertEquals(0, pkg.code(), pkg.err());
        String tgz;
        try (var s = Files.list(tmp)) {
            tgz = s.filter(p -> p.toString().endsWith(".tgz")).findFirst().orElseThrow().toString();
        }
        ReferenceHelm.Result helm = ReferenceHelm.run(List.of("template", "x", tgz));
        ReferenceHelm.Result ours = capstan("template", "x", tgz);
        assertEquals(helm.code(), ours.code(), ours.err());
        assertEquals(helm.out(), ours.out());
    }

    @Test
    void aFreemarkerChartRenders() {
        ReferenceHelm.Result r = capstan("template", "x", RESOURCES.resolve("freemarker/charts/ftl-demo").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("# Source: ftl-demo/templates/deployment.yaml.ftl"), r.out());
    }

    @Test
    void version() {
        ReferenceHelm.Result r = capstan("version", "--short");
        assertEquals(0, r.code(), r.err());
        assertEquals("v4.1.4\n", r.out());
    }

    private static ReferenceHelm.Result capstan(String... args) {
        return capstan(List.of(), args);
    }

    private static ReferenceHelm.Result capstan(List<String> jvmOptions, String... args) {
        assertTrue(Files.isRegularFile(JAR), "no shaded jar at " + JAR);
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmOptions);
        cmd.add("-jar");
        cmd.add(JAR.toString());
        cmd.addAll(List.of(args));
        return ReferenceHelm.exec(cmd, "capstan jar");
    }
}
