package dev.capstan.gotemplate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.capstan.gotemplate.parse.ParseError;
import dev.capstan.gotemplate.parse.Tree;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** Reuse of parse trees, and the cases where a reused tree would be wrong. */
class ParseCacheTest {
    private static Predicate<String> functions(String... names) {
        Set<String> s = Set.of(names);
        return n -> s.contains(n) || Builtins.NAMES.contains(n);
    }

    @Test
    void sameNameAndTextAreParsedOnce() {
        ParseCache c = new ParseCache(1 << 20);
        Map<String, Tree> a = c.parse("t", "{{ define \"x\" }}{{ upper . }}{{ end }}", functions("upper"));
        Map<String, Tree> b = c.parse("t", new String("{{ define \"x\" }}{{ upper . }}{{ end }}"), functions("upper"));
        assertSame(a.get("x"), b.get("x"));
        assertEquals(1, c.size());
    }

    @Test
    void anotherNameIsAnotherParse() {
        // the parse name is in every tree (error locations), so it is part of the key
        ParseCache c = new ParseCache(1 << 20);
        Tree a = c.parse("a.yaml", "{{ . }}", functions()).get("a.yaml");
        Tree b = c.parse("b.yaml", "{{ . }}", functions()).get("b.yaml");
        assertEquals("b.yaml", b.parseName());
        assertNotSame(a, b);
    }

    @Test
    void aFunctionThatIsNoLongerDefinedIsStillAnError() {
        ParseCache c = new ParseCache(1 << 20);
        c.parse("t", "{{ upper . }}", functions("upper"));
        ParseError e = assertThrows(ParseError.class, () -> c.parse("t", "{{ upper . }}", functions()));
        assertEquals("template: t:1: function \"upper\" not defined", e.getMessage());
    }

    @Test
    void breakAsAFunctionNameChangesTheLexingAndIsNotReusedAcross() {
        // with no "break" function, {{ break }} outside a range is a parse error; defined as a
        // function it is a call: the cached answer must not leak from one to the other
        ParseCache c = new ParseCache(1 << 20);
        String text = "{{ break }}";
        c.parse("t", text, functions("break"));
        assertThrows(ParseError.class, () -> c.parse("t", text, functions()));
        assertEquals(1, c.parse("t", text, functions("break")).size());
    }

    @Test
    void failedParsesAreNotKept() {
        ParseCache c = new ParseCache(1 << 20);
        assertThrows(ParseError.class, () -> c.parse("t", "{{ if }}", functions()));
        assertEquals(0, c.size());
    }

    @Test
    void theLeastRecentlyUsedTextsGoFirstBeyondTheBound() {
        ParseCache c = new ParseCache(30);
        Tree a = c.parse("a", "0123456789", functions()).get("a");
        c.parse("b", "0123456789", functions());
        c.parse("a", "0123456789", functions());              // a is now the most recent
        c.parse("c", "0123456789", functions());              // 33 chars held: b goes
        assertEquals(2, c.size());
        assertSame(a, c.parse("a", "0123456789", functions()).get("a"));
        c.parse("big", "x".repeat(100), functions());          // larger than the bound: not kept
        assertEquals(2, c.size());
    }
}
