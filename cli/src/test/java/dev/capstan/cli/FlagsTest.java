package dev.capstan.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Flags declared through {@link Flags} reach the command object as the annotations did. */
class FlagsTest {
    private static TemplateCommand parse(String... args) {
        TemplateCommand t = new TemplateCommand(null);
        new CommandLine(t.spec()).parseArgs(args);
        return t;
    }

    @Test
    void absentFlagsKeepTheCommandsDefaults() {
        TemplateCommand t = parse("x", "y");
        assertEquals(List.of("x", "y"), t.args);
        assertEquals("client", t.dryRun);
        assertEquals("hookOnly", t.waitStrategy);
        assertTrue(t.serverSide);
        assertEquals(List.of(), t.set);
        assertNull(t.global.namespace);
        assertNull(t.global.debug);
    }

    @Test
    void repeatedFlagsAddUpAndCommasSplitWhereHelmSplits() {
        TemplateCommand t = parse("--set", "a=1,b=2", "--set", "c=3", "-f", "v1.yaml,v2.yaml", "--values", "v3.yaml",
                "-l", "k=v,k2=v2", "--kube-as-group", "g1", "--kube-as-group", "g2");
        assertEquals(List.of("a=1,b=2", "c=3"), t.set);
        assertEquals(List.of("v1.yaml", "v2.yaml", "v3.yaml"), t.valueFiles);
        assertEquals(Map.of("k", "v", "k2", "v2"), t.labels);
        assertEquals(List.of("g1", "g2"), t.global.kubeAsGroup);
    }

    @Test
    void booleansAndOptionalValues() {
        TemplateCommand t = parse("--include-crds", "--server-side=false", "--debug", "--dry-run", "--wait=legacy", "-n", "ns");
        assertTrue(t.includeCrds);
        assertFalse(t.serverSide);
        assertEquals(Boolean.TRUE, t.global.debug);
        assertEquals("unset", t.dryRun);
        assertEquals("legacy", t.waitStrategy);
        assertEquals("ns", t.global.namespace);
    }

    @Test
    void onlyTheGlobalFlagsAreMarkedGlobal() {
        var spec = new TemplateCommand(null).spec();
        assertTrue(Flags.isGlobal(spec.findOption("--namespace")));
        assertTrue(Flags.isGlobal(spec.findOption("--kube-context")));
        assertFalse(Flags.isGlobal(spec.findOption("--set")));
    }
}
