package dev.capstan.cli;

import picocli.CommandLine;

/** Prints help for {@code -h/--help}, {@code help CMD} and a bare {@code capstan}. */
final class Help {
    private Help() {
    }

    static int print(CommandLine root, String[] args, Main.Context ctx) {
        CommandLine target = root;
        for (String a : args) {
            if (a.startsWith("-") || a.equals("help")) continue;
            CommandLine sub = root.getSubcommands().get(a);
            if (sub != null) target = sub;
            break;
        }
        ctx.out().print(target.getUsageMessage(CommandLine.Help.Ansi.OFF));
        return 0;
    }
}
