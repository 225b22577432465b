package org.newsgraph.cli.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Latencies of repeated calls: percentiles in milliseconds (nearest rank). */
public record Latencies(int count, double p50, double p95, double p99, double max) {

    /** Calls that may throw; the benchmark fails loudly rather than measuring errors. */
    @FunctionalInterface
    interface Call {
        void run(String argument) throws Exception;
    }

    /**
     * Runs {@code call} once per argument, round after round, for {@code rounds} rounds, after one
     * untimed round (caches, JIT), and returns the percentiles of the timed calls.
     */
    static Latencies measure(List<String> arguments, int rounds, Call call) throws Exception {
        for (String a : arguments) call.run(a);
        double[] ms = new double[arguments.size() * rounds];
        int i = 0;
        for (int r = 0; r < rounds; r++) {
            for (String a : arguments) {
                long t0 = System.nanoTime();
                call.run(a);
                ms[i++] = (System.nanoTime() - t0) / 1e6;
            }
        }
        return of(ms);
    }

    /** The percentiles of {@code ms} (sorted here); all zero when there are none. */
    static Latencies of(double[] ms) {
        if (ms.length == 0) return new Latencies(0, 0, 0, 0, 0);
        Arrays.sort(ms);
        return new Latencies(ms.length, rank(ms, 0.50), rank(ms, 0.95), rank(ms, 0.99), ms[ms.length - 1]);
    }

    private static double rank(double[] sorted, double q) {
        int k = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, k))];
    }

    String row(String name) {
        return String.format(Locale.ROOT, "%-42s %7d %9.1f %9.1f %9.1f %9.1f", name, count, p50, p95, p99, max);
    }

    static String header() {
        return String.format(Locale.ROOT, "%-42s %7s %9s %9s %9s %9s", "", "calls", "p50 ms", "p95 ms", "p99 ms", "max ms");
    }
}
