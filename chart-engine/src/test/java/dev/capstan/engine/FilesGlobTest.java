package dev.capstan.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@code .Files.Glob} against the reference helm (the Glob rows of engine/files-cases.tsv). */
class FilesGlobTest {
    private static final String PREFIX = "range $k, $v := .Files.Glob ";

    static List<String[]> rows() throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                FilesGlobTest.class.getResourceAsStream("/engine/files-cases.tsv"), StandardCharsets.UTF_8))) {
            String header = r.readLine();
            String[] names = header.substring(header.indexOf("files: ") + 7).split(" ");
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.startsWith(PREFIX)) continue;
                String[] cols = line.split("\t", -1);
                String quoted = cols[0].substring(PREFIX.length(), cols[0].indexOf(" }}"));
                String pattern = new ObjectMapper().readValue(quoted, String.class);
                rows.add(new String[]{pattern, cols[1], String.join(" ", names)});
            }
        }
        return rows;
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("rows")
    void globsLikeHelm(String pattern, String expected, String names) {
        Map<String, byte[]> files = new TreeMap<>();
        for (String n : names.split(" ")) files.put(n, new byte[0]);
        Files f = new Files(files, v -> "");
        StringBuilder got = new StringBuilder();
        for (String k : ((Map<String, byte[]>) f.glob(pattern).underlying()).keySet()) got.append(k).append(',');
        assertEquals(expected, got.toString());
    }
}
