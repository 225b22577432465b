package org.newsgraph.ingest;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs tasks on a fixed pool of worker threads and hands their results to a consumer in the order the
 * tasks were submitted, each as soon as it and all before it are done. At most {@code window} tasks, and
 * at most {@code maxWeight} of their summed weight (characters of text), are in flight: {@link #submit}
 * blocks the caller (the thread reading input) until there is room, so memory stays flat however long
 * the input and however many threads run. A task heavier than the budget runs alone. Tasks must not
 * throw; they return their failure as a value. Used from one thread.
 */
public final class InOrder<R> implements AutoCloseable {
    private final ExecutorService pool;
    private final int window;
    private final Consumer<R> consumer;
    private final long maxWeight;
    private final Deque<Future<R>> pending = new ArrayDeque<>();
    private final Deque<Long> weights = new ArrayDeque<>();
    private long weight;

    public InOrder(int threads, int window, Consumer<R> consumer) {
        this(threads, window, Long.MAX_VALUE, consumer);
    }

    public InOrder(int threads, int window, long maxWeight, Consumer<R> consumer) {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        if (window < threads) throw new IllegalArgumentException("window " + window + " smaller than threads " + threads);
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "newsgraph-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.window = window;
        this.maxWeight = maxWeight;
        this.consumer = consumer;
    }

    /** Queues a task for a worker. */
    public void submit(Supplier<R> task) {
        submit(task, 0);
    }

    /** Queues a task of some weight (its text's length), waiting while the budget is spent. */
    public void submit(Supplier<R> task, long taskWeight) {
        while (pending.size() >= window || !pending.isEmpty() && weight + taskWeight > maxWeight) emitHead();
        pending.add(pool.submit(task::get));
        weights.add(taskWeight);
        weight += taskWeight;
        emitDone();
    }

    /** Queues a result that needs no work (a problem found while reading), keeping its place in order. */
    public void submitDone(R result) {
        pending.add(CompletableFuture.completedFuture(result));
        weights.add(0L);
        emitDone();
    }

    /** Waits for every task and hands over the rest of the results. */
    public void finish() {
        while (!pending.isEmpty()) emitHead();
    }

    private void emitDone() {
        while (!pending.isEmpty() && pending.peekFirst().isDone()) emitHead();
    }

    private void emitHead() {
        Future<R> f = pending.pollFirst();
        weight -= weights.pollFirst();
        R r;
        try {
            r = f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for analysis", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) throw error;
            throw new IllegalStateException("a task threw although tasks return their failures", e.getCause());
        }
        consumer.accept(r);
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
