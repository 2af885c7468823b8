package dev.capstan.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the command tree and parses a command line with cobra's rules (what Helm uses), which
 * differ from picocli's defaults: a boolean flag or a flag with an optional value takes a value
 * only after {@code =}, a flag that needs a value takes the next word even when it starts with a
 * dash, and parse errors use pflag's wording.
 */
final class Commands {
    private Commands() {
    }

    static int execute(String[] rawArgs, Main.Context ctx) {
        CommandLine root = new CommandLine(new Main.Root());
        root.addSubcommand("template", new CommandLine(new TemplateCommand(ctx)));
        root.addSubcommand("version", new CommandLine(new VersionCommand(ctx)));
        root.setAllowOptionsAsOptionParameters(true);
        root.setOverwrittenOptionsAllowed(true);
        root.setUnmatchedOptionsArePositionalParams(false);
        root.setCaseInsensitiveEnumValuesAllowed(false);
        root.registerConverter(Boolean.class, Commands::goBool);
        root.registerConverter(boolean.class, Commands::goBool);

        if (rawArgs.length == 0 || isHelp(rawArgs)) {
            return Help.print(root, rawArgs, ctx);
        }
        String[] args = normalize(root, rawArgs);
        ParseResult pr;
        try {
            pr = root.parseArgs(args);
        } catch (ParameterException e) {
            String first = firstNonFlag(rawArgs);
            if (first != null && !root.getSubcommands().containsKey(first)) throw unknownCommand(first);
            throw new CliException(CobraErrors.message(e, rawArgs));
        }
        ParseResult sub = pr.subcommand();
        if (sub == null) {
            String first = firstNonFlag(rawArgs);
            if (first != null) throw unknownCommand(first);
            return Help.print(root, rawArgs, ctx);
        }
        Object cmd = sub.commandSpec().userObject();
        GlobalOptions rootGlobal = ((Main.Root) root.getCommand()).global;
        if (cmd instanceof TemplateCommand t) {
            t.global.inherit(rootGlobal);
            return t.call();
        }
        if (cmd instanceof VersionCommand v) {
            return v.call();
        }
        throw new CliException("unknown command");
    }

    private static CliException unknownCommand(String name) {
        return new CliException("unknown command \"" + name + "\" for \"" + Main.NAME + "\"\nRun '" + Main.NAME + " --help' for usage.");
    }

    private static boolean isHelp(String[] args) {
        for (String a : args) {
            if (a.equals("--")) return false;
            if (a.equals("-h") || a.equals("--help")) return true;
        }
        return args.length > 0 && args[0].equals("help");
    }

    private static String firstNonFlag(String[] args) {
        for (String a : args) if (!a.startsWith("-")) return a;
        return null;
    }

    /**
     * Rewrites flags that take an optional value (booleans, {@code --dry-run}, {@code --wait}) so
     * that a bare flag never swallows the next word, and leaves the word after a value flag alone.
     */
    static String[] normalize(CommandLine root, String[] args) {
        Map<String, String> optionalValue = new HashMap<>();
        Set<String> needsValue = new HashSet<>();
        collect(root.getCommandSpec(), optionalValue, needsValue);
        for (CommandLine sub : root.getSubcommands().values()) collect(sub.getCommandSpec(), optionalValue, needsValue);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--")) {
                for (; i < args.length; i++) out.add(args[i]);
                break;
            }
            if (optionalValue.containsKey(a)) {
                out.add(a + "=" + optionalValue.get(a));
            } else if (needsValue.contains(a)) {
                out.add(a);
                if (i + 1 < args.length) out.add(args[++i]);
            } else {
                out.add(a);
            }
        }
        return out.toArray(new String[0]);
    }

    private static void collect(CommandSpec spec, Map<String, String> optionalValue, Set<String> needsValue) {
        for (OptionSpec o : spec.options()) {
            boolean optional = o.arity().min() == 0 && o.arity().max() == 1;
            for (String n : o.names()) {
                if (optional) optionalValue.put(n, o.fallbackValue());
                else if (o.arity().min() >= 1) needsValue.add(n);
            }
        }
    }

    private static Boolean goBool(String s) {
        Boolean b = GoBool.parse(s);
        if (b == null) throw new CommandLine.TypeConversionException("strconv.ParseBool: parsing \"" + s + "\": invalid syntax");
        return b;
    }

    static String flagName(ArgSpec spec) {
        if (spec instanceof OptionSpec o) return o.longestName();
        return spec.paramLabel();
    }
}
