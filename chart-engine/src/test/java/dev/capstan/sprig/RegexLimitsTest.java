package dev.capstan.sprig;

import dev.capstan.gotemplate.FuncMap;
import dev.capstan.gotemplate.FunctionException;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A pattern that is linear in Go but exponential for a backtracking engine must fail, not hang. */
class RegexLimitsTest {
    private final FuncMap funcs = new FuncMap();

    RegexLimitsTest() {
        SprigTextFuncs.register(funcs);
    }

    @Test
    void catastrophicBacktrackingIsCutOff() {
        String input = "a".repeat(30);
        FunctionException e = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThrows(FunctionException.class,
                () -> funcs.get("regexMatch").impl().call(new Object[]{"(.*){1,30}\\z!", input})));
        assertTrue(e.getMessage().contains("steps"), e.getMessage());
    }

    @Test
    void ordinaryPatternsAreUnaffected() {
        String input = "x".repeat(100_000) + "needle";
        assertEquals("needle", funcs.get("regexFind").impl().call(new Object[]{"ne+dle", input}));
    }
}
