package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.newsgraph.document.Article;
import org.newsgraph.document.Document;
import org.newsgraph.document.Layers;
import org.newsgraph.nlp.Analyzer;
import org.newsgraph.source.Entry;
import org.newsgraph.source.Loaded;
import org.newsgraph.source.Problem;
import org.newsgraph.source.Source;
import org.newsgraph.source.Sources;
import org.newsgraph.store.Compaction;
import org.newsgraph.store.SearchIndex;
import org.newsgraph.store.Store;
import org.newsgraph.store.StoreException;
import org.newsgraph.store.StoreWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph ingest}: reads articles, skips those the store already has (before spending analysis
 * on them), analyzes the rest on worker threads and hands them to one writer thread ({@link BatchWriter})
 * that commits them a batch per transaction. One ingest per store at a time ({@link IngestLock}).
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
final class IngestCommand implements Callable<Integer> {
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

    /*
     * A batch costs CPU beyond its rows, whatever its size: DuckDB opens the file and checkpoints it on
     * close, the index commits, and the index's catch-up reads the batch back. Measured: 20,000 small
     * articles took 36 s of CPU in batches of 1,000, 77 s in batches of 200, 291 s in batches of 50; on
     * PolNeAR train (840 articles, 2 threads) ingest in batches of 10 s took 41.5–41.9 s where analyze
     * took 34.5–36.0 s, and in one batch 36.9 s, so each batch cost about 1.5 s there. Every 30 s keeps
     * that near 5 % of a long run; readers see new articles that often, and a kill loses at most that
     * much analysis. Hidden options, for tuning and for tests that kill a run between small batches.
     */
    @Option(names = "--batch-articles", hidden = true)
    int batchArticles = 1_000;

    @Option(names = "--batch-ms", hidden = true)
    long batchMillis = 30_000;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, directories, or - for stdin.")
    List<String> paths;

    /** What became of one input record, in input order. */
    private sealed interface Outcome permits Analyzed, Failed, Present {}

    private record Analyzed(Document document) implements Outcome {}

    private record Failed(String origin, String reason, Throwable error) implements Outcome {}

    private record Present() implements Outcome {}

    /** A full merge of this much index takes a second or two; past it, Lucene's own merging is enough. */
    private static final long MERGE_INDEX_BELOW_BYTES = 64L << 20;

    private final IngestSummary summary = new IngestSummary();
    private PrintWriter err;
    private Progress progress;
    private BatchWriter batches;

    private java.util.function.Supplier<Analyzer> analyzers;

    @Override
    public Integer call() {
        err = spec.commandLine().getErr();
        analyzers = dictionaries.analyzer(main, attributions.scheme, err);
        if (analyzers == null) return Main.FAILED; // before the store is touched
        boolean fresh = !Files.isRegularFile(db.resolve(Store.DB_FILE));
        boolean dirExisted = Files.isDirectory(db);
        try {
            Store store = fresh ? Store.create(db) : Store.open(db);
            IngestLock lock = IngestLock.take(db);
            boolean discard = false;
            try {
                StoreWriter writer = new StoreWriter(store);
                Set<String> known = writer.articleIds();
                long before = known.size();
                int code;
                try (SearchIndex index = SearchIndex.openForWriting(store)) {
                    index.catchUp(); // what a killed run committed but did not index
                    code = ingest(writer, index, known, before);
                    if (code == Main.OK && summary.added() > 0) compact(store, index);
                }
                discard = fresh && summary.added() == 0;
                return code;
            } finally {
                lock.close();
                if (discard) discard(dirExisted);
            }
        } catch (StoreException e) {
            return fail(e.getMessage(), e);
        }
    }

    /**
     * Gives back the space that the batches' checkpoints left free, when that is worth a rewrite
     * ({@link Compaction#DEFAULT}), and merges a small index into one segment. Not being able to is no
     * failure: the store is whole.
     */
    private void compact(Store store, SearchIndex index) {
        try {
            store.compact(Compaction.DEFAULT);
            index.mergeIfSmall(MERGE_INDEX_BELOW_BYTES);
        } catch (StoreException e) {
            err.println("newsgraph: note: the store is whole, but its free space could not be given back: " + e.getMessage());
            err.flush();
        }
    }

    /**
     * Removes a store this run created and put nothing in, so a run that had nothing to store (its inputs
     * missing or unreadable) leaves the disk as it was. Everything in the directory is this run's: a store
     * is only created in a new or empty directory.
     */
    private void discard(boolean dirExisted) {
        try (Stream<Path> files = Files.walk(db)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                if (!p.equals(db) || !dirExisted) Files.deleteIfExists(p);
            }
            err.println("newsgraph: nothing was stored, so no store was made in " + db);
        } catch (IOException | UncheckedIOException e) {
            err.println("newsgraph: note: nothing was stored, and the empty store in " + db + " could not be removed: " + e.getMessage());
        }
        err.flush();
    }

    private int ingest(StoreWriter writer, SearchIndex index, Set<String> known, long before) {
        // Nothing goes to stdout, so the bar may show even when stdout is a terminal too.
        Terminal t = main.terminal();
        Terminal barTerminal = new Terminal(false, t.stderrIsTerminal(), t.columns(), t.ci());
        BatchWriter.Limits limits = new BatchWriter.Limits(batchArticles, batchMillis, Math.max(64, threads * 8));
        boolean modelsFailed = false;
        RepeatedIds ids = new RepeatedIds(known, writer::texts, summary);
        try (Source source = Sources.open(paths, main.stdin(), articleSize.sourceOptions());
             Progress p = Progress.start(err, barTerminal, source.totalBytes(), source::bytesRead, !noProgress);
             BatchWriter b = new BatchWriter(writer, index, limits, this::committed)) {
            progress = p;
            batches = b;
            Analyzer analyzer = null;
            try (InOrder<Outcome> workers = new InOrder<>(threads, threads * 4, AnalyzeCommand.MAX_CHARS_IN_FLIGHT, this::emit)) {
                while (b.failure() == null && source.hasNext()) {
                    Entry e = source.next();
                    if (e instanceof Problem problem && problem.isWarning()) {
                        summary.warned(problem.origin(), problem.message()); // read all the same: no failure
                        continue;
                    }
                    if (e instanceof Problem problem) {
                        workers.submitDone(new Failed(problem.origin(), problem.message(), null));
                        continue;
                    }
                    Article article = ((Loaded) e).article();
                    if (!ids.firstTime(article)) {
                        workers.submitDone(new Present());
                        continue;
                    }
                    if (analyzer == null) {
                        try {
                            analyzer = analyzers.get();
                        } catch (RuntimeException | LinkageError ex) {
                            report("cannot load the analysis models: " + Main.oneLine(ex), ex);
                            modelsFailed = true;
                            break;
                        }
                    }
                    Analyzer a = analyzer;
                    workers.submit(() -> analyze(a, article), article.text().length());
                }
                ids.finish();
                workers.finish();
            }
            b.finish();
        }
        for (String line : summary.lines()) err.println(line);
        err.flush();
        RuntimeException failure = batches.failure();
        if (failure != null) {
            String what = failure instanceof StoreException ? failure.getMessage() : "internal error: " + Main.oneLine(failure);
            return fail(String.format(Locale.ROOT, "%s; %,d articles committed before are kept", what, before + summary.added()), failure);
        }
        if (modelsFailed || summary.added() + summary.present() == 0 && summary.failed() > 0) return Main.FAILED;
        return Main.OK;
    }

    private static Outcome analyze(Analyzer analyzer, Article article) {
        try {
            Document d = analyzer.analyze(article);
            // Only what the store keeps travels on: tokens and sentences would fill the writer's queue.
            Document kept = Document.of(d.article());
            if (d.has(Layers.ENTITIES)) kept = kept.with(Layers.ENTITIES, d.get(Layers.ENTITIES));
            if (d.has(Layers.ATTRIBUTIONS)) kept = kept.with(Layers.ATTRIBUTIONS, d.get(Layers.ATTRIBUTIONS));
            if (d.has(Layers.EVENTS)) kept = kept.with(Layers.EVENTS, d.get(Layers.EVENTS));
            if (d.has(Layers.RELATIONS)) kept = kept.with(Layers.RELATIONS, d.get(Layers.RELATIONS));
            return new Analyzed(kept);
        } catch (RuntimeException | StackOverflowError e) {
            // One article that breaks a stage must not stop the others.
            return new Failed(article.origin(), "analysis failed: " + Main.oneLine(e), e);
        } catch (OutOfMemoryError e) {
            return new Failed(article.origin(), "out of memory analyzing the article; give Java more (JAVA_OPTS=-Xmx2g) or split it", null);
        }
    }

    /** Runs on the reading thread, in input order. */
    private void emit(Outcome o) {
        progress.step();
        if (o instanceof Analyzed a) {
            batches.put(a.document());
        } else if (o instanceof Failed f) {
            summary.failed(f.origin(), f.reason());
            if (f.error() != null && main.debug()) progress.println("newsgraph: " + f.origin() + ":\n" + Main.stackTrace(f.error()));
        } else {
            summary.present(1);
        }
    }

    /** Runs on the writer thread after each commit. */
    private void committed(StoreWriter.Written w) {
        summary.added(w.added().size());
        // Only an input holding one article twice gets here: the reading thread skips known ids.
        summary.present(w.present().size());
    }

    private void report(String message, Throwable error) {
        progress.println("newsgraph: " + message + (main.debug() ? "\n" + Main.stackTrace(error) : ""));
    }

    private int fail(String message, Throwable error) {
        err.println("newsgraph: " + message);
        if (main.debug()) err.println(Main.stackTrace(error));
        err.flush();
        return Main.FAILED;
    }
}
