package org.newsgraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.newsgraph.document.Document;
import org.newsgraph.store.SearchIndex;
import org.newsgraph.store.StoreWriter;

/**
 * The one thread that writes analyzed documents into the store, so analysis on every core overlaps the
 * writing. Documents wait in a bounded queue ({@link #put} blocks while it is full, which holds back
 * reading and analysis); the thread commits them a batch per transaction, a batch closing at
 * {@code maxArticles} documents or {@code maxMillis} after its first one, whichever comes first, then lets
 * the search index catch up with the tables. The time limit keeps a slow analysis committing (and readers
 * seeing new articles) every few seconds; the size limit keeps a transaction's memory bounded.
 *
 * <p>After a failed commit (a full disk, the database held too long) the thread commits nothing more, the
 * failed batch is rolled back, and {@link #failure()} tells the reading thread to stop; what was committed
 * before stays.
 */
final class BatchWriter implements AutoCloseable {
    /** When a batch closes. */
    record Limits(int maxArticles, long maxMillis, int queued) {
        Limits {
            if (maxArticles < 1) throw new IllegalArgumentException("maxArticles must be at least 1, got " + maxArticles);
            if (maxMillis < 1) throw new IllegalArgumentException("maxMillis must be at least 1, got " + maxMillis);
            if (queued < 1) throw new IllegalArgumentException("queued must be at least 1, got " + queued);
        }
    }

    private static final Document END = Document.of(org.newsgraph.document.Article.ofText("end of input", "end"));

    private final StoreWriter writer;
    private final SearchIndex index;
    private final Limits limits;
    private final Consumer<StoreWriter.Written> committed;
    private final BlockingQueue<Document> queue;
    private final Thread thread;
    private volatile RuntimeException failure;

    /** Starts the writer thread; {@code committed} hears, on that thread, what each batch wrote. */
    BatchWriter(StoreWriter writer, SearchIndex index, Limits limits, Consumer<StoreWriter.Written> committed) {
        this.writer = writer;
        this.index = index;
        this.limits = limits;
        this.committed = committed;
        this.queue = new ArrayBlockingQueue<>(limits.queued());
        this.thread = new Thread(this::run, "newsgraph-writer");
        thread.setDaemon(true);
        thread.start();
    }

    /** Queues a document for the next batch, waiting while the queue is full. */
    void put(Document d) {
        try {
            queue.put(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while queueing for the store", e);
        }
    }

    /** Why writing stopped, or null while all is well. */
    RuntimeException failure() {
        return failure;
    }

    /** Commits what is queued and waits for the thread to end. */
    void finish() {
        put(END);
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the store", e);
        }
    }

    private void run() {
        List<Document> batch = new ArrayList<>();
        long deadline = 0;
        try {
            while (true) {
                Document d = batch.isEmpty() ? queue.take()
                        : queue.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (d == END) break;
                if (d != null) {
                    if (batch.isEmpty()) deadline = System.nanoTime() + limits.maxMillis() * 1_000_000;
                    batch.add(d);
                }
                if (d == null || batch.size() >= limits.maxArticles()) {
                    commit(batch);
                    batch = new ArrayList<>();
                }
            }
            commit(batch);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void commit(List<Document> batch) {
        // After a failure the queue is still drained, so the reading thread never blocks on a dead writer.
        if (batch.isEmpty() || failure != null) return;
        try {
            StoreWriter.Written w = writer.write(batch);
            committed.accept(w);
            index.catchUp();
        } catch (RuntimeException e) {
            failure = e;
        }
    }

    @Override
    public void close() {
        thread.interrupt();
    }
}
