package org.newsgraph.cli.commands;

import org.newsgraph.cli.Main;
import org.newsgraph.cli.OptionValues;
import org.newsgraph.cli.output.Progress;
import org.newsgraph.cli.output.Terminal;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.ingest.IngestSummary;
import org.newsgraph.ingest.Ingester;
import org.newsgraph.nlp.Analyzer;
import org.newsgraph.source.Source;
import org.newsgraph.source.Sources;
import org.newsgraph.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph ingest}: the command over {@link Ingester}, which skips the articles the store already
 * has, analyzes the rest and commits them in batches; this class reads the options, shows the progress
 * bar and prints the summary.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        description = {"Analyze articles and keep them in a store, for search and queries.",
                "",
                "Reads every input analyze reads (text, JSONL, web pages, WARC, feeds, directories, - for stdin). "
                        + "An article the store already has (same id: its given id, or the hash of its text) is "
                        + "skipped without analysis, so ingesting the same input again adds nothing. Articles are "
                        + "committed in batches: after a crash or kill, run the same command again and the store "
                        + "holds every article once, with all its rows. Other commands may read the store meanwhile."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the run completed (some articles may have failed; see the summary)",
                "1:nothing could be ingested, or the store failed (locked, full disk, not a store)",
                "2:a usage mistake"})
public final class IngestCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Mixin
    AttributionsOption attributions;

    @Mixin
    DictionaryOptions dictionaries;

    @Option(names = "--db", required = true, paramLabel = "DIR",
            description = "The store: a directory, created when it does not exist or is empty.")
    Path db;

    @Option(names = {"-t", "--threads"}, paramLabel = "N", converter = OptionValues.AtLeastOne.class,
            description = "Analysis threads, sharing one copy of the models. Default: all cores (${DEFAULT-VALUE} here).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Mixin
    ArticleSizeOption articleSize;

    @Option(names = "--no-progress", description = "Never show the progress bar (shown on large inputs when stderr is a terminal).")
    boolean noProgress;

    /** Batch limits ({@link Ingester.Options} says why these); hidden, for tuning and for tests that kill a run between small batches. */
    @Option(names = "--batch-articles", hidden = true)
    int batchArticles = Ingester.Options.DEFAULT.batchArticles();

    @Option(names = "--batch-ms", hidden = true)
    long batchMillis = Ingester.Options.DEFAULT.batchMillis();

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, directories, or - for stdin.")
    List<String> paths;

    private java.util.function.Supplier<Analyzer> analyzers;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        analyzers = dictionaries.analyzer(main, attributions.scheme, err);
        if (analyzers == null) return Main.FAILED; // before the store is touched
        Ingester ingester;
        try {
            ingester = Ingester.open(db);
        } catch (StoreException e) {
            return fail(err, e.getMessage(), e);
        }
        int code;
        try {
            code = ingest(ingester, err);
        } finally {
            ingester.close();
            if (ingester.closingNote() != null) {
                err.println("newsgraph: " + ingester.closingNote());
                err.flush();
            }
        }
        return code;
    }

    private int ingest(Ingester ingester, PrintWriter err) {
        // Nothing goes to stdout, so the bar may show even when stdout is a terminal too.
        Terminal t = main.terminal();
        Terminal barTerminal = new Terminal(false, t.stderrIsTerminal(), t.columns(), t.ci());
        Ingester.Options options = Ingester.Options.DEFAULT.withThreads(threads).withBatches(batchArticles, batchMillis);
        IngestSummary summary;
        try (Source source = Sources.open(paths, main.stdin(), articleSize.sourceOptions());
             Progress progress = Progress.start(err, barTerminal, source.totalBytes(), source::bytesRead, !noProgress)) {
            summary = ingester.ingest(source, analyzers, options, new Ingester.Listener() {
                @Override
                public void step() {
                    progress.step();
                }

                @Override
                public void note(String line, Throwable error) {
                    progress.println("newsgraph: " + line + (main.debug() && error != null ? "\n" + Main.stackTrace(error) : ""));
                }

                @Override
                public void failed(String origin, String reason, Throwable error) {
                    if (error != null && main.debug()) progress.println("newsgraph: " + origin + ":\n" + Main.stackTrace(error));
                }
            });
        } catch (Ingester.Stopped e) {
            return fail(err, e.getMessage(), e.getCause());
        }
        for (String line : summary.lines()) err.println(line);
        err.flush();
        return summary.nothingIngested() ? Main.FAILED : Main.OK;
    }

    private int fail(PrintWriter err, String message, Throwable error) {
        err.println("newsgraph: " + message);
        if (main.debug()) err.println(Main.stackTrace(error));
        err.flush();
        return Main.FAILED;
    }
}
