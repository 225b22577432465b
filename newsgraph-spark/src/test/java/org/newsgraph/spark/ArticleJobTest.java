package org.newsgraph.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.document.Article;
import org.newsgraph.ingest.Ingester;
import org.newsgraph.nlp.Analyzer;
import org.newsgraph.source.Entry;
import org.newsgraph.source.Loaded;
import org.newsgraph.source.Source;
import org.newsgraph.source.SourceOptions;
import org.newsgraph.source.Sources;
import org.newsgraph.store.ParquetImport;
import org.newsgraph.store.Schema;
import org.newsgraph.store.Store;
import org.newsgraph.table.ArticleTables;
import org.newsgraph.table.FactTable;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The job in local mode on two cores, over the project's examples and a few inputs of other kinds
 * (a gzipped WARC, a JSONL file with a broken line and a copy of an article, a path that is not there):
 * what it writes is what the one-machine analysis gives for the same input, row for row.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArticleJobTest {
    private Path tmp;

    private SparkSession spark;
    private Path inputs;
    private Path output;
    private ArticleJob.Summary summary;

    @BeforeAll
    void runTheJob(@TempDir Path dir) throws IOException {
        tmp = dir;
        inputs = Files.createDirectories(tmp.resolve("in"));
        Files.copy(Path.of("../examples/seed/article.txt"), inputs.resolve("seed.txt"));
        Files.copy(Path.of("../examples/events/real-world.jsonl"), inputs.resolve("real-world.jsonl"));
        String firstLine = Files.readAllLines(inputs.resolve("real-world.jsonl")).get(0);
        Files.writeString(inputs.resolve("again.jsonl"), firstLine + "\n{\"id\": \"broken\", \"text\": \n");
        Files.write(inputs.resolve("pages.warc.gz"), gzip(warc(Files.readString(Path.of("../newsgraph-extract/src/test/resources/html/news.html")))));
        Files.writeString(inputs.resolve("_SUCCESS"), ""); // a Hadoop marker: not an input
        spark = SparkMain.session("local[2]");
        output = tmp.resolve("out");
        summary = ArticleJob.run(spark, options(List.of(inputs.toString(), tmp.resolve("missing.jsonl").toString())));
    }

    @AfterAll
    void stop() {
        if (spark != null) spark.stop();
    }

    private ArticleJob.Options options(List<String> in) {
        return new ArticleJob.Options(in, output.toString(), 3, SourceOptions.DEFAULTS);
    }

    @Test
    void writesWhatTheOneMachineAnalysisGivesForTheSameInput() {
        Map<String, List<String>> expected = expectedRows();
        for (FactTable t : ArticleTables.ALL) {
            assertThat(written(t.name())).as(t.name()).containsExactlyElementsOf(expected.getOrDefault(t.name(), List.of()));
        }
        assertThat(expected.get("attributions")).hasSizeGreaterThan(10);
        assertThat(expected.get("events")).hasSizeGreaterThan(10);
        assertThat(summary.articles()).isEqualTo(expected.get("articles").size());
        assertThat(written("articles")).anyMatch(r -> r.contains("Harbour bridge to close for repairs"));
    }

    @Test
    void aStoreImportedFromTheTablesIsTheStoreIngestMakes() {
        Path imported = tmp.resolve("imported");
        Path ingested = tmp.resolve("ingested");
        try (Ingester i = Ingester.open(imported)) {
            ParquetImport.Imported first = i.importParquet(output);
            assertThat(first.added()).isEqualTo(summary.articles());
            assertThat(first.rejects()).isEqualTo(summary.rejects());
            assertThat(i.importParquet(output).added()).isZero();
        }
        try (Ingester i = Ingester.open(ingested)) {
            i.ingest(Sources.open(inputs), Analyzer::standard, Ingester.Options.DEFAULT, Ingester.Listener.NONE);
        }
        for (String table : Schema.TABLES) {
            assertThat(storeRows(imported, table)).as(table).isEqualTo(storeRows(ingested, table)).isNotEmpty();
        }
    }

    /** A store table's rows, sorted, without what differs by design (when, and in what order, rows came). */
    private static List<String> storeRows(Path db, String table) {
        String except = switch (table) {
            case "articles" -> " EXCLUDE (seq, ingested_at, origin)";
            case "attributions" -> " EXCLUDE (article_seq)";
            default -> "";
        };
        return Store.open(db).read(c -> {
            List<String> out = new ArrayList<>();
            try (var s = c.createStatement(); var r = s.executeQuery("SELECT *" + except + " FROM " + table)) {
                int n = r.getMetaData().getColumnCount();
                while (r.next()) {
                    List<String> row = new ArrayList<>();
                    for (int k = 1; k <= n; k++) row.add(String.valueOf(r.getObject(k)));
                    out.add(row.toString());
                }
            }
            out.sort(null);
            return out;
        });
    }

    @Test
    void badRecordsAreRejectsWithTheirReasonAndTheJobGoesOn() {
        List<String> rejects = written(SparkTables.REJECTS);
        assertThat(rejects).anySatisfy(r -> assertThat(r).contains("again.jsonl#2", "error"));
        assertThat(rejects).anySatisfy(r -> assertThat(r).contains("missing.jsonl", "no such file or directory"));
        assertThat(rejects).anySatisfy(r -> assertThat(r).contains("real-world.jsonl#1", "warning", "the same article (id R01)",
                "again.jsonl#1", "analyzed once"));
        assertThat(rejects).noneMatch(r -> r.contains("_SUCCESS"));
        assertThat(summary.rejects()).isEqualTo(rejects.size());
    }

    @Test
    void partitionsByMonthOfPublication() throws IOException {
        try (var months = Files.list(output.resolve("attributions"))) {
            assertThat(months.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("month=")))
                    .contains("month=2019-06", "month=unknown");
        }
        assertThat(SparkTables.month("2019-03-29T10:00:00Z")).isEqualTo("2019-03");
        assertThat(SparkTables.month("29 March 2019")).isEqualTo("unknown");
        assertThat(SparkTables.month(null)).isEqualTo("unknown");
    }

    @Test
    void runningAgainWritesTheSameRows() {
        Map<String, List<String>> before = new TreeMap<>();
        for (FactTable t : ArticleTables.ALL) before.put(t.name(), written(t.name()));
        ArticleJob.run(spark, options(List.of(inputs.toString(), tmp.resolve("missing.jsonl").toString())));
        for (FactTable t : ArticleTables.ALL) assertThat(written(t.name())).as(t.name()).isEqualTo(before.get(t.name()));
    }

    /** The rows of each table, as analyze reads and analyzes the same files, one copy of each article. */
    private Map<String, List<String>> expectedRows() {
        Analyzer analyzer = Analyzer.standard();
        Map<String, Article> byId = new TreeMap<>();
        try (Source source = Sources.open(inputs)) {
            while (source.hasNext()) {
                Entry e = source.next();
                if (e instanceof Loaded l) {
                    byId.merge(l.article().id(), l.article(), (a, b) -> name(a.origin()).compareTo(name(b.origin())) <= 0 ? a : b);
                }
            }
        }
        Map<String, List<String>> rows = new TreeMap<>();
        for (Article a : byId.values()) {
            String month = SparkTables.month(a.published());
            ArticleTables.rows(analyzer.analyze(a), (t, values) -> {
                List<Object> row = new ArrayList<>(Arrays.asList(values));
                row.add(month);
                rows.computeIfAbsent(t.name(), k -> new ArrayList<>()).add(line(row, t == ArticleTables.ARTICLES));
            });
        }
        rows.values().forEach(l -> l.sort(null));
        return rows;
    }

    /** A table's rows as the job wrote them, sorted, each as one line; origins by file name. */
    private List<String> written(String table) {
        List<String> out = new ArrayList<>();
        boolean articles = table.equals(ArticleTables.ARTICLES.name());
        for (Row r : spark.read().parquet(output.resolve(table).toString()).collectAsList()) {
            List<Object> row = new ArrayList<>();
            for (int i = 0; i < r.length(); i++) {
                Object v = r.get(i);
                row.add(v instanceof scala.collection.Seq<?> s ? new ArrayList<>(CollectionConverters.asJava(s)) : v);
            }
            if (table.equals(SparkTables.REJECTS)) row.set(0, name((String) row.get(0)));
            out.add(line(row, articles));
        }
        out.sort(null);
        return out;
    }

    private static String line(List<Object> row, boolean articles) {
        if (articles) row.set(1, name((String) row.get(1)));
        return row.toString();
    }

    private static String name(String origin) {
        return origin.substring(origin.lastIndexOf('/') + 1);
    }

    private static byte[] warc(String html) {
        byte[] http = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html).getBytes(StandardCharsets.UTF_8);
        String head = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://news.example/harbour-bridge\r\n"
                + "WARC-Date: 2019-03-29T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:6b1c1a5e-3a6f-4a59-9d55-1f0c2b6e7a11>\r\n"
                + "Content-Type: application/http; msgtype=response\r\nContent-Length: " + http.length + "\r\n\r\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(http);
        out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    private static byte[] gzip(byte[] b) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(out)) {
            gz.write(b);
        }
        return out.toByteArray();
    }
}
