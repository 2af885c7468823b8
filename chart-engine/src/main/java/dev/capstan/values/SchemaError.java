package dev.capstan.values;

import dev.capstan.gotemplate.GoFmt;
import java.util.ArrayList;
import java.util.List;

/**
 * One node of a schema validation failure, shaped like santhosh-tekuri/jsonschema v6's
 * {@code ValidationError} so that its text is the same: an instance location, a message, and
 * causes printed as an indented {@code - at '/x': ...} list.
 */
final class SchemaError {
    enum Kind { SCHEMA, GROUP, REFERENCE, OTHER }

    final Kind kind;
    final List<String> location; // null for the root of a sub-validation (prints as '')
    final String message;
    final List<SchemaError> causes = new ArrayList<>();

    SchemaError(Kind kind, List<String> location, String message) {
        this.kind = kind;
        this.location = location;
        this.message = message;
    }

    private boolean skip() {
        return causes.size() == 1 && kind == Kind.REFERENCE;
    }

    void display(StringBuilder sb, int indent) {
        if (!skip()) {
            if (indent > 0) {
                sb.append('\n');
                for (int i = 0; i < indent - 1; i++) {
                    sb.append("  ");
                }
                sb.append("- ");
            }
            indent++;
            if (kind == Kind.SCHEMA) {
                sb.append(message);
            } else {
                sb.append("at ").append(quote(pointer(location))).append(": ").append(message);
            }
        }
        for (SchemaError c : causes) {
            c.display(sb, indent);
        }
    }

    static String pointer(List<String> tokens) {
        StringBuilder sb = new StringBuilder();
        if (tokens != null) {
            for (String t : tokens) {
                sb.append('/').append(t.replace("~", "~0").replace("/", "~1"));
            }
        }
        return sb.toString();
    }

    /** The library's quote: Go %q, then \" unescaped and ' escaped, in single quotes. */
    static String quote(String s) {
        String q = GoFmt.quote(s);
        q = q.replace("\\\"", "\"").replace("'", "\\'");
        return "'" + q.substring(1, q.length() - 1) + "'";
    }
}
