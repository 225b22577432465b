package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CachesTest {
    @Test
    void readersAskingForTheSameMissingValueAtOnceWaitForOneMaking() throws Exception {
        Caches<String, String> cache = Caches.weighing(1_000, String::length);
        AtomicInteger made = new AtomicInteger();
        CountDownLatch making = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<String> first = pool.submit(() -> cache.get("a", k -> {
                made.incrementAndGet();
                making.countDown();
                await(release);
                return "value of " + k;
            }));
            assertThat(making.await(10, TimeUnit.SECONDS)).isTrue();
            Future<String> second = pool.submit(() -> cache.get("a", k -> {
                made.incrementAndGet();
                return "made twice";
            }));
            assertThat(cache.getIfPresent("a")).as("not there while being made").isNull();
            release.countDown();
            assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("value of a");
            assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo("value of a");
            assertThat(made).hasValue(1);
            assertThat(cache.getIfPresent("a")).isEqualTo("value of a");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void neitherANullAnswerNorAFailureIsKept() {
        Caches<String, String> cache = Caches.weighing(1_000, String::length);
        assertThat(cache.get("gone", k -> null)).isNull();
        assertThat(cache.get("gone", k -> "there now")).isEqualTo("there now");
        IllegalStateException failure = new IllegalStateException("the store went away");
        assertThatThrownBy(() -> cache.get("broken", k -> {
            throw failure;
        })).isSameAs(failure);
        assertThat(cache.get("broken", k -> "mended")).isEqualTo("mended");
    }

    @Test
    void whatIsKeptStaysUnderItsWeight() {
        Caches<Integer, String> cache = Caches.weighing(100, String::length);
        for (int i = 0; i < 50; i++) cache.put(i, "x".repeat(10));
        assertThat(cache.size()).isLessThanOrEqualTo(10);
        cache.put(999, "y".repeat(101));
        cache.size();
        assertThat(cache.getIfPresent(999)).as("heavier than the whole limit").isNull();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
