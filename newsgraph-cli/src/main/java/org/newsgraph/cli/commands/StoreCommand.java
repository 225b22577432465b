package org.newsgraph.cli.commands;

import org.newsgraph.cli.Main;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgraph.store.SearchQueryException;
import org.newsgraph.store.Store;
import org.newsgraph.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * What the commands reading a store share: {@code --db DIR}, and failures as one line on stderr (the
 * store's message: not a store, in use, no entity matches …) with exit 1, a bad value with exit 2.
 */
public abstract class StoreCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "DIR", description = "The store directory (made by ingest).")
    Path db;

    /** Whether the command has something to do without a store (sql over Parquet files); most have not. */
    boolean runsWithoutStore() {
        return false;
    }

    @Override
    public final Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (db == null && !runsWithoutStore()) {
            // Required but for sql: told as picocli tells any missing option, by the same handler.
            throw new CommandLine.MissingParameterException(spec.commandLine(), spec.findOption("--db"),
                    "Missing required option: '--db=DIR'");
        }
        try {
            return run(db == null ? null : Store.open(db));
        } catch (IllegalArgumentException e) {
            err.println("newsgraph: " + spec.name() + ": " + e.getMessage());
            err.println("Try 'newsgraph " + spec.name() + " --help' for more information.");
            return Main.USAGE;
        } catch (SearchQueryException e) {
            // A query that cannot be read is the user's to mend, like a bad option: exit 2, no stack trace.
            err.println("newsgraph: " + spec.name() + ": " + e.getMessage());
            return Main.USAGE;
        } catch (StoreException e) {
            err.println("newsgraph: " + spec.name() + ": " + e.getMessage().replaceAll("\\s+", " ").strip());
            if (main.debug()) err.println(Main.stackTrace(e));
            return Main.FAILED;
        } finally {
            err.flush();
        }
    }

    /** Does the work on an open store (null when there is none and the command runs without); returns the exit code. */
    abstract int run(Store store);

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
