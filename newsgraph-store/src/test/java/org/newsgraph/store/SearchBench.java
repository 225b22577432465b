package org.newsgraph.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.newsgraph.attribution.Attribution;
import org.newsgraph.attribution.Part;
import org.newsgraph.document.Article;
import org.newsgraph.document.ContentHash;
import org.newsgraph.document.Document;
import org.newsgraph.document.Layers;
import org.newsgraph.span.Span;

/**
 * Search latency on a big store, run by hand (not a test: it takes minutes and its numbers depend on the
 * machine):
 *
 * <pre>
 * java -cp ... org.newsgraph.store.SearchBench TRAIN.jsonl STORE_DIR [ARTICLES]
 * </pre>
 *
 * Builds (once; a second run reuses it) a store of ARTICLES (default 100,000) articles by replicating the
 * texts of a PolNeAR-style JSONL file under new ids, with its gold attributions as the attribution layer
 * (no entities), indexes what the index lacks (delete DIR/index to time a full build), then times each query with the reader and the connection held open, as a
 * server or the bench command would: p50 and p99 over repeated runs. The data is read at run time and
 * nothing of it is kept in the project.
 */
final class SearchBench {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BATCH = 1_000;
    private static final int WARMUP = 30;
    private static final int RUNS = 200;

    private SearchBench() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: SearchBench TRAIN.jsonl STORE_DIR [ARTICLES]");
            System.exit(2);
        }
        Path train = Path.of(args[0]);
        Path dir = Path.of(args[1]);
        int articles = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
        Store store = Store.create(dir);
        build(store, read(train), articles);
        long start = System.nanoTime();
        long indexed;
        try (SearchIndex index = SearchIndex.openForWriting(store)) {
            indexed = index.catchUp(n -> {
                if (n % 10_000 == 0) System.err.printf(Locale.ROOT, "indexed %,d%n", n);
            });
        }
        System.out.printf(Locale.ROOT, "indexed %,d articles in %.1f s%n", indexed, (System.nanoTime() - start) / 1e9);
        sizes(store);

        List<SearchQuery> queries = List.of(
                SearchQuery.articles("president"),
                SearchQuery.articles("the"),
                SearchQuery.articles("\"White House\""),
                SearchQuery.articles("Touché"),
                SearchQuery.articles("trump clinton immigration"),
                SearchQuery.articles("\"the United States\" AND NOT china").withSince("2016"),
                SearchQuery.quotes("wall"),
                SearchQuery.quotes("speaker:trump \"the wall\""),
                SearchQuery.articles("president").withLimit(100));
        try (Search search = Search.open(store); Connection c = store.openReadOnly()) {
            System.out.printf(Locale.ROOT, "%-45s %5s %7s %7s %7s %8s %8s%n", "query (reader and connection held open)", "rows",
                    "p50 ms", "p99 ms", "max ms", "cpu p50", "cpu p99");
            for (SearchQuery q : queries) time(q, () -> search.search(c, q));
        }
        try (Search search = Search.open(store)) {
            System.out.printf(Locale.ROOT, "%-45s %5s %7s %7s %7s %8s %8s%n", "query (a connection opened per search)", "rows",
                    "p50 ms", "p99 ms", "max ms", "cpu p50", "cpu p99");
            for (SearchQuery q : queries.subList(0, 3)) time(q, () -> store.read(c -> search.search(c, q)));
        }
    }

    /**
     * Wall-clock p50/p99/max, and the same for the thread's CPU time: on a machine shared with other work
     * the wall clock measures the queue for a core as much as the search, the CPU time only the search.
     */
    private static void time(SearchQuery q, java.util.function.Supplier<Table> run) {
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        int rows = 0;
        for (int i = 0; i < WARMUP; i++) rows = run.get().size();
        double[] ms = new double[RUNS];
        double[] cpuMs = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long c = cpu.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            run.get();
            ms[i] = (System.nanoTime() - t) / 1e6;
            cpuMs[i] = (cpu.getCurrentThreadCpuTime() - c) / 1e6;
        }
        Arrays.sort(ms);
        Arrays.sort(cpuMs);
        int p99 = (int) Math.ceil(RUNS * 0.99) - 1;
        String label = (q.kind() == SearchQuery.Kind.QUOTES ? "quotes: " : "") + q.text()
                + (q.since() != null ? " since " + q.since() : "") + (q.limit() != 10 ? " limit " + q.limit() : "");
        System.out.printf(Locale.ROOT, "%-45s %5d %7.1f %7.1f %7.1f %8.1f %8.1f%n", label, rows, ms[RUNS / 2], ms[p99], ms[RUNS - 1],
                cpuMs[RUNS / 2], cpuMs[p99]);
    }

    private static void sizes(Store store) throws IOException {
        long text = store.read(c -> {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT sum(strlen(text)) FROM articles")) {
                r.next();
                return r.getLong(1);
            }
        });
        long index;
        try (Stream<Path> files = Files.walk(store.indexDir())) {
            index = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
        long db = Files.size(store.dir().resolve(Store.DB_FILE));
        System.out.printf(Locale.ROOT, "text %.1f MB, index %.1f MB (%.0f%% of text), database %.1f MB (%.0f%%)%n",
                text / 1e6, index / 1e6, 100.0 * index / text, db / 1e6, 100.0 * db / text);
    }

    /** The sample: text, title, date and gold attributions of each line. */
    private record Sample(String text, String title, String date, JsonNode quotes) {}

    private static List<Sample> read(Path train) throws IOException {
        List<Sample> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(train)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                JsonNode o = JSON.readTree(line);
                out.add(new Sample(o.get("text").asText(), o.path("title").asText(null), o.path("publication_date").asText(null),
                        o.path("quotes")));
            }
        }
        return out;
    }

    /**
     * One copy of the sample through {@link StoreWriter} (the rows an ingest writes), then copies of those
     * rows under new ids in SQL, ten copies per transaction: writing 100,000 articles through the writer
     * would take most of an hour and measure the writer, not search.
     */
    private static void build(Store store, List<Sample> samples, int articles) {
        long start = System.nanoTime();
        long have = count(store);
        if (have == 0) {
            StoreWriter writer = new StoreWriter(store);
            int first = Math.min(articles, samples.size());
            for (int i = 0; i < first; i += BATCH) {
                List<Document> batch = new ArrayList<>();
                for (int j = i; j < Math.min(first, i + BATCH); j++) batch.add(document(samples.get(j), j));
                writer.write(batch);
            }
            have = first;
        }
        int n = samples.size();
        while (have < articles) {
            long copy = have / n;
            long copies = Math.min(10, (articles - have + n - 1) / n);
            long limit = articles;
            store.write(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE TEMP TABLE copies AS SELECT k, " + copy + " + k AS c FROM range(" + copies + ") t(k)");
                    s.execute("INSERT INTO articles SELECT md5(c || ':' || id) || md5(id || ':' || c), seq + c * " + n + ", origin, url,"
                            + " headline, published, byline, editor, captions, body, text, ingested_at FROM articles, copies"
                            + " WHERE seq <= " + n + " AND seq + c * " + n + " <= " + limit);
                    s.execute("INSERT INTO attributions SELECT md5(c || ':' || a.id) || md5(a.id || ':' || c) || substr(t.id, length(a.id) + 1),"
                            + " md5(c || ':' || a.id) || md5(a.id || ':' || c), kind, source_text, source_entity_key, cue_text, content_text,"
                            + " spans, via_id, t.published, t.article_seq + c * " + n + " FROM attributions t JOIN articles a ON a.id = t.article_id, copies"
                            + " WHERE a.seq <= " + n + " AND a.seq + c * " + n + " <= " + limit);
                    s.execute("DROP TABLE copies");
                }
                return null;
            });
            have = count(store);
            System.err.printf(Locale.ROOT, "stored %,d%n", have);
        }
        System.out.printf(Locale.ROOT, "store of %,d articles ready in %.1f s%n", have, (System.nanoTime() - start) / 1e9);
    }

    private static long count(Store store) {
        return store.read(c -> {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM articles")) {
                r.next();
                return r.getLong(1);
            }
        });
    }

    private static Document document(Sample s, long copy) {
        Article a = Article.builder("bench#" + copy, s.text()).id(ContentHash.of(copy + "\n" + s.text()))
                .headline(s.title()).published(s.date()).build();
        List<Attribution> attributions = new ArrayList<>();
        for (JsonNode q : s.quotes()) {
            Part content = part(s.text(), q.path("content"));
            if (content == null) continue;
            attributions.add(new Attribution("a" + (attributions.size() + 1), Attribution.Kind.INDIRECT,
                    part(s.text(), q.path("source")), part(s.text(), q.path("cue")), content, null));
        }
        return Document.of(a).with(Layers.ATTRIBUTIONS, attributions);
    }

    private static Part part(String text, JsonNode p) {
        List<Span> spans = new ArrayList<>();
        for (JsonNode s : p.path("spans")) {
            int b = s.get(0).asInt();
            int e = s.get(1).asInt();
            if (b < 0 || e > text.length() || b >= e) return null;
            spans.add(Span.of(b, e));
        }
        return spans.isEmpty() ? null : Part.of(text, spans);
    }
}
