package org.newsgraph.cli.output;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * A one-line progress bar on stderr: articles done, share of the input bytes read, articles per second,
 * time left.
 * Redrawn a few times a second from its own thread and cleared at the end. It shows only when
 * {@link Terminal#progressAllowed()}, the input is large ({@value #LARGE_INPUT_BYTES} bytes or more, or of
 * unknown size such as stdin), and the run has lasted {@value #DELAY_MS} ms, so a quick run never flickers.
 * Lines written through {@link #println} clear the bar first. Thread-safe.
 */
public final class Progress implements AutoCloseable {
    static final long LARGE_INPUT_BYTES = 256 * 1024;
    static final long DELAY_MS = 1500;
    private static final long PERIOD_MS = 250;
    private static final int BAR = 24;

    private final PrintWriter err;
    private final boolean enabled;
    private final long totalBytes;
    private final LongSupplier bytesRead;
    private final AtomicLong done = new AtomicLong();
    // The rate counts from the first article done, so model loading does not drag it down.
    private volatile long firstDone;
    private final int columns;
    private final ScheduledExecutorService ticker;
    private boolean drawn;
    private boolean closed;

    private Progress(PrintWriter err, boolean enabled, long totalBytes, LongSupplier bytesRead, int columns) {
        this.err = err;
        this.enabled = enabled;
        this.totalBytes = totalBytes;
        this.bytesRead = bytesRead;
        this.columns = columns;
        if (enabled) {
            ticker = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "newsgraph-progress");
                t.setDaemon(true);
                return t;
            });
            ticker.scheduleAtFixedRate(this::draw, DELAY_MS, PERIOD_MS, TimeUnit.MILLISECONDS);
        } else {
            ticker = null;
        }
    }

    public static Progress start(PrintWriter err, Terminal terminal, long totalBytes, LongSupplier bytesRead, boolean wanted) {
        boolean large = totalBytes < 0 || totalBytes >= LARGE_INPUT_BYTES;
        return new Progress(err, wanted && terminal.progressAllowed() && large, totalBytes, bytesRead, terminal.columns());
    }

    /** One more article done (analyzed or not). */
    public void step() {
        if (done.incrementAndGet() == 1) firstDone = System.nanoTime();
    }

    /** Writes a line to stderr without tearing the bar. */
    public synchronized void println(String line) {
        clear();
        err.println(line);
        err.flush();
    }

    private synchronized void draw() {
        if (closed) return;
        long n = done.get();
        String line = line(n, bytesRead.getAsLong(), totalBytes, n == 0 ? 0 : (System.nanoTime() - firstDone) / 1e9);
        err.print("\r" + TextReport.fit(line, columns - 1) + "\u001b[K");
        err.flush();
        drawn = true;
    }

    /**
     * The bar's text: share of bytes read (or megabytes, when the total is unknown), articles done, and
     * articles per second since the first one was done.
     */
    static String line(long done, long bytesRead, long totalBytes, double secondsSinceFirst) {
        String rate = done == 0 ? " · loading models…"
                : done == 1 || secondsSinceFirst <= 0 ? "" : String.format(Locale.ROOT, " · %.1f articles/s", (done - 1) / secondsSinceFirst);
        if (totalBytes > 0) {
            double f = Math.min(1.0, bytesRead / (double) totalBytes);
            int full = (int) Math.round(f * BAR);
            return String.format(Locale.ROOT, "[%s%s] %3.0f%% · %,d articles%s%s",
                    "█".repeat(full), "·".repeat(BAR - full), f * 100, done, rate, eta(f, done, secondsSinceFirst));
        }
        return String.format(Locale.ROOT, "%,d articles · %,.1f MB read%s", done, bytesRead / 1e6, rate);
    }

    /**
     * The time left, assuming the rest of the bytes go as fast as those read so far; empty until there is a
     * rate to go by. Read-ahead makes it a little optimistic, never by more than the analysis window.
     */
    private static String eta(double fractionRead, long done, double secondsSinceFirst) {
        if (done < 2 || secondsSinceFirst <= 0 || fractionRead <= 0 || fractionRead >= 1) return "";
        long left = Math.round(secondsSinceFirst * (1 - fractionRead) / fractionRead);
        return left >= 3600 ? String.format(Locale.ROOT, " · %d:%02d:%02d left", left / 3600, left / 60 % 60, left % 60)
                : String.format(Locale.ROOT, " · %d:%02d left", left / 60, left % 60);
    }

    private void clear() {
        if (drawn) {
            err.print("\r\u001b[K");
            drawn = false;
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (ticker != null) ticker.shutdownNow();
        clear();
        err.flush();
    }
}
