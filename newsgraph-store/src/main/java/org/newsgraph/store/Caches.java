package org.newsgraph.store;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * A bounded cache for answers a store gives (an article's rows, a snippet, what someone said), what is used
 * least forgotten first (Caffeine's mix of how often and how lately), each value made once however many
 * readers ask for it at the same moment.
 *
 * <p>Caffeine's, not a map under one lock: with fifty request threads on two cores, a thread descheduled while
 * holding a single lock stalled every reader (seconds of waiting under the server's load test). And values
 * are made outside the map's locks, by the first reader asking, while later askers wait for that one
 * answer: a cold server otherwise read the same article fifty times at once, or waited on an unrelated
 * article being read that happened to share a bucket.
 */
public final class Caches<K, V> {
    private final AsyncCache<K, V> cache;

    private Caches(AsyncCache<K, V> cache) {
        this.cache = cache;
    }

    /** At most about {@code maxWeight} (bytes, say), each value weighing {@code weigher}. */
    public static <K, V> Caches<K, V> weighing(long maxWeight, ToLongFunction<V> weigher) {
        return new Caches<>(Caffeine.newBuilder()
                .maximumWeight(maxWeight)
                .<K, V>weigher((k, v) -> (int) Math.min(Integer.MAX_VALUE, Math.max(1, weigher.applyAsLong(v))))
                .executor(Runnable::run) // kept up on the asking thread: no pool of its own, nothing left running
                .buildAsync());
    }

    /**
     * The value kept for {@code key}, or the one {@code make} gives, kept unless it is null. What {@code make}
     * throws reaches every reader waiting for it, and nothing is kept.
     */
    public V get(K key, Function<K, V> make) {
        CompletableFuture<V> mine = new CompletableFuture<>();
        // Only the empty future goes in under the map's lock; the value is made after, outside it.
        CompletableFuture<V> found = cache.asMap().putIfAbsent(key, mine);
        if (found == null) {
            found = mine;
            try {
                mine.complete(make.apply(key)); // a null answer is not kept
            } catch (RuntimeException | Error e) {
                mine.completeExceptionally(e); // nor a failure
            }
        }
        try {
            return found.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
    }

    /** The value kept for {@code key}, or null (also while it is being made). */
    public V getIfPresent(K key) {
        CompletableFuture<V> f = cache.getIfPresent(key);
        return f == null || !f.isDone() || f.isCompletedExceptionally() ? null : f.join();
    }

    public void put(K key, V value) {
        cache.put(key, CompletableFuture.completedFuture(value));
    }

    public void invalidate(K key) {
        cache.synchronous().invalidate(key);
    }

    /** About how many values are kept. */
    public long size() {
        cache.synchronous().cleanUp();
        return cache.synchronous().estimatedSize();
    }
}
