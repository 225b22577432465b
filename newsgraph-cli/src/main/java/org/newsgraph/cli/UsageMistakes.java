package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * How a usage mistake reads: one line saying what is wrong ({@code newsgraph: quotes: unknown option
 * '--speakr' (did you mean --speaker?)}), one saying where to read more, exit 2; never the whole manual.
 *
 * <p>picocli checks the required options before it complains about arguments it could not match, so a
 * misspelt required option came out as a missing one ("--speaker is missing" for {@code --speakr}). The
 * arguments it could not match are what the user got wrong, so they are told first, with picocli's
 * suggestions of the names nearest to them.
 */
public final class UsageMistakes implements CommandLine.IParameterExceptionHandler {
    private static final Pattern NOT_UNIQUE = Pattern.compile("'(.*)' is not unique: it matches (.*)");
    private static final Pattern UNKNOWN_SUBCOMMAND = Pattern.compile("Unknown subcommand '(.*)'\\.");

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("newsgraph: " + where(cmd.getCommandSpec()) + message(ex));
        err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return Main.USAGE;
    }

    /** The one line: the first argument that could not be matched, else picocli's own message. */
    static String message(ParameterException ex) {
        CommandLine cmd = ex.getCommandLine();
        List<String> unmatched = ex instanceof UnmatchedArgumentException u ? u.getUnmatched() : unmatched(cmd);
        if (!unmatched.isEmpty()) return unmatched(cmd, unmatched);
        Matcher help = UNKNOWN_SUBCOMMAND.matcher(String.valueOf(ex.getMessage()));
        if (help.matches()) {
            // "newsgraph help serach": picocli's help command names no command near it.
            CommandLine parent = cmd.getSubcommands().isEmpty() && cmd.getParent() != null ? cmd.getParent() : cmd;
            return unknownCommand(parent, help.group(1));
        }
        return plain(ex.getMessage());
    }

    private static List<String> unmatched(CommandLine cmd) {
        ParseResult parsed = cmd.getParseResult();
        return parsed == null ? List.of() : parsed.unmatched();
    }

    private static String unmatched(CommandLine cmd, List<String> unmatched) {
        CommandSpec spec = cmd.getCommandSpec();
        // What follows an unknown command is that command's, so it is the one thing to tell; elsewhere a word
        // left over after a misspelt option is its value, and the option is what to tell.
        boolean commandWanted = !spec.subcommands().isEmpty() && spec.positionalParameters().isEmpty() && !isOption(unmatched.get(0));
        String first = commandWanted ? unmatched.get(0)
                : unmatched.stream().filter(UsageMistakes::isOption).findFirst().orElse(unmatched.get(0));
        List<String> near = suggestions(cmd, first);
        if (isOption(first)) {
            if (near.isEmpty() && !first.startsWith("--") && spec.name().equals("search")) {
                return "unknown option '" + first + "'; to leave a word out of the search, put the whole query in quotes ('"
                        + String.join(" ", query(cmd)) + (query(cmd).isEmpty() ? "" : " ") + first + "')";
            }
            return "unknown option '" + first + "'" + (near.isEmpty() ? "; the options are in --help" : " (did you mean " + or(near) + "?)");
        }
        if (commandWanted) return unknownCommand(cmd, first);
        return tooMany(cmd, first);
    }

    /**
     * picocli's nearest name, if it is near enough to be a slip: picocli ranks every name by similarity and
     * offers the first few even when none is near ("frobnicate" is nearest to quotes), so only those a few
     * typing slips away (a letter left out, added, changed, or two swapped) are kept, and the nearest told.
     */
    private static List<String> suggestions(CommandLine cmd, String arg) {
        return new UnmatchedArgumentException(cmd, List.of(arg)).getSuggestions().stream()
                .filter(s -> !isHidden(cmd.getCommandSpec(), s) && isSlip(arg, s))
                .sorted(java.util.Comparator.comparingInt(s -> slips(bare(arg), bare(s)))).limit(1).toList();
    }

    /** Whether {@code typed} is {@code name} with at most a slip per three letters (at most three in all). */
    static boolean isSlip(String typed, String name) {
        String b = bare(name);
        return slips(bare(typed), b) <= Math.max(1, Math.min(3, b.length() / 3));
    }

    private static String bare(String name) {
        return name.replaceFirst("^-+", "").toLowerCase(Locale.ROOT);
    }

    /** Edits from a to b: insertions, deletions, substitutions and swaps of neighbours (optimal string alignment). */
    private static int slips(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    private static boolean isOption(String arg) {
        return arg.startsWith("-") && arg.length() > 1;
    }

    private static boolean isHidden(CommandSpec spec, String name) {
        CommandLine sub = spec.subcommands().get(name);
        if (sub != null) return sub.getCommandSpec().usageMessage().hidden();
        var option = spec.findOption(name);
        return option != null && option.hidden();
    }

    private static List<String> visibleSubcommands(CommandSpec spec) {
        return spec.subcommands().entrySet().stream()
                .filter(e -> !e.getValue().getCommandSpec().usageMessage().hidden() && !e.getKey().equals("help"))
                .map(java.util.Map.Entry::getKey).distinct().toList();
    }

    private static String unknownCommand(CommandLine parent, String name) {
        List<String> near = suggestions(parent, name);
        return "unknown command '" + name + "'" + (near.isEmpty()
                ? "; the commands are " + String.join(", ", visibleSubcommands(parent.getCommandSpec())) : " (did you mean " + or(near) + "?)");
    }

    /** A word more than the command takes: most often one value of several words, given without quotes. */
    private static String tooMany(CommandLine cmd, String extra) {
        List<PositionalParamSpec> positionals = cmd.getCommandSpec().positionalParameters();
        if (positionals.size() == 1 && positionals.get(0).arity().max() == 1) {
            PositionalParamSpec p = positionals.get(0);
            Object given = p.getValue();
            if (given != null) {
                return String.format(Locale.ROOT, "one %s is taken, and '%s' is one more; put words that go together in quotes ('%s %s')",
                        p.paramLabel(), extra, given, extra);
            }
        }
        return "'" + extra + "' is not expected here";
    }

    /** The words of a search query given so far, for an example. */
    private static List<String> query(CommandLine cmd) {
        List<PositionalParamSpec> positionals = cmd.getCommandSpec().positionalParameters();
        if (positionals.isEmpty() || !(positionals.get(0).getValue() instanceof List<?> words)) return List.of();
        return words.stream().map(String::valueOf).toList();
    }

    private static String or(List<String> names) {
        if (names.size() == 1) return names.get(0);
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }

    /** An abbreviation that fits several commands (or options, should they be abbreviated too). */
    private static String ambiguous(Matcher m) {
        List<String> names = java.util.Arrays.stream(m.group(2).split(",\\s*")).map(n -> n.replace("'", "")).toList();
        String what = names.get(0).startsWith("-") ? "option" : "command";
        return "'" + m.group(1) + "' is short for more than one " + what + " (" + or(names) + "); give more of the name";
    }

    /** picocli's messages begin with a capital and sometimes "Error: "; ours are lower case. */
    private static String plain(String message) {
        String m = message.replaceFirst("^Error: ", "").strip();
        Matcher notUnique = NOT_UNIQUE.matcher(m);
        if (notUnique.matches()) return ambiguous(notUnique);
        if (m.length() > 1 && Character.isUpperCase(m.charAt(0)) && Character.isLowerCase(m.charAt(1))) {
            m = Character.toLowerCase(m.charAt(0)) + m.substring(1);
        }
        return m;
    }

    /** "quotes: ", "eval polnear: ", or nothing for the top command. */
    private static String where(CommandSpec spec) {
        String q = spec.qualifiedName();
        int space = q.indexOf(' ');
        return space < 0 ? "" : q.substring(space + 1) + ": ";
    }
}
