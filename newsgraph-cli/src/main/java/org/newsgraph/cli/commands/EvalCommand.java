package org.newsgraph.cli.commands;

import org.newsgraph.cli.Main;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code newsgraph eval}: the parent of the measurements against benchmark data, one subcommand each. */
@Command(name = "eval", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
        description = "Measure newsgraph against benchmark data.",
        subcommands = {EvalPolnearCommand.class, EvalQuotesCommand.class, EvalExtractionCommand.class, EvalPetrarchCommand.class})
public final class EvalCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        err.println("newsgraph: say what to measure, for example: newsgraph eval polnear FILE.jsonl, or newsgraph eval extraction DIR");
        spec.commandLine().usage(err);
        err.flush();
        return Main.USAGE;
    }

    /** Says in one line why {@code file} cannot be read as the {@code what} (a JSONL file) an eval needs; false if it can. */
    static boolean unreadable(Path file, String what, PrintWriter err) {
        if (Files.isRegularFile(file)) return false;
        err.println("newsgraph: " + file + (Files.isDirectory(file) ? ": a directory; give the " + what : ": no such file"));
        err.flush();
        return true;
    }
}
