package org.newsgraph.cli.bench;

import org.newsgraph.cli.Main;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.newsgraph.extract.HtmlExtractor;

/**
 * {@code newsgraph bench --extraction}: pages per second of HTML extraction (decoding, parsing,
 * metadata, main text) on one thread, over pages held in memory so the disk and gunzip do not count.
 * Three warm-up passes, then the median of the timed passes, in wall time and in the thread's CPU time.
 */
public final class ExtractionBench {
    private ExtractionBench() {}

    static final int WARMUP_PASSES = 3;

    static int run(List<String> paths, int passes, PrintWriter out, PrintWriter err) throws IOException {
        List<byte[]> pages = new ArrayList<>();
        for (String p : paths) collect(Path.of(p), pages);
        if (pages.isEmpty()) {
            err.println("newsgraph: no .html, .htm or .html.gz pages under " + String.join(" ", paths));
            err.flush();
            return Main.FAILED;
        }
        long bytes = 0;
        for (byte[] b : pages) bytes += b.length;
        err.println("bench: " + pages.size() + " pages; warm-up passes…");
        err.flush();
        // Three passes: on busy shared cores the JIT's compiler threads wait their turn too.
        for (int i = 0; i < WARMUP_PASSES; i++) pass(pages);
        double[] times = new double[passes];
        double[] cpu = new double[passes];
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long chars = 0;
        for (int i = 0; i < passes; i++) {
            long c0 = mx.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            chars = pass(pages);
            times[i] = (System.nanoTime() - t0) / 1e9;
            cpu[i] = (mx.getCurrentThreadCpuTime() - c0) / 1e9;
        }
        Arrays.sort(times);
        Arrays.sort(cpu);
        double s = times[passes / 2];
        double c = cpu[passes / 2];
        out.printf(Locale.ROOT, "newsgraph bench --extraction: %d pages, %.1f MB of HTML, %,d characters of article text extracted%n%n",
                pages.size(), bytes / 1e6, chars);
        out.printf(Locale.ROOT, "%-30s %10s %10s %10s%n", "", "pages/s", "ms/page", "MB/s");
        out.printf(Locale.ROOT, "%-30s %,10.0f %10.2f %10.1f%n", "extraction, 1 thread", pages.size() / s, s * 1000 / pages.size(), bytes / 1e6 / s);
        if (c > 0) {
            out.printf(Locale.ROOT, "%-30s %,10.0f %10.2f %10.1f%n", "extraction, 1 thread, CPU time", pages.size() / c,
                    c * 1000 / pages.size(), bytes / 1e6 / c);
        }
        out.printf(Locale.ROOT, "%nload average %s; on shared cores the CPU-time row is the thread's own speed%n", BenchCommand.loadAverage());
        out.printf(Locale.ROOT, "%n%d warm-up passes, then the median of %d passes; pages in memory (no disk, no gunzip)%n", WARMUP_PASSES, passes);
        out.flush();
        return Main.OK;
    }

    private static long pass(List<byte[]> pages) {
        long chars = 0;
        for (byte[] b : pages) chars += HtmlExtractor.extract(b, null, null).text().length();
        return chars;
    }

    private static void collect(Path p, List<byte[]> pages) throws IOException {
        if (Files.isDirectory(p)) {
            try (Stream<Path> s = Files.walk(p)) {
                for (Path f : s.filter(Files::isRegularFile).sorted().toList()) if (isPage(f)) pages.add(read(f));
            }
        } else if (Files.isRegularFile(p)) {
            pages.add(read(p));
        }
    }

    private static boolean isPage(Path f) {
        String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".html.gz") || n.endsWith(".htm.gz");
    }

    private static byte[] read(Path f) throws IOException {
        if (!f.toString().endsWith(".gz")) return Files.readAllBytes(f);
        try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
            return in.readAllBytes();
        }
    }
}
