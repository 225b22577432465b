package org.newsgraph.cli.commands;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsgraph.cli.Main;
import org.newsgraph.ingest.Ingester;
import org.newsgraph.store.ParquetImport;
import org.newsgraph.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsgraph import}: loads the Parquet tables of a {@code newsgraph spark} job into a store. */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        description = {"Load what newsgraph spark wrote into a store, for search, queries and the web UI.",
                "",
                "Reads the article tables under DIR (articles, entities, mentions, attributions, events, relations) "
                        + "in one transaction: an article the store already has is skipped with all its rows, so "
                        + "importing the same output again adds nothing, and a failed import leaves the store as it was. "
                        + "Entities are merged across articles and the cross-article registry runs over what is loaded."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the tables were loaded (or the store had every article)",
                "1:nothing could be loaded, or the store failed (locked, full disk, not a store)",
                "2:a usage mistake"})
public final class ImportCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "DIR",
            description = "The store: a directory, created when it does not exist or is empty.")
    Path db;

    @Parameters(index = "0", paramLabel = "PARQUET_DIR", description = "The directory newsgraph spark wrote (its --output).")
    Path tables;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Ingester ingester;
        try {
            ingester = Ingester.open(db);
        } catch (StoreException e) {
            return fail(err, e);
        }
        try {
            ParquetImport.Imported i = ingester.importParquet(tables);
            err.printf(Locale.ROOT, "newsgraph: imported %,d articles from %s into %s (%,d already there)%s%n", i.added(), tables, db,
                    i.present(), i.rejects() == 0 ? "" : String.format(Locale.ROOT,
                            "; the job's %,d rejects are in %s", i.rejects(), tables.resolve("rejects")));
            err.flush();
            return Main.OK;
        } catch (StoreException e) {
            return fail(err, e);
        } finally {
            ingester.close();
            if (ingester.closingNote() != null) {
                err.println("newsgraph: " + ingester.closingNote());
                err.flush();
            }
        }
    }

    private int fail(PrintWriter err, StoreException e) {
        err.println("newsgraph: " + e.getMessage());
        if (main.debug()) err.println(Main.stackTrace(e));
        err.flush();
        return Main.FAILED;
    }
}
