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

    /** Every command's name, in help order. Help and the unknown-command check know them all. */
    static final List<String> NAMES = List.of("template", "version");

    private static CommandSpec newCommand(String name, Main.Context ctx) {
        return switch (name) {
            case "template" -> new TemplateCommand(ctx).spec();
            case "version" -> new VersionCommand(ctx).spec();
            default -> throw new IllegalArgumentException(name);
        };
    }

    static int execute(String[] rawArgs, Main.Context ctx) {
        // picocli's default factory otherwise looks for groovy.lang.Closure on first use: a failed
        // class lookup through the whole jar, ~4% of a cold template run's main thread
        System.setProperty("picocli.disable.closures", "true");
        CommandLine root = new CommandLine(new Main.Root().spec());
        if (Boolean.getBoolean("capstan.training")) {
            // the launcher's AOT-cache training run (one command line) also builds every other
            // command's model, so that their classes and lambdas are in the cache too: without,
            // a cold `version --short` loaded VersionCommand from the jar, ~40% of its main thread
            for (String name : NAMES) newCommand(name, ctx);
        }
        if (rawArgs.length == 0 || isHelp(rawArgs)) {
            for (String name : NAMES) addCommand(root, name, ctx);
            return Help.print(configure(root), rawArgs, ctx);
        }
        // Only the invoked command's model is built: a model costs with every flag declared, and
        // a run needs the root's and the named command's only.
        String invoked = commandName(root, rawArgs);
        if (invoked != null && NAMES.contains(invoked)) addCommand(root, invoked, ctx);
        configure(root);
        String[] args = normalize(root, rawArgs);
        ParseResult pr;
        try {
            pr = root.parseArgs(args);
        } catch (ParameterException e) {
            if (invoked != null && !NAMES.contains(invoked)) throw unknownCommand(invoked);
            throw new CliException(CobraErrors.message(e, rawArgs));
        }
        ParseResult sub = pr.subcommand();
        if (sub == null) {
            if (invoked != null) throw unknownCommand(invoked);
            // no command (`capstan --debug`): the root help, which lists every command
            for (String name : NAMES) if (!root.getSubcommands().containsKey(name)) addCommand(root, name, ctx);
            return Help.print(root, new String[0], ctx);
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

    private static void addCommand(CommandLine root, String name, Main.Context ctx) {
        root.addSubcommand(name, new CommandLine(newCommand(name, ctx)));
    }

    /** cobra's parser settings; applied after the subcommands are added, as picocli passes them down. */
    private static CommandLine configure(CommandLine root) {
        root.setAllowOptionsAsOptionParameters(true);
        // pflag gives a flag that needs a value the next word, even when that names a command
        root.setAllowSubcommandsAsOptionParameters(true);
        root.setOverwrittenOptionsAllowed(true);
        root.setUnmatchedOptionsArePositionalParams(false);
        root.setCaseInsensitiveEnumValuesAllowed(false);
        root.registerConverter(Boolean.class, Commands::goBool);
        root.registerConverter(boolean.class, Commands::goBool);
        return root;
    }

    /**
     * The command a line invokes, as cobra finds it: the first word that is neither a flag nor
     * the value of a root flag that needs one ({@code -n ns template}); null when there is none.
     */
    static String commandName(CommandLine root, String[] args) {
        Map<String, String> optionalValue = new HashMap<>();
        Set<String> needsValue = new HashSet<>();
        collect(root.getCommandSpec(), optionalValue, needsValue);
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--")) return null;
            if (!a.startsWith("-")) return a;
            if (needsValue.contains(a)) i++;
        }
        return null;
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
