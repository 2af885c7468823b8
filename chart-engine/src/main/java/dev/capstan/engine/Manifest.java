package dev.capstan.engine;

/**
 * One rendered document that is not a hook.
 *
 * @param name       the template path it came from, e.g. {@code mychart/templates/svc.yaml}
 * @param content    the document text, trimmed
 * @param apiVersion its {@code apiVersion} ("" when absent)
 * @param kind       its {@code kind} ("" when absent, e.g. a comment-only document)
 */
public record Manifest(String name, String content, String apiVersion, String kind) {
}
