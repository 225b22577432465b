package org.newsgraph.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LatenciesTest {
    @Test
    void runsEveryArgumentOnceUntimedThenEachRoundAndCountsOnlyTimedCalls() throws Exception {
        List<String> seen = new ArrayList<>();
        Latencies l = Latencies.measure(List.of("a", "b"), 3, seen::add);
        assertThat(seen).containsExactly("a", "b", "a", "b", "a", "b", "a", "b");
        assertThat(l.count()).isEqualTo(6);
        assertThat(l.p50()).isLessThanOrEqualTo(l.p95());
        assertThat(l.p95()).isLessThanOrEqualTo(l.p99());
        assertThat(l.p99()).isLessThanOrEqualTo(l.max());
    }
}
