package org.newsgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class InOrderTest {
    @Test
    void resultsComeInSubmissionOrderAndNeverMoreThanTheWindowIsInFlight() {
        List<Integer> got = new ArrayList<>();
        AtomicInteger running = new AtomicInteger();
        AtomicInteger maxRunning = new AtomicInteger();
        int window = 6;
        try (InOrder<Integer> w = new InOrder<>(3, window, got::add)) {
            for (int i = 0; i < 40; i++) {
                int n = i;
                if (i % 7 == 3) {
                    w.submitDone(n);
                    continue;
                }
                w.submit(() -> {
                    maxRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
                    try {
                        Thread.sleep(n % 4 == 0 ? 15 : 1);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    running.decrementAndGet();
                    return n;
                });
            }
            w.finish();
        }
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < 40; i++) expected.add(i);
        assertThat(got).containsExactlyElementsOf(expected);
        assertThat(maxRunning.get()).isLessThanOrEqualTo(3);
    }

    @Test
    void heavyTasksDoNotRunSideBySideBeyondTheWeightBudget() {
        List<Integer> got = new ArrayList<>();
        AtomicInteger running = new AtomicInteger();
        AtomicInteger maxRunning = new AtomicInteger();
        try (InOrder<Integer> w = new InOrder<>(4, 16, 100, got::add)) {
            for (int i = 0; i < 8; i++) {
                int n = i;
                // Each weighs 60 of a budget of 100: never two at once, though four threads are free.
                w.submit(() -> {
                    maxRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    running.decrementAndGet();
                    return n;
                }, 60);
            }
            w.submit(() -> 8, 500); // heavier than the whole budget: runs, alone
            w.finish();
        }
        assertThat(got).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(maxRunning.get()).isEqualTo(1);
    }
}
