package org.newsgraph.spark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.newsgraph.document.Article;
import org.newsgraph.document.Document;
import org.newsgraph.nlp.Analyzer;
import org.newsgraph.table.ArticleTables;
import org.apache.spark.util.LongAccumulator;
import scala.Tuple2;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Analyzes the records of one partition with the executor's Analyzer, one at a time, and hands back
 * every row they give, each tagged with its table's index ({@link ArticleTables#ALL}, then rejects). An
 * article whose analysis fails is a reject with the reason, and the partition goes on.
 */
final class AnalyzePartition implements FlatMapFunction<Iterator<Tuple2<String, Record>>, Tuple2<Integer, Row>> {
    private static final long serialVersionUID = 1L;

    /** Nanoseconds spent in the Analyzer itself, across tasks: what the job adds is the rest. */
    private final LongAccumulator analyzerNanos;

    AnalyzePartition(LongAccumulator analyzerNanos) {
        this.analyzerNanos = analyzerNanos;
    }

    @Override
    public Iterator<Tuple2<Integer, Row>> call(Iterator<Tuple2<String, Record>> records) {
        if (!records.hasNext()) return Collections.emptyIterator();
        Analyzer analyzer = ExecutorAnalyzer.get();
        return new Iterator<>() {
            private Iterator<Tuple2<Integer, Row>> current = Collections.emptyIterator();
            private Record previous;

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && records.hasNext()) {
                    Record r = records.next()._2();
                    boolean copy = copyOfPrevious(r);
                    current = copy ? List.of(copy(r)).iterator() : timedRows(analyzer, r).iterator();
                    if (r.isArticle() && !copy) previous = r;
                }
                return current.hasNext();
            }

            /** Records come sorted by id, then origin: a copy of an article follows it. */
            private boolean copyOfPrevious(Record r) {
                return r.isArticle() && previous != null && previous.key().equals(r.key());
            }

            private Tuple2<Integer, Row> copy(Record r) {
                return reject(r.origin, "warning", "the same article (id " + r.key() + ") as " + previous.origin + ", analyzed once");
            }

            @Override
            public Tuple2<Integer, Row> next() {
                hasNext();
                return current.next();
            }
        };
    }

    private List<Tuple2<Integer, Row>> timedRows(Analyzer analyzer, Record r) {
        long t0 = System.nanoTime();
        try {
            return rows(analyzer, r);
        } finally {
            analyzerNanos.add(System.nanoTime() - t0);
        }
    }

    static List<Tuple2<Integer, Row>> rows(Analyzer analyzer, Record r) {
        if (!r.isArticle()) return List.of(reject(r.origin, r.warning ? "warning" : "error", r.problem));
        Article a = r.article();
        Document d;
        try {
            d = analyzer.analyze(a);
        } catch (RuntimeException | StackOverflowError e) {
            return List.of(reject(a.origin(), "error", "analysis failed: " + ReadFiles.oneLine(e)));
        } catch (OutOfMemoryError e) {
            return List.of(reject(a.origin(), "error", "out of memory analyzing the article; give executors more memory or split it"));
        }
        String month = SparkTables.month(a.published());
        List<Tuple2<Integer, Row>> out = new ArrayList<>();
        ArticleTables.rows(d, (table, values) -> {
            Object[] withMonth = new Object[values.length + 1];
            for (int i = 0; i < values.length; i++) {
                // Spark's rows hold Scala sequences where a table has a list.
                withMonth[i] = values[i] instanceof List<?> l ? CollectionConverters.asScala(l).toSeq() : values[i];
            }
            withMonth[values.length] = month;
            out.add(new Tuple2<>(SparkTables.index(table), RowFactory.create(withMonth)));
        });
        return out;
    }

    private static Tuple2<Integer, Row> reject(String origin, String severity, String reason) {
        return new Tuple2<>(SparkTables.REJECTS_INDEX, RowFactory.create(origin, severity, reason));
    }
}
