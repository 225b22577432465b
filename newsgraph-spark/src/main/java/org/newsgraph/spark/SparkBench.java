package org.newsgraph.spark;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.newsgraph.source.SourceOptions;
import org.newsgraph.text.Words;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newsgraph spark bench}: the job's words per second on this machine, pass after pass in one JVM,
 * as the CLI's {@code bench} measures the analysis. The first pass pays for the models and the JIT; later
 * passes are what a long job runs at. Run it once per core count (local[1], local[2]) to see the scaling.
 */
@Command(name = "newsgraph spark bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs the Spark job over the input several times in one JVM and prints, for each pass,",
            "its seconds, words per second and words per second per core, and the seconds of the analysis",
            "stage alone; then the JVM's peak resident memory. The tables go to a temporary directory."},
        footer = {"", "Example:", "  newsgraph spark bench --master local[2] --passes 3 --input articles.jsonl"})
final class SparkBench implements Callable<Integer> {
    @Option(names = "--master", paramLabel = "URL", defaultValue = "local[*]", description = "Spark master (default: ${DEFAULT-VALUE}).")
    String master;

    @Option(names = "--input", paramLabel = "PATH", required = true, arity = "1..*", description = "What to analyze.")
    List<String> inputs;

    @Option(names = "--passes", paramLabel = "N", defaultValue = "3", description = "Passes over the input (default: ${DEFAULT-VALUE}).")
    int passes;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "0", description = "As the job's (default: sixteen per core).")
    int partitions;

    @Option(names = "--stages", description = "Also a line per finished stage, on stderr.")
    boolean showStages;

    private final PrintStream out;
    private final PrintStream err;

    SparkBench(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws IOException {
        if (passes < 1) {
            err.println("newsgraph spark bench: --passes must be at least 1");
            return 2;
        }
        Path output = Files.createTempDirectory("newsgraph-spark-bench");
        long start = System.nanoTime();
        SparkSession spark = SparkMain.session(master);
        try {
            double startup = (System.nanoTime() - start) / 1e9;
            int cores = spark.sparkContext().defaultParallelism();
            StageProgress stages = new StageProgress(showStages ? err : null);
            spark.sparkContext().addSparkListener(stages);
            ArticleJob.Options options = new ArticleJob.Options(inputs, output.toString(), partitions, SourceOptions.DEFAULTS);
            out.printf(Locale.ROOT, "newsgraph spark bench: %s, %d cores, %s; Spark started in %.1f s%n", master, cores,
                    String.join(" ", inputs), startup);
            long words = -1;
            List<Double> warm = new ArrayList<>();
            for (int pass = 1; pass <= passes; pass++) {
                stages.reset();
                long t0 = System.nanoTime();
                ArticleJob.Summary s = ArticleJob.run(spark, options);
                double seconds = (System.nanoTime() - t0) / 1e9;
                if (words < 0) words = words(spark, output);
                double analysis = stages.seconds(ArticleJob.ANALYZE);
                out.printf(Locale.ROOT, "pass %d: %,d articles, %,d words in %.1f s: %,.0f words/s, %,.0f per core; "
                        + "reading and analysis %.1f s (%,.0f words/s; the Analyzer and its rows %.1f s of task time), "
                        + "writing %.1f s%n", pass, s.articles(), words, seconds, words / seconds, words / seconds / cores, analysis,
                        words / analysis, s.analyzerSeconds(), seconds - analysis);
                if (pass > 1) warm.add(words / seconds);
            }
            if (!warm.isEmpty()) {
                warm.sort(null);
                int n = warm.size();
                double median = n % 2 == 1 ? warm.get(n / 2) : (warm.get(n / 2 - 1) + warm.get(n / 2)) / 2;
                out.printf(Locale.ROOT, "after the first pass: median %,.0f words/s, %,.0f per core%n", median, median / cores);
            }
            out.printf(Locale.ROOT, "peak resident memory: %s%n", peakMemory());
            return 0;
        } finally {
            spark.stop();
            delete(output);
        }
    }

    private static long words(SparkSession spark, Path output) {
        return spark.read().parquet(output.resolve("articles").toString()).select("text")
                .map((MapFunction<org.apache.spark.sql.Row, Long>) r -> (long) Words.count(r.getString(0)), Encoders.LONG())
                .reduce((org.apache.spark.api.java.function.ReduceFunction<Long>) Long::sum);
    }

    /** The kernel's high-water mark of this process's resident memory (VmHWM), or "unknown". */
    private static String peakMemory() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    long kb = Long.parseLong(line.substring(6).trim().split("\\s+")[0]);
                    return String.format(Locale.ROOT, "%,d MB", kb / 1024);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Not Linux: say so below.
        }
        return "unknown";
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException | UncheckedIOException e) {
            // A temporary directory: the system clears it in time.
        }
    }
}
