package org.newsgraph.cli.bench;

import org.newsgraph.cli.Main;
import org.newsgraph.cli.OptionValues;
import org.newsgraph.cli.commands.Articles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.newsgraph.document.Article;
import org.newsgraph.nlp.Analyzer;
import org.newsgraph.nlp.CoreNlpQuotePipeline;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph bench}: words per second of the whole analysis on one thread and on all threads,
 * with peak memory, beside Stanford CoreNLP's quote pipeline measured on one thread in the same run.
 *
 * <p>newsgraph: one warm-up pass over the articles (loads models, lets the JIT compile), then the median
 * of {@code --passes} timed passes on one thread and on {@code --threads}, alternating. Its peak resident
 * memory (VmHWM) is read before CoreNLP is touched. CoreNLP: in a child JVM (its models need a heap
 * of several GB and must not count as ours), warm-up on one article, then one timed pass over the first
 * {@code --baseline-limit} articles, since it runs a few hundred words a second. Words are runs of
 * non-whitespace, counted the same way for both.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        customSynopsis = {"newsgraph bench [--limit=N] [--baseline-limit=M] [--passes=P] [-t=N]",
                "                       [--baseline-heap=SIZE] FILE...",
                "       newsgraph bench --extraction [--passes=P] FILE...",
                "       newsgraph bench --store=DIR [--store-articles=N] [--rounds=R] [-t=N]",
                "                       FILE..."},
        description = {"Measure speed: of the analysis, of HTML extraction, or of queries on a big store.",
                "",
                "By default: words per second of the whole analysis on one thread and on --threads, and its peak memory,"
                        + " beside Stanford CoreNLP's quote pipeline on the same articles (in a child JVM, on one thread).",
                "",
                "With --extraction: pages per second of HTML extraction on one thread, over the pages given.",
                "",
                "With --store: a store of --store-articles copies of the given articles, then the times of quotes"
                        + " --speaker and search (p50, p95, p99) and its size against its text."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:measured", "1:nothing to measure, or an internal failure", "2:a usage mistake"})
public final class BenchCommand implements Callable<Integer> {
    static final int DEFAULT_BASELINE_LIMIT = 10;

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Option(names = "--limit", paramLabel = "N", converter = OptionValues.AtLeastOne.class, description = "Articles to measure newsgraph on. Default: ${DEFAULT-VALUE}.")
    int limit = 60;

    @Option(names = "--baseline-limit", paramLabel = "M", converter = OptionValues.ZeroOrMore.class,
            description = "Articles to measure CoreNLP's quote pipeline on (about 3 s each); 0 skips it. Default: ${DEFAULT-VALUE}.")
    int baselineLimit = DEFAULT_BASELINE_LIMIT;

    @Option(names = "--passes", paramLabel = "P", converter = OptionValues.AtLeastOne.class, description = "Timed passes; the median counts. Default: ${DEFAULT-VALUE}.")
    int passes = 3;

    @Option(names = {"-t", "--threads"}, paramLabel = "N", converter = OptionValues.AtLeastOne.class, description = "Threads of the parallel run. Default: all cores (${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    // Measured: CoreNLP's quote pipeline peaks at 3.2 GB of heap on PolNeAR articles; at 4g it spends its time in GC.
    @Option(names = "--baseline-heap", paramLabel = "SIZE", description = "-Xmx of CoreNLP's JVM. Default: ${DEFAULT-VALUE}.")
    String baselineHeap = "6g";

    @Option(names = "--extraction", description = "Measure HTML extraction instead (pages/s on one thread) over the"
            + " .html, .htm and .html.gz pages in the given files and directories.")
    boolean extraction;

    @Option(names = "--store", paramLabel = "DIR", description = "Measure a big store instead: fill DIR with --store-articles "
            + "copies of the given articles (analyzed once, stored under new ids; a store of that size in DIR is reused), then "
            + "time quotes --speaker and search (p50/p95/p99 ms) and its size on disk.")
    Path store;

    @Option(names = "--store-articles", paramLabel = "N", converter = OptionValues.AtLeastOne.class, description = "Articles in the --store store. Default: ${DEFAULT-VALUE}.")
    int storeArticles = 100_000;

    @Option(names = "--rounds", paramLabel = "R", converter = OptionValues.AtLeastOne.class, description = "With --store: timed rounds over the queries. Default: ${DEFAULT-VALUE}.")
    int rounds = 10;

    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "Articles, read as analyze reads them (text, JSONL, pages, directories, - for stdin); with"
                    + " --extraction, web pages and directories of them.")
    List<String> paths;

    @Override
    public Integer call() throws Exception {
        CommandLine cl = spec.commandLine();
        if (!baselineHeap.matches("\\d+[kKmMgG]?")) throw new CommandLine.ParameterException(cl, "--baseline-heap takes a size like 4g, got " + baselineHeap);
        PrintWriter out = cl.getOut();
        PrintWriter err = cl.getErr();
        if (extraction) return ExtractionBench.run(paths, passes, out, err);
        List<Article> articles = Articles.first(paths, main.stdin(), store != null ? Integer.MAX_VALUE : limit, err);
        if (articles.isEmpty()) {
            err.println("newsgraph: nothing to measure");
            err.flush();
            return Main.FAILED;
        }
        if (store != null) {
            return StoreBench.run(store, storeArticles, articles, main.analyzer(), threads, rounds, out, err);
        }
        long words = Articles.words(articles);
        String loadBefore = loadAverage();
        note(err, String.format(Locale.ROOT, "%d articles, %,d words; loading models…", articles.size(), words));
        long t0 = System.nanoTime();
        Analyzer analyzer = main.analyzer();
        double load = (System.nanoTime() - t0) / 1e9;
        Analyzer plain = withoutEvents(analyzer);
        note(err, "warm-up pass…");
        pass(analyzer, articles, null);
        if (plain != null) pass(plain, articles, null);
        // One-thread and many-thread passes alternate, so a change in the machine's load (other jobs on
        // shared cores) touches both alike instead of skewing their ratio.
        double[] oneTimes = new double[passes];
        double[] manyTimes = new double[passes];
        double[] plainTimes = new double[passes];
        ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads) : null;
        try {
            for (int i = 0; i < passes; i++) {
                note(err, String.format(Locale.ROOT, "pass %d of %d, 1 thread%s…", i + 1, passes, pool == null ? "" : " then " + threads));
                oneTimes[i] = pass(analyzer, articles, null);
                if (plain != null) plainTimes[i] = pass(plain, articles, null);
                if (pool != null) manyTimes[i] = pass(analyzer, articles, pool);
            }
        } finally {
            if (pool != null) pool.shutdownNow();
        }
        double one = median(oneTimes);
        double many = pool == null ? Double.NaN : median(manyTimes);
        PeakMemory ours = PeakMemory.now();

        JsonNode base = null;
        List<Article> subset = articles.subList(0, Math.min(baselineLimit, articles.size()));
        if (!subset.isEmpty()) {
            note(err, String.format(Locale.ROOT, "CoreNLP's quote pipeline on %d articles, in a child JVM (a few minutes)…", subset.size()));
            base = runBaseline(subset, err);
        }

        out.printf(Locale.ROOT, "newsgraph bench: %d articles, %,d words, from %s (%d cores; load average %s at the start, %s at the end)%n%n",
                articles.size(), words, String.join(" ", paths), Runtime.getRuntime().availableProcessors(), loadBefore, loadAverage());
        String head = "%-34s %10s %12s %10s%n";
        String row = "%-34s %,10.0f %,12.1f %10s  %s%n";
        out.printf(Locale.ROOT, head, "", "words/s", "ms/article", "peak RSS");
        out.printf(Locale.ROOT, row, "newsgraph, 1 thread", words / one, one * 1000 / articles.size(), PeakMemory.mb(ours.residentBytes()),
                String.format(Locale.ROOT, "(heap pools' peaks %s, -Xmx %s; models load %.1f s)", PeakMemory.mb(ours.heapBytes()), PeakMemory.mb(ours.heapMaxBytes()), load));
        if (threads > 1) {
            out.printf(Locale.ROOT, row, "newsgraph, " + threads + " threads", words / many, many * 1000 / articles.size(), "", "");
        }
        double plainOne = plain == null ? Double.NaN : median(plainTimes);
        if (plain != null) {
            out.printf(Locale.ROOT, row, "  without events, 1 thread", words / plainOne, plainOne * 1000 / articles.size(), "", "");
        }
        double baseRate = Double.NaN;
        if (base != null) {
            double s = base.get("seconds").asDouble();
            long bw = base.get("words").asLong();
            int n = base.get("articles").asInt();
            baseRate = bw / s;
            out.printf(Locale.ROOT, row, "CoreNLP quote pipeline, 1 thread", baseRate, s * 1000 / n, PeakMemory.mb(base.get("peak_rss_bytes").asLong()),
                    String.format(Locale.ROOT, "(heap pools' peaks %s; %d articles, %,d words; %d quotes, %d attributed; models load %.1f s)",
                            PeakMemory.mb(base.get("heap_peak_bytes").asLong()), n, bw,
                            base.get("quotes").asInt(), base.get("attributed").asInt(), base.get("load_seconds").asDouble()));
        }
        out.println();
        if (!Double.isNaN(baseRate)) {
            out.printf(Locale.ROOT, "newsgraph / CoreNLP, one thread each: %.1f×%n", (words / one) / baseRate);
        }
        if (threads > 1) out.printf(Locale.ROOT, "%d threads / 1 thread: %.2f×%n", threads, one / many);
        if (plain != null) {
            out.printf(Locale.ROOT, "events and relations: %+.0f %% of the time of the analysis without them%n", 100 * (one - plainOne) / plainOne);
        }
        out.printf(Locale.ROOT, "newsgraph: warm-up pass, then the median of %d passes (1 thread and many alternating); CoreNLP (%s, quote.attributeQuotes=true): "
                + "warm-up on one article, then one pass, in a child JVM with -Xmx%s.%n", passes, CoreNlpQuotePipeline.ANNOTATORS, baselineHeap);
        out.flush();
        return Main.OK;
    }

    /** The same analysis without the stages that add events and relations, or null when it has none. */
    public static Analyzer withoutEvents(Analyzer analyzer) {
        java.util.List<org.newsgraph.stage.Stage> kept = new java.util.ArrayList<>();
        for (org.newsgraph.stage.Stage st : analyzer.pipeline().stages()) {
            if (!st.adds().equals(org.newsgraph.document.Layers.EVENTS) && !st.adds().equals(org.newsgraph.document.Layers.RELATIONS)) kept.add(st);
        }
        return kept.size() == analyzer.pipeline().stages().size() ? null : Analyzer.of(kept);
    }

    /** The 1-minute load average, which says whether other work shared the cores; "n/a" off Linux. */
    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "n/a";
        }
    }

    private static void note(PrintWriter err, String s) {
        err.println("bench: " + s);
        err.flush();
    }

    private static double median(double[] times) {
        double[] t = times.clone();
        Arrays.sort(t);
        int n = t.length;
        return n % 2 == 1 ? t[n / 2] : (t[n / 2 - 1] + t[n / 2]) / 2;
    }

    /** Seconds to analyze every article once, on this thread or on the pool. */
    private static double pass(Analyzer analyzer, List<Article> articles, ExecutorService pool) throws InterruptedException, ExecutionException {
        long t0 = System.nanoTime();
        if (pool == null) {
            for (Article a : articles) analyzer.analyze(a);
        } else {
            List<Future<?>> futures = new ArrayList<>();
            for (Article a : articles) futures.add(pool.submit(() -> analyzer.analyze(a)));
            for (Future<?> f : futures) f.get();
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    /** Runs {@code corenlp-baseline} in a child JVM on the same class path; null (and a note) on failure. */
    private JsonNode runBaseline(List<Article> subset, PrintWriter err) throws IOException, InterruptedException {
        ObjectMapper mapper = new ObjectMapper();
        Path input = Files.createTempFile("newsgraph-bench-", ".jsonl");
        Path log = Files.createTempFile("newsgraph-bench-", ".log");
        try {
            try (BufferedWriter w = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
                for (Article a : subset) {
                    w.write(mapper.createObjectNode().put("id", a.id()).put("text", a.text()).toString());
                    w.write('\n');
                }
            }
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            List<String> cmd = List.of(java, "-Xmx" + baselineHeap, "-cp", System.getProperty("java.class.path"),
                    Main.class.getName(), "corenlp-baseline", "--limit", String.valueOf(subset.size()), input.toString());
            Process p = new ProcessBuilder(cmd).redirectError(log.toFile()).start();
            p.getOutputStream().close();
            String stdout = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int code = p.waitFor();
            String last = stdout.lines().filter(l -> l.startsWith("{")).reduce((a, b) -> b).orElse(null);
            if (code != 0 || last == null) {
                List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
                note(err, "CoreNLP's run failed (exit " + code + "); its last lines:");
                for (String l : lines.subList(Math.max(0, lines.size() - 10), lines.size())) err.println("  " + l);
                err.flush();
                return null;
            }
            return mapper.readTree(last);
        } finally {
            Files.deleteIfExists(input);
            Files.deleteIfExists(log);
        }
    }
}
