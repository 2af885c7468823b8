package dev.capstan.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Help in cobra's layout (what Helm users know): description, {@code Usage:}, {@code Flags:}
 * with {@code -s, --long type   description}, then {@code Global Flags:}.
 */
final class Help {
    private Help() {
    }

    static int print(CommandLine root, String[] args, Main.Context ctx) {
        CommandLine target = null;
        for (String a : args) {
            if (a.startsWith("-") || a.equals("help")) continue;
            target = root.getSubcommands().get(a);
            break;
        }
        PrintWriter out = ctx.out();
        if (target == null) {
            out.println("The Kubernetes package manager, for the JVM: renders and manages Helm charts.");
            out.println();
            out.println("Usage:");
            out.println("  " + Main.NAME + " [command]");
            out.println();
            out.println("Available Commands:");
            for (CommandLine sub : root.getSubcommands().values()) {
                String[] d = sub.getCommandSpec().usageMessage().description();
                out.printf("  %-11s %s%n", sub.getCommandName(), d.length > 0 ? d[0] : "");
            }
            out.println();
            out.println("Flags:");
            printFlags(out, root.getCommandSpec(), Main.NAME);
            out.println();
            out.println("Use \"" + Main.NAME + " [command] --help\" for more information about a command.");
            return 0;
        }
        CommandSpec spec = target.getCommandSpec();
        String[] d = spec.usageMessage().description();
        if (spec.name().equals("template")) {
            out.println();
            out.println("Render chart templates locally and print the result.");
            out.println();
            out.println("Values that would come from a cluster are faked locally, and no server-side");
            out.println("validation happens. Capabilities.APIVersions can be extended with");
            out.println("--api-versions, given several times or as a comma-separated list.");
            out.println();
            out.println("Usage:");
            out.println("  " + Main.NAME + " template [NAME] [CHART] [flags]");
        } else {
            out.println(d.length > 0 ? d[0] : "");
            out.println();
            out.println("Usage:");
            out.println("  " + Main.NAME + " " + spec.name() + " [flags]");
        }
        out.println();
        out.println("Flags:");
        printFlags(out, spec, spec.name());
        out.println();
        out.println("Global Flags:");
        printGlobal(out, spec);
        return 0;
    }

    private static boolean isGlobal(OptionSpec o) {
        return Flags.isGlobal(o);
    }

    private static void printFlags(PrintWriter out, CommandSpec spec, String cmdName) {
        List<String[]> rows = new ArrayList<>();
        for (OptionSpec o : sorted(spec)) {
            if (o.hidden() || (isGlobal(o) && !cmdName.equals(Main.NAME))) continue;
            rows.add(row(o));
        }
        rows.add(new String[]{"-h", "--help", "", "help for " + cmdName});
        rows.sort(Comparator.comparing(r -> r[1]));
        emit(out, rows);
    }

    private static void printGlobal(PrintWriter out, CommandSpec spec) {
        List<String[]> rows = new ArrayList<>();
        for (OptionSpec o : sorted(spec)) if (isGlobal(o) && !o.hidden()) rows.add(row(o));
        emit(out, rows);
    }

    private static List<OptionSpec> sorted(CommandSpec spec) {
        List<OptionSpec> l = new ArrayList<>(spec.options());
        l.sort(Comparator.comparing(OptionSpec::longestName));
        return l;
    }

    private static String[] row(OptionSpec o) {
        String shortName = "";
        for (String n : o.names()) if (!n.startsWith("--")) shortName = n;
        String type = o.paramLabel() == null || o.paramLabel().startsWith("<") ? "" : o.paramLabel();
        String[] desc = o.description();
        return new String[]{shortName, o.longestName(), type, desc.length > 0 ? desc[0] : ""};
    }

    private static void emit(PrintWriter out, List<String[]> rows) {
        List<String> left = new ArrayList<>();
        int width = 0;
        for (String[] r : rows) {
            String l = (r[0].isEmpty() ? "      " : "  " + r[0] + ", ") + r[1] + (r[2].isEmpty() ? "" : " " + r[2]);
            left.add(l);
            width = Math.max(width, l.length());
        }
        for (int i = 0; i < rows.size(); i++) {
            String l = left.get(i);
            out.println(l + " ".repeat(width - l.length() + 3) + rows.get(i)[3]);
        }
    }
}
