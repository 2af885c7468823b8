package dev.capstan.semver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs the Masterminds/semver test tables (re-expressed as JSON in resources/semver). */
class SemverTablesTest {

    @TestFactory
    Stream<DynamicTest> versionTables() throws IOException {
        return tests("/semver/version_tables.json");
    }

    @TestFactory
    Stream<DynamicTest> constraintTables() throws IOException {
        return tests("/semver/constraint_tables.json");
    }

    private Stream<DynamicTest> tests(String resource) throws IOException {
        JsonNode root;
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            root = new ObjectMapper().readTree(in);
        }
        List<DynamicTest> out = new ArrayList<>();
        for (JsonNode table : root.get("tables")) {
            String op = table.get("op").asText();
            int n = 0;
            for (JsonNode row : table.get("rows")) {
                out.add(DynamicTest.dynamicTest(table.get("from").asText() + "[" + n++ + "] " + row, () -> run(op, row)));
            }
        }
        return out.stream();
    }

    private static String s(JsonNode row, int i) {
        return row.get(i).isNull() ? null : row.get(i).asText();
    }

    private static void run(String op, JsonNode r) {
        switch (op) {
            case "strict" -> expectError(r.get(1).asBoolean(), () -> Version.parseStrict(s(r, 0)));
            case "parse" -> expectError(r.get(1).asBoolean(), () -> Version.parse(s(r, 0)));
            case "coerceString" -> assertEquals(s(r, 1), Version.parse(s(r, 0)).toString());
            case "string" -> assertEquals(s(r, 1), Constraints.parse(s(r, 0)).toString());
            case "compare" -> assertEquals(r.get(2).asInt(), Version.parse(s(r, 0)).compareTo(Version.parse(s(r, 1))));
            case "lessThan" -> assertEquals(r.get(2).asBoolean(), Version.parse(s(r, 0)).lessThan(Version.parse(s(r, 1))));
            case "lessThanEqual" -> assertEquals(r.get(2).asBoolean(), Version.parse(s(r, 0)).compareTo(Version.parse(s(r, 1))) <= 0);
            case "greaterThan" -> assertEquals(r.get(2).asBoolean(), Version.parse(s(r, 0)).greaterThan(Version.parse(s(r, 1))));
            case "greaterThanEqual" -> assertEquals(r.get(2).asBoolean(), Version.parse(s(r, 0)).compareTo(Version.parse(s(r, 1))) >= 0);
            case "equal" -> {
                Version a = s(r, 0) == null ? null : Version.parse(s(r, 0));
                Version b = s(r, 1) == null ? null : Version.parse(s(r, 1));
                boolean eq = a == null ? b == null : a.equalTo(b);
                assertEquals(r.get(2).asBoolean(), eq);
            }
            case "inc" -> {
                Version v = Version.parse(s(r, 0));
                Version n = switch (s(r, 2)) {
                    case "patch" -> v.incPatch();
                    case "minor" -> v.incMinor();
                    default -> v.incMajor();
                };
                assertEquals(s(r, 1), n.toString());
                assertEquals(s(r, 3), n.original());
            }
            case "setPrerelease", "setMetadata" -> {
                Version v = Version.parse(s(r, 0));
                boolean pre = op.equals("setPrerelease");
                if (!r.get(5).isNull()) {
                    assertThrows(SemverException.class, () -> {
                        if (pre) v.withPrerelease(s(r, 1));
                        else v.withMetadata(s(r, 1));
                    });
                    return;
                }
                Version n = pre ? v.withPrerelease(s(r, 1)) : v.withMetadata(s(r, 1));
                assertEquals(s(r, 2), n.toString());
                assertEquals(s(r, 3), pre ? n.prerelease() : n.metadata());
                assertEquals(s(r, 4), n.original());
            }
            case "vprefix" -> assertEquals(s(r, 1), Version.parse(s(r, 0)).incMajor().original().startsWith("v") ? "v" : "");
            case "validatePrerelease" -> expectError(!r.get(1).isNull(), () -> Version.validatePrerelease(s(r, 0)));
            case "validateMetadata" -> expectError(!r.get(1).isNull(), () -> Version.validateMetadata(s(r, 0)));
            case "parseConstraint" -> {
                if (r.get(3).asBoolean()) {
                    assertThrows(SemverException.class, () -> Constraints.Constraint.parse(s(r, 0)));
                    return;
                }
                Constraints.Constraint c = Constraints.Constraint.parse(s(r, 0));
                assertEquals(s(r, 2), c.con().toString());
                String fn = switch (c.op()) {
                    case "", "=" -> "@constraintTildeOrEqual";
                    case ">=", "=>" -> "@constraintGreaterThanEqual";
                    case "<=", "=<" -> "@constraintLessThanEqual";
                    case ">" -> "@constraintGreaterThan";
                    case "<" -> "@constraintLessThan";
                    case "~", "~>" -> "@constraintTilde";
                    case "^" -> "@constraintCaret";
                    default -> "@constraintNotEqual";
                };
                assertEquals(s(r, 1), fn);
            }
            case "single" -> {
                Constraints.Constraint c = Constraints.Constraint.parse(s(r, 0));
                assertEquals(r.get(2).asBoolean(), c.check(Version.parse(s(r, 1)), !c.con().prerelease().isEmpty()) == null);
            }
            case "check" -> assertEquals(r.get(2).asBoolean(), Constraints.parse(s(r, 0)).check(Version.parse(s(r, 1))));
            case "checkIncludePre" -> assertEquals(r.get(2).asBoolean(),
                    Constraints.parse(s(r, 0)).withIncludePrerelease(true).check(Version.parse(s(r, 1))));
            case "newConstraint" -> {
                if (r.get(3).asBoolean()) {
                    assertThrows(SemverException.class, () -> Constraints.parse(s(r, 0)));
                    return;
                }
                String str = Constraints.parse(s(r, 0)).toString();
                String[] ors = str.split(" \\|\\| ");
                assertEquals(r.get(1).asInt(), ors.length);
                assertEquals(r.get(2).asInt(), ors[0].split(" ").length);
            }
            case "rewriteRange" -> assertEquals(s(r, 1), Constraints.rewriteRange(s(r, 0)));
            case "isX" -> assertEquals(r.get(1).asBoolean(), Constraints.isX(s(r, 0)));
            case "validate" -> assertEquals(r.get(2).asBoolean(), Constraints.parse(s(r, 0)).validate(Version.parse(s(r, 1))).isEmpty());
            case "validateIncludePre" -> assertEquals(r.get(2).asBoolean(),
                    Constraints.parse(s(r, 0)).withIncludePrerelease(true).validate(Version.parse(s(r, 1))).isEmpty());
            case "validateMessage" -> {
                List<String> msgs = Constraints.parse(s(r, 0)).validate(Version.parseStrict(s(r, 1)));
                assertTrue(!msgs.isEmpty());
                assertEquals(s(r, 2), msgs.get(0));
            }
            case "validateIncludePreMessage" -> {
                List<String> msgs = Constraints.parse(s(r, 0)).withIncludePrerelease(true).validate(Version.parseStrict(s(r, 1)));
                assertTrue(!msgs.isEmpty());
                assertEquals(s(r, 2), msgs.get(0));
            }
            default -> throw new IllegalArgumentException("unknown op " + op);
        }
    }

    private static void expectError(boolean error, Runnable r) {
        if (error) assertThrows(SemverException.class, r::run);
        else r.run();
    }
}
