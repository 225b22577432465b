package org.newsgraph.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.newsgraph.document.Article;
import org.newsgraph.document.Document;
import org.newsgraph.document.Layers;
import org.newsgraph.nlp.Analyzer;
import org.newsgraph.source.Entry;
import org.newsgraph.source.Loaded;
import org.newsgraph.source.Problem;
import org.newsgraph.source.Source;
import org.newsgraph.store.Compaction;
import org.newsgraph.store.ParquetImport;
import org.newsgraph.store.SearchIndex;
import org.newsgraph.store.Store;
import org.newsgraph.store.StoreException;
import org.newsgraph.store.StoreWriter;

/**
 * Ingest as a service: holds a store for writing (its {@link IngestLock}, its search index) and takes
 * sources into it. Each {@link #ingest} skips articles the store already has before spending analysis on
 * them, analyzes the rest on worker threads and hands them, in input order, to one writer thread
 * ({@link BatchWriter}) that commits a batch per transaction: a crash loses at most the batch in flight,
 * and running the same input again completes it. One bad record is counted and reported, never fatal.
 *
 * <pre>{@code
 * try (Ingester ingester = Ingester.open(db)) {
 *     IngestSummary summary = ingester.ingest(source, analyzers, Ingester.Options.DEFAULT, Ingester.Listener.NONE);
 * }
 * }</pre>
 *
 * The CLI's {@code ingest} opens one for a run; the server keeps one open while it serves.
 */
public final class Ingester implements AutoCloseable {
    /**
     * How a run is paced. A batch costs CPU beyond its rows, whatever its size: DuckDB opens the file and
     * checkpoints it on close, the index commits, and the index's catch-up reads the batch back. Measured:
     * 20,000 small articles took 36 s of CPU in batches of 1,000, 77 s in batches of 200, 291 s in batches
     * of 50; on PolNeAR train (840 articles, 2 threads) each batch cost about 1.5 s. Every 30 s keeps that
     * near 5 % of a long run; readers see new articles that often, and a kill loses at most that much.
     */
    public record Options(int threads, int batchArticles, long batchMillis, long maxCharsInFlight) {
        public static final Options DEFAULT = new Options(Runtime.getRuntime().availableProcessors(), 1_000, 30_000, 2_000_000);
        /** For a server: analysis on all cores but one, which is left to answer requests. */
        public static final Options BESIDE_REQUESTS = DEFAULT.withThreads(Math.max(1, DEFAULT.threads() - 1));

        public Options withThreads(int n) {
            return new Options(n, batchArticles, batchMillis, maxCharsInFlight);
        }

        public Options withBatches(int articles, long millis) {
            return new Options(threads, articles, millis, maxCharsInFlight);
        }
    }

    /** What a caller sees of a run as it goes: a step per input record, and notes worth a line. */
    public interface Listener {
        Listener NONE = new Listener() {};

        /** One input record is done with (stored, skipped or failed), in input order. */
        default void step() {}

        /** A line for the user ("cannot load the analysis models: …"), with the error behind it if any. */
        default void note(String line, Throwable error) {}

        /** An article failed; {@code error} is the exception, when there was one. */
        default void failed(String origin, String reason, Throwable error) {}
    }

    /** A run that stopped: the store is whole, with everything committed before. */
    public static final class Stopped extends RuntimeException {
        private Stopped(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** A full merge of this much index takes a second or two; past it, Lucene's own merging is enough. */
    private static final long MERGE_INDEX_BELOW_BYTES = 64L << 20;

    private final Path db;
    private final boolean fresh;
    private final boolean dirExisted;
    private final Store store;
    private final IngestLock lock;
    private final StoreWriter writer;
    private final SearchIndex index;
    private final Set<String> known;
    private long added;
    private String closingNote;
    private boolean stopped;

    private Ingester(Path db, boolean fresh, boolean dirExisted, Store store, IngestLock lock, StoreWriter writer, SearchIndex index) {
        this.db = db;
        this.fresh = fresh;
        this.dirExisted = dirExisted;
        this.store = store;
        this.lock = lock;
        this.writer = writer;
        this.index = index;
        // Read by the reading thread, added to by the writer thread as batches commit.
        this.known = java.util.concurrent.ConcurrentHashMap.newKeySet();
        this.known.addAll(writer.articleIds());
    }

    /**
     * Opens the store in {@code db} for writing, creating it in a new or empty directory, and takes its
     * lock. @throws StoreException when it is not a store, is locked by another ingest or server, or fails
     */
    public static Ingester open(Path db) {
        boolean fresh = !Files.isRegularFile(db.resolve(Store.DB_FILE));
        boolean dirExisted = Files.isDirectory(db);
        Store store = fresh ? Store.create(db) : Store.open(db);
        IngestLock lock = IngestLock.take(db);
        SearchIndex index = null;
        try {
            StoreWriter writer = new StoreWriter(store);
            index = SearchIndex.openForWriting(store);
            index.catchUp(); // what a killed run committed but did not index
            return new Ingester(db, fresh, dirExisted, store, lock, writer, index);
        } catch (RuntimeException e) {
            if (index != null) index.close();
            lock.close();
            throw e;
        }
    }

    /**
     * Loads the tables {@code newsgraph spark} wrote under {@code dir} ({@link ParquetImport}: in one
     * transaction, skipping the articles the store has, the registry run over what it loads), then brings
     * the search index up to date with them.
     */
    public synchronized ParquetImport.Imported importParquet(Path dir) {
        ParquetImport.Imported imported = ParquetImport.load(store, dir);
        if (imported.added() > 0) {
            added += imported.added();
            known.addAll(imported.ids());
            index.catchUp();
        }
        return imported;
    }

    /** The store it holds. */
    public Store store() {
        return store;
    }

    /** The articles the store holds (with the batches committed so far, while an ingest runs). */
    public long articles() {
        return known.size();
    }

    /**
     * Reads {@code source} to its end into the store. @return what it did; @throws Stopped when the store
     * failed mid-run (the message names the failure and what is kept)
     */
    public synchronized IngestSummary ingest(Source source, Supplier<Analyzer> analyzers, Options options, Listener listener) {
        IngestSummary summary = new IngestSummary();
        long before = known.size();
        BatchWriter.Limits limits = new BatchWriter.Limits(options.batchArticles(), options.batchMillis(), Math.max(64, options.threads() * 8));
        RepeatedIds ids = new RepeatedIds(known, writer::texts, summary);
        RuntimeException failure;
        try (BatchWriter batches = new BatchWriter(writer, index, limits, w -> committed(w, summary))) {
            Analyzer analyzer = null;
            Run run = new Run(batches, summary, listener);
            int threads = options.threads();
            try (InOrder<Outcome> workers = new InOrder<>(threads, threads * 4, options.maxCharsInFlight(), run::emit)) {
                while (batches.failure() == null && source.hasNext()) {
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
                            listener.note("cannot load the analysis models: " + oneLine(ex), ex);
                            summary.modelsFailed();
                            break;
                        }
                    }
                    Analyzer a = analyzer;
                    workers.submit(() -> analyze(a, article), article.text().length());
                }
                ids.finish();
                workers.finish();
            }
            batches.finish();
            failure = batches.failure();
        }
        added += summary.added();
        if (failure != null) {
            stopped = true; // a store that failed mid-run (a full disk) is not rewritten on close
            String what = failure instanceof StoreException ? failure.getMessage() : "internal error: " + oneLine(failure);
            throw new Stopped(String.format(java.util.Locale.ROOT, "%s; %,d articles committed before are kept", what, before + summary.added()), failure);
        }
        return summary;
    }

    /**
     * Gives back the space that the batches' checkpoints left free when that is worth a rewrite, merges a
     * small index, and lets the store go; a store this ingester created and put nothing in is removed, so
     * a run that had nothing to store leaves the disk as it was; {@link #closingNote()} says so.
     */
    @Override
    public synchronized void close() {
        try {
            if (added > 0 && !stopped) {
                try {
                    store.compact(Compaction.DEFAULT);
                    index.mergeIfSmall(MERGE_INDEX_BELOW_BYTES);
                } catch (StoreException e) {
                    closingNote = "note: the store is whole, but its free space could not be given back: " + e.getMessage();
                }
            }
            index.close();
        } finally {
            lock.close();
            if (fresh && added == 0) discard();
        }
    }

    /** What {@link #close()} has to tell the user (a store removed, space not given back), or null. */
    public String closingNote() {
        return closingNote;
    }

    /** Everything in the directory is this ingester's: a store is only created in a new or empty directory. */
    private void discard() {
        try (Stream<Path> files = Files.walk(db)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                if (!p.equals(db) || !dirExisted) Files.deleteIfExists(p);
            }
            closingNote = "nothing was stored, so no store was made in " + db;
        } catch (IOException | UncheckedIOException e) {
            closingNote = "note: nothing was stored, and the empty store in " + db + " could not be removed: " + e.getMessage();
        }
    }

    /** What became of one input record, in input order. */
    private sealed interface Outcome permits Analyzed, Failed, Present {}

    private record Analyzed(Document document) implements Outcome {}

    private record Failed(String origin, String reason, Throwable error) implements Outcome {}

    private record Present() implements Outcome {}

    private record Run(BatchWriter batches, IngestSummary summary, Listener listener) {
        /** Runs on the reading thread, in input order. */
        void emit(Outcome o) {
            listener.step();
            if (o instanceof Analyzed a) {
                batches.put(a.document());
            } else if (o instanceof Failed f) {
                summary.failed(f.origin(), f.reason());
                listener.failed(f.origin(), f.reason(), f.error());
            } else {
                summary.present(1);
            }
        }
    }

    private static Outcome analyze(Analyzer analyzer, Article article) {
        try {
            Document d = analyzer.analyze(article);
            return new Analyzed(kept(d));
        } catch (RuntimeException | StackOverflowError e) {
            // One article that breaks a stage must not stop the others.
            return new Failed(article.origin(), "analysis failed: " + oneLine(e), e);
        } catch (OutOfMemoryError e) {
            return new Failed(article.origin(), "out of memory analyzing the article; give Java more (JAVA_OPTS=-Xmx2g) or split it", null);
        }
    }

    /** Only what the store keeps travels on: tokens and sentences would fill the writer's queue. */
    static Document kept(Document d) {
        Document kept = Document.of(d.article());
        if (d.has(Layers.ENTITIES)) kept = kept.with(Layers.ENTITIES, d.get(Layers.ENTITIES));
        if (d.has(Layers.ATTRIBUTIONS)) kept = kept.with(Layers.ATTRIBUTIONS, d.get(Layers.ATTRIBUTIONS));
        if (d.has(Layers.EVENTS)) kept = kept.with(Layers.EVENTS, d.get(Layers.EVENTS));
        if (d.has(Layers.RELATIONS)) kept = kept.with(Layers.RELATIONS, d.get(Layers.RELATIONS));
        return kept;
    }

    /** Runs on the writer thread after each commit. */
    private void committed(StoreWriter.Written w, IngestSummary summary) {
        known.addAll(w.added()); // so that the next ingest of this ingester skips them
        summary.added(w.added().size());
        // Only an input holding one article twice gets here: the reading thread skips known ids.
        summary.present(w.present().size());
    }

    /** An exception as one line: its class and message, whitespace folded. */
    public static String oneLine(Throwable e) {
        String m = e.getMessage();
        String s = e.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + m);
        return s.replaceAll("\\s+", " ").strip();
    }
}
