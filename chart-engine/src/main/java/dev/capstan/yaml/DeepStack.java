package dev.capstan.yaml;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs a recursive walk of a decoded document. go-yaml accepts nesting up to 10000 levels
 * ({@link YamlComposer#MAX_DEPTH}), deeper than a default Java thread stack allows for the
 * recursive decoding steps; when the caller's stack runs out, the work is redone on a thread with
 * a stack large enough for that depth (reserved, only touched as far as it is used).
 */
final class DeepStack {
    private static final long STACK_BYTES = 512L * 1024 * 1024;

    private DeepStack() {
    }

    static <T> T call(Supplier<T> work) {
        try {
            return work.get();
        } catch (StackOverflowError e) {
            AtomicReference<T> result = new AtomicReference<>();
            AtomicReference<Throwable> failure = new AtomicReference<>();
            Thread t = new Thread(null, () -> {
                try {
                    result.set(work.get());
                } catch (Throwable ex) {
                    failure.set(ex);
                }
            }, "yaml-deep-document", STACK_BYTES);
            t.start();
            try {
                t.join();
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
                throw new YamlException("yaml: interrupted while reading a deeply nested document", 0);
            }
            Throwable f = failure.get();
            if (f instanceof RuntimeException re) {
                throw re;
            }
            if (f != null) {
                throw new YamlException("yaml: exceeded max depth of " + YamlComposer.MAX_DEPTH, 0);
            }
            return result.get();
        }
    }
}
