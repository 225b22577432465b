package org.newsgraph.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.newsgraph.source.SourceOptions;
import org.newsgraph.source.Sources;
import org.newsgraph.table.ArticleTables;
import org.newsgraph.table.FactTable;
import scala.Tuple2;

/**
 * The distributed batch: read the inputs where they lie, spread the articles over the cluster by id,
 * analyze each partition with the executor's one Analyzer, and write the article tables as Parquet
 * under {@code output} ({@code output/attributions/month=2019-03/part-….parquet}, …) and the records
 * that gave no article under {@code output/rejects}. Each table is replaced whole, and ids are content
 * hashes, so running the job again over the same input writes the same rows: a failed job is run again.
 */
public final class ArticleJob {
    /** What to read and where to write; {@code partitions} of 0 means sixteen per core of the cluster. */
    public record Options(List<String> inputs, String output, int partitions, SourceOptions source) {
        public Options {
            inputs = List.copyOf(inputs);
            Objects.requireNonNull(output, "output");
            Objects.requireNonNull(source, "source");
            if (inputs.isEmpty()) throw new IllegalArgumentException("no input given");
        }
    }

    /**
     * Rows written per table (rejects among them), and the seconds spent analyzing and making rows,
     * summed over tasks (on N cores, up to N times the wall time).
     */
    public record Summary(Map<String, Long> rows, double analyzerSeconds) {
        public long articles() {
            return rows.getOrDefault(ArticleTables.ARTICLES.name(), 0L);
        }

        public long rejects() {
            return rows.getOrDefault(SparkTables.REJECTS, 0L);
        }
    }

    /** Thrown when nothing can be read at all; its message is one line for the user. */
    public static final class NoInputException extends RuntimeException {
        NoInputException(String message) {
            super(message);
        }
    }

    /** What the progress lines call the stages that read and analyze. */
    static final String ANALYZE = "read and analyze";

    static final int PARTITIONS_PER_CORE = 16;

    private ArticleJob() {}

    public static Summary run(SparkSession spark, Options options) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration conf = jsc.hadoopConfiguration();
        conf.setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);

        List<String> found = new ArrayList<>();
        Set<String> named = new HashSet<>();
        List<Record> missing = new ArrayList<>();
        for (String input : options.inputs()) resolve(input, conf, found, named, missing);
        if (found.isEmpty()) {
            throw new NoInputException(missing.isEmpty() ? "no input given" : missing.get(0).origin + ": " + missing.get(0).problem);
        }
        // Many small partitions: a core that finishes early takes the next one, so the last tasks run side by side
        // instead of one long task alone while the other cores wait (four per core left 5-15 % of a pass idle).
        int cores = jsc.defaultParallelism();
        int partitions = options.partitions() > 0 ? options.partitions() : PARTITIONS_PER_CORE * cores;

        jsc.setJobDescription(ANALYZE);
        JavaRDD<Record> records = jsc.binaryFiles(String.join(",", found), jsc.defaultParallelism())
                .filter(f -> named.contains(f._1()) || Sources.isArticleFile(f._1()))
                .flatMap(new ReadFiles(options.source()));
        if (!missing.isEmpty()) records = records.union(jsc.parallelize(missing, 1));
        JavaPairRDD<String, Record> spread = records.mapToPair(r -> new Tuple2<>(IdPartitioner.key(r), r))
                .repartitionAndSortWithinPartitions(new IdPartitioner(partitions));
        LongAccumulator analyzerNanos = jsc.sc().longAccumulator("analyzer nanoseconds");
        JavaRDD<Tuple2<Integer, Row>> rows = spread.mapPartitions(new AnalyzePartition(analyzerNanos))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            Map<Integer, Long> counts = rows.mapToPair(t -> new Tuple2<>(t._1(), 1L)).reduceByKey(Long::sum).collectAsMap();
            // The tables are written side by side, as concurrent jobs: each one's tasks are short and wait on
            // the file system (a file per month), so alone they would leave cores idle.
            List<Callable<Void>> writes = new ArrayList<>();
            for (int i = 0; i < ArticleTables.ALL.size(); i++) {
                FactTable t = ArticleTables.ALL.get(i);
                int index = i;
                writes.add(() -> {
                    jsc.setJobDescription("write " + t.name());
                    // A month's rows to one task: a file per month and table, not one per month and partition
                    // (840 PolNeAR articles over 40 months: 320 files a table, and most of the writing time); a task per
                    // core, as more would only be more tasks, most of them empty.
                    spark.createDataFrame(rows.filter(r -> r._1() == index).map(Tuple2::_2), SparkTables.schema(t))
                            .repartition(cores, functions.col(SparkTables.MONTH))
                            .write().mode(SaveMode.Overwrite).partitionBy(SparkTables.MONTH).parquet(path(options.output(), t.name()));
                    return null;
                });
            }
            writes.add(() -> {
                jsc.setJobDescription("write " + SparkTables.REJECTS);
                spark.createDataFrame(rows.filter(r -> r._1() == SparkTables.REJECTS_INDEX).map(Tuple2::_2), SparkTables.REJECTS_SCHEMA)
                        .coalesce(1).write().mode(SaveMode.Overwrite).parquet(path(options.output(), SparkTables.REJECTS));
                return null;
            });
            runAll(writes);
            Map<String, Long> written = new LinkedHashMap<>();
            for (int i = 0; i < ArticleTables.ALL.size(); i++) written.put(ArticleTables.ALL.get(i).name(), counts.getOrDefault(i, 0L));
            written.put(SparkTables.REJECTS, counts.getOrDefault(SparkTables.REJECTS_INDEX, 0L));
            return new Summary(written, analyzerNanos.value() / 1e9);
        } finally {
            rows.unpersist(false);
            jsc.setJobDescription(null);
        }
    }

    /** Runs the jobs on a few driver threads; the first failure is thrown once all have ended. */
    private static void runAll(List<Callable<Void>> jobs) {
        ExecutorService pool = Executors.newFixedThreadPool(3, r -> {
            Thread t = new Thread(r, "newsgraph-write");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Void>> running = new ArrayList<>();
            for (Callable<Void> job : jobs) running.add(pool.submit(job));
            RuntimeException failure = null;
            for (Future<Void> f : running) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    if (failure == null) {
                        failure = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while writing the tables", e);
                }
            }
            if (failure != null) throw failure;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Adds the files {@code input} names (a file, a directory, a glob) to {@code found}, or says it is missing. */
    private static void resolve(String input, Configuration conf, List<String> found, Set<String> named, List<Record> missing) {
        try {
            Path p = new Path(input);
            FileSystem fs = p.getFileSystem(conf);
            FileStatus[] matches = fs.globStatus(p);
            if (matches == null || matches.length == 0) {
                missing.add(Record.problem(input, "no such file or directory"));
                return;
            }
            for (FileStatus s : matches) {
                String q = s.getPath().toString();
                found.add(q);
                if (s.isFile()) named.add(q);
            }
        } catch (IOException | IllegalArgumentException e) {
            missing.add(Record.problem(input, "cannot read: " + ReadFiles.oneLine(e)));
        }
    }

    private static String path(String dir, String table) {
        return dir.endsWith("/") ? dir + table : dir + "/" + table;
    }
}
