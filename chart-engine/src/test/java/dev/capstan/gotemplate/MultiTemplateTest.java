package dev.capstan.gotemplate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Facts from Go's multi_test.go (define/template, Clone, redefinition, empty templates) and the limits. */
class MultiTemplateTest {

    private static TemplateSet set() {
        return new TemplateSet(ExecFixtures.funcs(), TemplateOptions.DEFAULTS, "root");
    }

    @Test
    void multiParse() {
        TemplateSet s = set();
        s.parse("root", "");
        assertEquals(Set.of("root"), s.names());
        s = set();
        s.parse("root", "{{define \"foo\"}} FOO {{end}}{{define \"bar\"}} BAR {{end}}");
        assertEquals(Set.of("root", "foo", "bar"), s.names());
        assertEquals(" FOO ", s.executeToString("foo", null));
        assertEquals(" BAR ", s.executeToString("bar", null));
        TemplateSet bad = set();
        assertThrows(TemplateParseException.class, () -> bad.parse("root", "{{define \"foo\"}} FOO "));
        assertThrows(TemplateParseException.class, () -> bad.parse("root", "{{define \"foo}} FOO "));
    }

    /** multiExecTests: templates from two parses (multiText1, multiText2) used from a third. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "empty||",
        "text|some text|some text",
        "invoke x|{{template \"x\" .SI}}|TEXT",
        "invoke x no args|{{template \"x\"}}|TEXT",
        "invoke dot int|{{template \"dot\" .I}}|17",
        "invoke dot []int|{{template \"dot\" .SI}}|[3 4 5]",
        "invoke dotV|{{template \"dotV\" .U}}|v",
        "invoke nested int|{{template \"nested\" .I}}|17",
        "variable declared by template|{{template \"nested\" $x:=.SI}},{{index $x 1}}|[3 4 5],4",
        "testFunc literal|{{oneArg \"joe\"}}|oneArg=joe",
    })
    void multiExecute(String name, String input, String output) {
        TemplateSet s = set();
        s.parse("root", "\n\t{{define \"x\"}}TEXT{{end}}\n\t{{define \"dotV\"}}{{.V}}{{end}}\n");
        s.parse("root", "\n\t{{define \"dot\"}}{{.}}{{end}}\n\t{{define \"nested\"}}{{template \"dot\" .}}{{end}}\n");
        s.parse(name, input == null ? "" : input);
        assertEquals(output == null ? "" : output, s.executeToString(name, ExecFixtures.tVal()));
    }

    /** Go: Execute(w, nil) makes dot the invalid value, so fields of it are "no value", not nil-pointer errors. */
    @Test
    void nilData() {
        TemplateSet s = set();
        s.parse("t", "{{.}}|{{.X}}|{{$}}|{{.X.Y}}");
        assertEquals("<no value>|<no value>|<no value>|<no value>", s.executeToString("t", null));
    }

    @Test
    void testFuncDot() {
        TemplateSet s = set();
        s.parse("t", "{{oneArg .}}");
        assertEquals("oneArg=joe", s.executeToString("t", "joe"));
    }

    @Test
    void cloneIsIndependent() {
        TemplateSet root = set();
        root.parse("root", "{{define \"a\"}}{{template \"b\"}}{{template \"c\"}}{{end}}");
        root.parse("root", "{{define \"b\"}}b{{end}}");
        TemplateSet clone = root.copy();
        root.parse("root", "{{define \"c\"}}root{{end}}");
        clone.parse("root", "{{define \"c\"}}clone{{end}}");
        assertEquals("broot", root.executeToString("a", 0));
        assertEquals("bclone", clone.executeToString("a", 0));
    }

    @Test
    void redefinitionAcrossParsesIsAllowed() {
        TemplateSet s = set();
        s.parse("tmpl1", "{{define \"test\"}}foo{{end}}");
        s.parse("tmpl1", "{{define \"test\"}}bar{{end}}");
        s.parse("tmpl2", "{{define \"test\"}}bar{{end}}");
        assertEquals("bar", s.executeToString("test", null));
    }

    @Test
    void emptyDefinitionDoesNotReplace() {
        TemplateSet s = set();
        s.parse("test", "{{define \"test\"}}{{end}}");
        s.parse("test", "{{define \"test\"}}{{/* this is a comment */}}{{end}}");
        s.parse("test", "{{define \"test\"}}foo{{end}}");
        assertEquals("foo", s.executeToString("test", null));
    }

    /** TestEmptyTemplate rows (by name): definitions (';'-separated, EMPTY = "") parsed in order, then executed with dot = name. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "x;y|EMPTY|y",
        "EMPTY|once|EMPTY",
        "EMPTY;EMPTY|twice|EMPTY",
        "{{.}};{{.}}|twice|twice",
        "{{/* a comment */}};{{/* a comment */}}|comment|EMPTY",
    })
    void emptyTemplate(String defs, String in, String want) {
        in = in.equals("EMPTY") ? "" : in;
        TemplateSet s = set();
        for (String d : defs.split(";", -1)) s.parse(in, d.equals("EMPTY") ? "" : d);
        assertEquals(want.equals("EMPTY") ? "" : want, s.executeToString(in, in));
    }

    @Test
    void emptyBlockReplacedByLaterDefine() {
        for (int i = 0; i < 10; i++) {
            TemplateSet s = set();
            s.parse("title.xhtml", "{{template \"xhtml\" .}}");
            s.parse("stylesheet", "{{define \"stylesheet\"}}stylesheet{{end}}");
            s.parse("xhtml", "{{block \"stylesheet\" .}}{{end}}");
            assertEquals("stylesheet", s.executeToString("title.xhtml", 0));
        }
    }

    @Test
    void multipleDefinitionInOneParseIsAnError() {
        TemplateParseException e = assertThrows(TemplateParseException.class,
                () -> set().parse("t", "{{define \"a\"}}x{{end}}{{define \"a\"}}y{{end}}"));
        assertEquals("template: t:1: template: multiple definition of template \"a\"", e.goMessage());
    }

    @Test
    void unknownTemplateName() {
        TemplateExecException e = assertThrows(TemplateExecException.class, () -> set().executeToString("x", null));
        assertEquals("template: no template \"x\" associated with template \"root\"", e.goMessage());
    }

    @Test
    void unknownFunctionFailsAtParse() {
        TemplateParseException e = assertThrows(TemplateParseException.class, () -> set().parse("t", "a\n{{ nope 1 }}"));
        assertEquals("template: t:2: function \"nope\" not defined", e.goMessage());
        assertEquals(2, e.line());
        assertEquals("function \"nope\" not defined", e.detail());
    }

    @Test
    void breakIsAFunctionWhenDefined() {
        FuncMap f = ExecFixtures.funcs().put(Func.of("break", a -> a[0], ParamType.ANY));
        TemplateSet s = new TemplateSet(f, TemplateOptions.DEFAULTS);
        s.parse("t", "{{range .}}{{break 20}}{{end}}");
        assertEquals("2020", s.executeToString("t", ExecFixtures.list(1, 2)));
    }

    // ---- limits and error plumbing ------------------------------------------------------------

    @Test
    void outputLimit() {
        TemplateSet s = new TemplateSet(ExecFixtures.funcs(), TemplateOptions.DEFAULTS.withMaxOutputChars(1000));
        s.parse("t", "{{range 2000000}}x{{end}}");
        TemplateExecException e = assertThrows(TemplateExecException.class, () -> s.executeToString("t", null));
        assertTrue(e.goMessage().contains("output exceeds the limit of 1000 characters"), e.goMessage());
    }

    @Test
    void templateDepthLimit() {
        TemplateSet s = new TemplateSet(ExecFixtures.funcs(), TemplateOptions.DEFAULTS.withMaxTemplateDepth(50));
        s.parse("t", "{{define \"a\"}}{{template \"a\" .}}{{end}}{{template \"a\" .}}");
        TemplateExecException e = assertThrows(TemplateExecException.class, () -> s.executeToString("t", null));
        assertEquals("template: t:1:25: executing \"a\" at <{{template \"a\" .}}>: exceeded maximum template depth (50)", e.goMessage());
        assertEquals("a", e.templateName());
        assertEquals(1, e.line());
        assertEquals(25, e.column());
        assertEquals("{{template \"a\" .}}", e.nodeText());
        assertEquals("exceeded maximum template depth (50)", e.detail());
    }

    @Test
    void deepRecursionFailsCleanly() {
        TemplateSet s = set();
        s.parse("t", "{{define \"a\"}}{{template \"a\" .}}{{end}}{{template \"a\" .}}");
        TemplateExecException e = assertThrows(TemplateExecException.class, () -> s.executeToString("t", null));
        assertEquals("template: t:1:25: executing \"a\" at <{{template \"a\" .}}>: exceeded maximum template depth (100000)", e.goMessage());
    }

    @Test
    void functionErrorKeepsCause() {
        FunctionException boom = new FunctionException("HELM_ERR_START need x HELM_ERR_END");
        FuncMap f = new FuncMap().put(Func.of("fail", a -> {
            throw boom;
        }, ParamType.STRING));
        TemplateSet s = new TemplateSet(f, TemplateOptions.DEFAULTS);
        s.parse("t", "ab{{ fail \"x\" }}");
        StringBuilder out = new StringBuilder();
        TemplateExecException e = assertThrows(TemplateExecException.class, () -> s.execute("t", null, out));
        assertEquals("template: t:1:5: executing \"t\" at <fail \"x\">: error calling fail: HELM_ERR_START need x HELM_ERR_END", e.goMessage());
        assertEquals(boom, e.getCause());
        assertEquals("ab", out.toString(), "output before the error stays written");
    }

    @Test
    void runtimeExceptionInFunctionIsReported() {
        FuncMap f = new FuncMap().put(Func.of("bad", a -> {
            throw new IllegalStateException("broken");
        }));
        TemplateSet s = new TemplateSet(f, TemplateOptions.DEFAULTS);
        s.parse("t", "{{ bad }}");
        TemplateExecException e = assertThrows(TemplateExecException.class, () -> s.executeToString("t", null));
        assertEquals("template: t:1:3: executing \"t\" at <bad>: error calling bad: broken", e.goMessage());
    }

    @Test
    void missingKeyOptions() {
        java.util.Map<String, Object> data = ExecFixtures.map("a", 1);
        TemplateSet d = new TemplateSet(new FuncMap(), TemplateOptions.DEFAULTS);
        d.parse("t", "{{ .b }}|{{ .b.c }}");
        assertEquals("<no value>|<no value>", d.executeToString("t", data));
        TemplateSet z = d.copy(TemplateOptions.DEFAULTS.withMissingKey(TemplateOptions.MissingKey.ZERO));
        z.parse("u", "{{ .b }}");
        assertEquals("<no value>", z.executeToString("u", data));
        TemplateSet e = d.copy(TemplateOptions.DEFAULTS.withMissingKey(TemplateOptions.MissingKey.ERROR));
        TemplateExecException ex = assertThrows(TemplateExecException.class, () -> e.executeToString("t", data));
        assertEquals("template: t:1:3: executing \"t\" at <.b>: map has no entry for key \"b\"", ex.goMessage());
        assertFalse(d.has("u"));
    }

    @Test
    void deepNestingFailsCleanlyOrWorks() {
        TemplateSet s = set();
        s.parse("t", "{{ " + "(".repeat(100) + "1" + ")".repeat(100) + " }}");
        assertEquals("1", s.executeToString("t", null));
        String deep = "{{ " + "(".repeat(200_000) + "1" + ")".repeat(200_000) + " }}";
        try {
            s.parse("u", deep);
            s.executeToString("u", null);
        } catch (TemplateException e) {
            assertTrue(e.goMessage().startsWith("template: u:"), e.goMessage());
        }
    }

    @Test
    void parallelExecutionsShareTrees() throws Exception {
        TemplateSet s = set();
        s.parse("t", "{{range $i, $v := .}}{{$i}}={{$v}};{{end}}");
        List<Object> data = ExecFixtures.list(1, 2, 3);
        List<Thread> threads = new java.util.ArrayList<>();
        java.util.concurrent.atomic.AtomicInteger ok = new java.util.concurrent.atomic.AtomicInteger();
        for (int i = 0; i < 4; i++) {
            Thread t = new Thread(() -> {
                for (int k = 0; k < 200; k++) if (s.executeToString("t", data).equals("0=1;1=2;2=3;")) ok.incrementAndGet();
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) t.join();
        assertEquals(800, ok.get());
    }
}
