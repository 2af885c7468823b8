package dev.capstan.engine;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * {@code --kube-version} parsing; each row is what the reference helm printed for
 * {@code .Capabilities.KubeVersion}, {@code .Version}, {@code .Major}, {@code .Minor}, or its error.
 */
class KubeVersionTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "1.20|v1.20|v1.20|1|20",
            "1.20.3.4|v1.20.3.4|v1.20.3.4|1|20",
            "v1.29.3-gke.1|v1.29.3|v1.29.3-gke.1|1|29",
            "' 1.21.0'|v1.21.0|v 1.21.0|1|21",
            "1.02.3|v1.2.3|v1.02.3|1|2",
            "1.2.3xyz|v1.2.3|v1.2.3xyz|1|2",
            "1.2.3-ab+c.d|v1.2.3|v1.2.3-ab+c.d|1|2",
            "1.99999999999.0|v1.99999999999.0|v1.99999999999.0|1|99999999999",
    })
    void parsesLikeHelm(String input, String string, String version, String major, String minor) {
        KubeVersion v = KubeVersion.parse(input);
        assertEquals(string, v.goString());
        assertEquals(version, v.field("Version"));
        assertEquals(major, v.field("Major"));
        assertEquals(minor, v.field("Minor"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "abc|could not parse \"abc\" as version",
            "1|illegal version string \"1\"",
            "01.2.3|illegal zero-prefixed version component \"01\" in \"01.2.3\"",
    })
    void rejectsLikeHelm(String input, String message) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, () -> KubeVersion.parse(input)).getMessage());
    }
}
