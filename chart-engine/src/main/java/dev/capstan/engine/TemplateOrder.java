package dev.capstan.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Helm's {@code sortTemplates}: fewer {@code /} first, ties by string, and the whole order
 * reversed, so the deepest paths come first. Parsing in this order lets a parent chart's
 * {@code define} (parsed last) win over a subchart's of the same name, and execution follows the
 * same order, which matters when templates change shared values.
 */
final class TemplateOrder {
    private TemplateOrder() {
    }

    static List<String> sort(Collection<String> names) {
        List<String> keys = new ArrayList<>(names);
        keys.sort((a, b) -> {
            long ca = slashes(a);
            long cb = slashes(b);
            if (ca != cb) return Long.compare(cb, ca);
            return b.compareTo(a);
        });
        return keys;
    }

    private static long slashes(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == '/') n++;
        return n;
    }
}
