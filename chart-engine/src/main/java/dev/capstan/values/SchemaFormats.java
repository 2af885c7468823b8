package dev.capstan.values;

import dev.capstan.gotemplate.GoFmt;

/**
 * The {@code format} checks of santhosh-tekuri/jsonschema v6 that Capstan reproduces, with their
 * error texts; the library asserts formats only for drafts 4 to 7 (Helm does not turn on
 * assertion for newer drafts). Formats not listed here are accepted (a known difference).
 */
final class SchemaFormats {
    private SchemaFormats() {
    }

    /** Null when {@code s} is valid for {@code format} (or the format is not checked), else the reason. */
    static String check(String format, String s) {
        return switch (format) {
            case "email" -> email(s);
            case "ipv4" -> ipv4(s);
            case "hostname" -> hostname(s);
            case "uuid" -> uuid(s);
            default -> null;
        };
    }

    static String ipv4(String s) {
        String[] groups = s.split("\\.", -1);
        if (groups.length != 4) {
            return "expected four decimals";
        }
        for (String g : groups) {
            if (g.length() > 1 && g.charAt(0) == '0') {
                return "leading zeros";
            }
            int n;
            try {
                n = Integer.parseInt(g.startsWith("+") ? "x" : g);
            } catch (NumberFormatException e) {
                return "strconv.Atoi: parsing " + GoFmt.quote(g) + ": invalid syntax";
            }
            if (n < 0 || n > 255) {
                return "decimal must be between 0 and 255";
            }
        }
        return null;
    }

    static String hostname(String s) {
        if (s.endsWith(".")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 253) {
            return "more than 253 characters long";
        }
        for (String label : s.split("\\.", -1)) {
            int len = label.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            if (len < 1 || len > 63) {
                return "label must be 1 to 63 characters long";
            }
            if (label.startsWith("-")) {
                return "label starts with hyphen";
            }
            if (label.endsWith("-")) {
                return "label ends with hyphen";
            }
            for (int i = 0; i < label.length(); ) {
                int ch = label.codePointAt(i);
                i += Character.charCount(ch);
                if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '-')) {
                    return "invalid character " + GoFmt.quoteRune(ch);
                }
            }
        }
        return null;
    }

    static String email(String s) {
        if (s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 254) {
            return "more than 255 characters long";
        }
        int at = s.lastIndexOf('@');
        if (at < 0) {
            return "missing @";
        }
        String local = s.substring(0, at);
        String domain = s.substring(at + 1);
        if (local.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 64) {
            return "local part more than 64 characters long";
        }
        if (local.length() > 1 && local.startsWith("\"")) {
            String q = local.substring(1, local.length() - 1);
            if (q.indexOf('\\') >= 0 || q.indexOf('"') >= 0) {
                return "backslash and quote are not allowed within quoted local part";
            }
        } else {
            if (local.startsWith(".")) {
                return "starts with dot";
            }
            if (local.endsWith(".")) {
                return "ends with dot";
            }
            if (local.contains("..")) {
                return "consecutive dots";
            }
            for (int i = 0; i < local.length(); ) {
                int ch = local.codePointAt(i);
                i += Character.charCount(ch);
                if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9')
                        || ".!#$%&'*+-/=?^_`{|}~".indexOf(ch) >= 0)) {
                    return "invalid character " + GoFmt.quoteRune(ch);
                }
            }
        }
        if (domain.startsWith("[") && domain.endsWith("]") && domain.length() >= 2) {
            String inner = domain.substring(1, domain.length() - 1);
            if (inner.startsWith("IPv6:")) {
                return null; // ipv6 literals are not checked
            }
            String e = ipv4(inner);
            return e == null ? null : "invalid ipv4 address: " + e;
        }
        String e = hostname(domain);
        return e == null ? null : "invalid domain: " + e;
    }

    static String uuid(String s) {
        int[] lens = {8, 4, 4, 4, 12};
        String[] parts = s.split("-", -1);
        if (parts.length != lens.length) {
            return "must have 5 elements";
        }
        for (int i = 0; i < lens.length; i++) {
            if (parts[i].getBytes(java.nio.charset.StandardCharsets.UTF_8).length != lens[i]) {
                return "element " + (i + 1) + " must be " + lens[i] + " characters long";
            }
            for (int k = 0; k < parts[i].length(); ) {
                int ch = parts[i].codePointAt(k);
                k += Character.charCount(ch);
                if (!((ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'f') || (ch >= 'A' && ch <= 'F'))) {
                    return "non-hex character " + GoFmt.quoteRune(ch);
                }
            }
        }
        return null;
    }
}
