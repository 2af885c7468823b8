package dev.capstan.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

import java.util.List;

/** Re-words picocli's parse errors the way pflag and cobra word them for Helm. */
final class CobraErrors {
    private CobraErrors() {
    }

    static String message(ParameterException e, String[] rawArgs) {
        if (e instanceof CommandLine.UnmatchedArgumentException u) {
            List<String> unmatched = u.getUnmatched();
            String first = unmatched.isEmpty() ? "" : unmatched.get(0);
            if (first.startsWith("--")) {
                int eq = first.indexOf('=');
                return "unknown flag: " + (eq < 0 ? first : first.substring(0, eq));
            }
            if (first.startsWith("-") && first.length() > 1) {
                return "unknown shorthand flag: '" + first.charAt(1) + "' in " + first;
            }
            return e.getMessage();
        }
        if (e instanceof CommandLine.MissingParameterException m) {
            OptionSpec o = m.getMissing().stream().filter(a -> a instanceof OptionSpec).map(a -> (OptionSpec) a)
                    .findFirst().orElse(null);
            if (o != null) {
                String used = usedName(o, rawArgs);
                if (used.startsWith("--")) return "flag needs an argument: " + used;
                return "flag needs an argument: '" + used.substring(1) + "' in " + used;
            }
            return e.getMessage();
        }
        if (e.getArgSpec() instanceof OptionSpec o && e.getValue() != null) {
            String detail = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage()
                    : conversionDetail(e.getMessage());
            return "invalid argument \"" + e.getValue() + "\" for \"" + flagLabel(o) + "\" flag: " + detail;
        }
        return e.getMessage();
    }

    private static String conversionDetail(String msg) {
        int i = msg == null ? -1 : msg.lastIndexOf(": ");
        return i < 0 ? String.valueOf(msg) : msg.substring(i + 2);
    }

    /** pflag names a flag with its shorthand as {@code -s, --long}. */
    private static String flagLabel(OptionSpec o) {
        String shortName = null;
        for (String n : o.names()) if (!n.startsWith("--")) shortName = n;
        return shortName == null ? o.longestName() : shortName + ", " + o.longestName();
    }

    private static String usedName(OptionSpec o, String[] rawArgs) {
        for (int i = rawArgs.length - 1; i >= 0; i--) {
            for (String n : o.names()) if (rawArgs[i].equals(n)) return n;
        }
        return o.longestName();
    }
}
