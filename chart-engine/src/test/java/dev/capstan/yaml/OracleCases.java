package dev.capstan.yaml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Loads the yaml-read test tables (the same splitting rules as regen-oracle.py). */
final class OracleCases {
    private OracleCases() {
    }

    static String resource(String name) {
        try (InputStream in = OracleCases.class.getResourceAsStream("/yaml-read/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource yaml-read/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final Pattern ESC = Pattern.compile("\\\\(r|\\\\|u[0-9a-fA-F]{4})");

    static String unescape(String s) {
        Matcher m = ESC.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String g = m.group(1);
            String r = g.equals("r") ? "\r" : g.equals("\\") ? "\\" : String.valueOf((char) Integer.parseInt(g.substring(1), 16));
            m.appendReplacement(sb, Matcher.quoteReplacement(r));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** Sections of a file: {@code ### NAME [!esc]} then the body lines. */
    static Map<String, String> sections(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        String name = null;
        boolean esc = false;
        StringBuilder body = new StringBuilder();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length - 1; i++) {
            String line = lines[i];
            if (line.startsWith("### ")) {
                if (name != null) {
                    out.put(name, body.toString());
                }
                String[] parts = line.substring(4).split(" ");
                name = parts[0];
                esc = line.contains(" !esc");
                body.setLength(0);
            } else {
                body.append(esc ? unescape(line) : line).append('\n');
            }
        }
        if (name != null) {
            out.put(name, body.toString());
        }
        return out;
    }

    /** Rows of a TSV file, split on tabs. */
    static List<String[]> tsv(String text) {
        List<String[]> rows = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isEmpty() && !line.startsWith("#")) {
                rows.add(line.split("\t", -1));
            }
        }
        return rows;
    }
}
