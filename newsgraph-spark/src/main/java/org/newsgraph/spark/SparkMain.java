package org.newsgraph.spark;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.newsgraph.source.SourceOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newsgraph spark}: the analysis on Apache Spark. Run by the launcher on this machine
 * ({@code ./newsgraph spark --master local[2] …}) or by {@code spark-submit} on a cluster, whose master
 * the job then takes from spark-submit.
 */
@Command(name = "newsgraph spark", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Analyzes articles on Apache Spark and writes the article tables (articles, entities, mentions,",
            "attributions, events, relations) as Parquet partitioned by month, and the records that gave no",
            "article as rejects. Reads JSONL, WARC(.gz), web pages, feeds and text from any Hadoop path",
            "(file://, hdfs://, s3a://); a directory is read whole. Running it again over the same input",
            "writes the same rows."},
        footer = {"", "newsgraph spark bench --help: words per second of the job on this machine.", "", "Example:", "  newsgraph spark --master local[2] --input articles.jsonl --output out/",
            "  newsgraph sql \"SELECT * FROM read_parquet('out/attributions/**/*.parquet') LIMIT 5\""})
public final class SparkMain implements Callable<Integer> {
    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master: local[N] for N cores of this machine; by default spark-submit's, else local[*].")
    String master;

    @Option(names = "--input", paramLabel = "PATH", required = true, arity = "1..*",
            description = "Files, directories or globs to read (repeatable).")
    List<String> inputs;

    @Option(names = "--output", paramLabel = "DIR", required = true, description = "Where the tables go, one directory each.")
    String output;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
            description = "Partitions to analyze in (default: sixteen per core).")
    int partitions;

    @Option(names = "--max-article-mb", paramLabel = "MB", defaultValue = "" + SourceOptions.DEFAULT_MAX_ARTICLE_MB,
            description = "Refuse an article bigger than this (default: ${DEFAULT-VALUE}).")
    int maxArticleMb;

    @Option(names = "--no-progress", description = "No line per finished stage.")
    boolean noProgress;

    private final PrintStream out;
    private final PrintStream err;

    SparkMain(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        int code = run(args, System.out, System.err);
        System.out.flush();
        System.err.flush();
        System.exit(code);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        boolean bench = args.length > 0 && args[0].equals("bench");
        CommandLine cl = new CommandLine(bench ? new SparkBench(out, err) : new SparkMain(out, err));
        if (bench) args = java.util.Arrays.copyOfRange(args, 1, args.length);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        cl.setExecutionExceptionHandler((e, line, parsed) -> {
            String message = ReadFiles.oneLine(e);
            err.println("newsgraph spark: " + (message.length() > 300 ? message.substring(0, 300) + "…" : message));
            return 1;
        });
        return cl.execute(args);
    }

    /**
     * The session for {@code master}, else spark-submit's, else all cores here. On this machine: no web UI,
     * the driver on the loopback address, and the models loading while Spark starts.
     */
    static SparkSession session(String master) {
        SparkConf conf = new SparkConf().setAppName("newsgraph");
        if (master != null) conf.setMaster(master);
        else if (!conf.contains("spark.master")) conf.setMaster("local[*]");
        if (conf.get("spark.master").startsWith("local")) {
            ExecutorAnalyzer.loadInBackground();
            conf.setIfMissing("spark.ui.enabled", "false");
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
            conf.setIfMissing("spark.hadoop.fs.file.impl", LocalFiles.class.getName());
        }
        SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        return spark;
    }

    @Override
    public Integer call() {
        if (partitions < 0) throw new CommandLine.ParameterException(new CommandLine(this), "--partitions must be 0 or more");
        SourceOptions source;
        try {
            source = SourceOptions.withMaxArticleMb(maxArticleMb);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(new CommandLine(this), e.getMessage());
        }
        long start = System.nanoTime();
        SparkSession spark = session(master);
        try {
            if (!noProgress) spark.sparkContext().addSparkListener(new StageProgress(err));
            ArticleJob.Summary s;
            try {
                s = ArticleJob.run(spark, new ArticleJob.Options(inputs, output, partitions, source));
            } catch (ArticleJob.NoInputException e) {
                err.println("newsgraph spark: " + e.getMessage());
                return 1;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            StringBuilder sb = new StringBuilder();
            for (Map.Entry<String, Long> e : s.rows().entrySet()) {
                sb.append(sb.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%,d %s", e.getValue(), e.getKey()));
            }
            out.printf(Locale.ROOT, "newsgraph spark: %,d articles in %.1f s on %s (%d cores): %s, under %s%n", s.articles(), seconds,
                    spark.sparkContext().master(), spark.sparkContext().defaultParallelism(), sb, output);
            return 0;
        } finally {
            spark.stop();
        }
    }
}
