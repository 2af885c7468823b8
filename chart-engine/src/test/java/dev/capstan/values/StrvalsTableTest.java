package dev.capstan.values;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs strvals/parse.yaml: upstream parser_test.go / literal_parser_test.go rows and oracle quirks. */
class StrvalsTableTest {

    static Stream<Arguments> rows() {
        return TestData.rows("strvals/parse.yaml").stream()
                .map(r -> Arguments.of(r.get("mode") + " " + r.get("input"), r));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    @SuppressWarnings("unchecked")
    void row(String name, Map<String, Object> row) {
        String mode = (String) row.get("mode");
        boolean json = mode.startsWith("json");
        Map<String, Object> data = row.containsKey("initial")
                ? (Map<String, Object>) TestData.normalize(row.get("initial"), json)
                : new LinkedHashMap<>();
        String error = (String) row.get("error");
        Runnable run = () -> {
            apply(mode, (String) row.get("input"), data);
            if (row.get("input2") != null) {
                apply(mode, (String) row.get("input2"), data);
            }
        };
        if (error != null) {
            ValuesException e = assertThrows(ValuesException.class, run::run);
            if (!error.equals("any")) {
                assertEquals(error, e.getMessage());
            }
            return;
        }
        run.run();
        assertEquals(TestData.normalize(row.get("expect"), json), data);
    }

    private static void apply(String mode, String input, Map<String, Object> data) {
        switch (mode) {
            case "set" -> Strvals.parseInto(input, data);
            case "string" -> Strvals.parseIntoString(input, data);
            case "json" -> Strvals.parseJson(input, data);
            case "literal" -> LiteralStrvals.parseInto(input, data);
            case "file" -> Strvals.parseIntoFile(input, data, raw -> {
                assertEquals("path1", raw);
                return "value1";
            });
            case "json-option" -> data.putAll(UserValues.merge(
                    new ValuesOptions(null, null, null, null, List.of(input), null), p -> {
                        throw new AssertionError("no files");
                    }));
            default -> throw new IllegalArgumentException(mode);
        }
    }

    /** TestSetIndex of parser_test.go. */
    @Test
    void setIndex() {
        assertEquals(List.of(0L, 1L, 2L), Strvals.setIndex(new java.util.ArrayList<>(List.of(0L, 1L)), 2, 2L));
        assertEquals(List.of(0L, 2L), Strvals.setIndex(new java.util.ArrayList<>(List.of(0L, 1L)), 1, 2L));
        assertEquals(List.of(0L, 1L, 2L, 4L, 4L, 5L),
                Strvals.setIndex(new java.util.ArrayList<>(List.of(0L, 1L, 2L, 3L, 4L, 5L)), 3, 4L));
        assertThrows(StrvalsException.class, () -> Strvals.setIndex(new java.util.ArrayList<>(), -1, 4L));
        assertEquals("index of 65537 is greater than maximum supported index of 65536",
                assertThrows(StrvalsException.class,
                        () -> Strvals.setIndex(new java.util.ArrayList<>(), Strvals.MAX_INDEX + 1, 4L)).getMessage());
    }

    /** Oracle: a[65536]=1 is accepted (the maximum index itself). */
    @Test
    void maxIndexAccepted() {
        Map<String, Object> m = Strvals.parse("a[65536]=1,b=2");
        assertEquals(65537, ((List<?>) m.get("a")).size());
        assertEquals(1L, ((List<?>) m.get("a")).get(65536));
        assertEquals(2L, m.get("b"));
    }
}
