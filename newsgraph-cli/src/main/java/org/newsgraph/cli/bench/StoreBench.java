package org.newsgraph.cli.bench;

import org.newsgraph.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.newsgraph.document.Article;
import org.newsgraph.document.Document;
import org.newsgraph.document.LayerKey;
import org.newsgraph.nlp.Analyzer;
import org.newsgraph.store.Search;
import org.newsgraph.store.SearchIndex;
import org.newsgraph.store.SearchQuery;
import org.newsgraph.store.Store;
import org.newsgraph.store.StoreWriter;
import org.newsgraph.store.query.Quotes;

/**
 * {@code newsgraph bench --store DIR}: how fast a big store answers. Analyzes the given articles once,
 * fills DIR with {@code --store-articles} copies of them under new ids ({@code bench-0}, {@code bench-1}, …;
 * an existing bench store of that size is reused), then times {@code quotes --speaker} for the store's
 * most quoted speakers and {@code search} for words and phrases of the articles, with one read-only
 * connection and one index reader held open, as a server holds them. Reports p50/p95/p99 in ms, and
 * the store's size on disk beside the text it holds.
 */
public final class StoreBench {
    private static final int BATCH = 2_000;

    private StoreBench() {}

    static int run(Path dir, int copies, List<Article> articles, Analyzer analyzer, int threads, int rounds,
                   PrintWriter out, PrintWriter err) throws Exception {
        Store store = prepare(dir, copies, articles, analyzer, threads, err);
        long textBytes = store.read(c -> single(c, "SELECT sum(strlen(text)) FROM articles"));
        long articleCount = store.read(c -> single(c, "SELECT count(*) FROM articles"));
        long attributionCount = store.read(c -> single(c, "SELECT count(*) FROM attributions"));
        List<String> speakers = store.read(c -> topSpeakers(c, 20));
        List<String> queries = searchQueries(articles);
        note(err, "timing queries…");
        Latencies quotes;
        Latencies search;
        Latencies quoteSearch;
        try (Connection c = store.openReadOnly(); Search searcher = Search.open(store)) {
            quotes = Latencies.measure(speakers, rounds, s -> Quotes.find(c, new Quotes.Query(s, null, null, 20)));
            search = Latencies.measure(queries, rounds, q -> searcher.search(c, SearchQuery.articles(q)));
            quoteSearch = Latencies.measure(queries, rounds, q -> searcher.search(c, SearchQuery.quotes(q)));
        }
        long size = sizeOf(dir);
        out.printf(Locale.ROOT, "newsgraph bench --store: %,d articles (%,d attributions), %.1f MB of text, in %s%n%n",
                articleCount, attributionCount, textBytes / 1e6, dir);
        out.println(Latencies.header());
        out.println(quotes.row("quotes --speaker (" + speakers.size() + " speakers)"));
        out.println(search.row("search (" + queries.size() + " queries)"));
        out.println(quoteSearch.row("search --quotes (" + queries.size() + " queries)"));
        out.println();
        out.printf(Locale.ROOT, "store on disk: %.1f MB = %.2f× the text it holds (tables %.1f MB, index %.1f MB)%n",
                size / 1e6, size / (double) textBytes, (size - sizeOf(store.indexDir())) / 1e6, sizeOf(store.indexDir()) / 1e6);
        out.printf(Locale.ROOT, "each query: one untimed round, then %d rounds; one read-only connection and one index reader held open.%n", rounds);
        out.flush();
        return Main.OK;
    }

    private static Store prepare(Path dir, int copies, List<Article> articles, Analyzer analyzer, int threads,
                                 PrintWriter err) throws Exception {
        if (Files.exists(dir.resolve(Store.DB_FILE))) {
            Store store = Store.open(dir);
            long have = store.read(c -> single(c, "SELECT count(*) FROM articles"));
            if (have == copies) {
                note(err, String.format(Locale.ROOT, "reusing the store in %s (%,d articles)", dir, have));
                return store;
            }
            throw new IllegalArgumentException(dir + " holds " + have + " articles, not " + copies + "; give a new directory");
        }
        note(err, String.format(Locale.ROOT, "analyzing %d articles on %d threads…", articles.size(), threads));
        List<Document> docs = analyzeAll(analyzer, articles, threads);
        Store store = Store.create(dir);
        StoreWriter writer = new StoreWriter(store);
        long t0 = System.nanoTime();
        List<Document> batch = new ArrayList<>(BATCH);
        for (int i = 0; i < copies; i++) {
            batch.add(copy(docs.get(i % docs.size()), "bench-" + i));
            if (batch.size() == BATCH || i == copies - 1) {
                writer.write(batch);
                batch.clear();
                note(err, String.format(Locale.ROOT, "%,d of %,d articles written (%.0f s)", i + 1, copies, (System.nanoTime() - t0) / 1e9));
            }
        }
        note(err, "indexing…");
        try (SearchIndex index = SearchIndex.openForWriting(store)) {
            index.catchUp();
        }
        note(err, String.format(Locale.ROOT, "store built in %.0f s", (System.nanoTime() - t0) / 1e9));
        return store;
    }

    private static List<Document> analyzeAll(Analyzer analyzer, List<Article> articles, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Document>> fs = new ArrayList<>();
            for (Article a : articles) fs.add(pool.submit(() -> analyzer.analyze(a)));
            List<Document> docs = new ArrayList<>();
            for (Future<Document> f : fs) docs.add(f.get());
            return docs;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The same analysis under another id: what a store of many distinct articles costs to query. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static Document copy(Document d, String id) {
        Document out = Document.of(d.article().toBuilder().id(id).build());
        for (LayerKey key : d.layers()) out = out.with(key, d.get(key));
        return out;
    }

    /** The most quoted speakers' names, as a desk would ask for them. */
    private static List<String> topSpeakers(Connection c, int n) throws java.sql.SQLException {
        List<String> names = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT e.name FROM attributions a JOIN entities e ON e.key = a.source_entity_key "
                        + "WHERE e.type = 'PERSON' GROUP BY e.name ORDER BY count(*) DESC, e.name LIMIT " + n)) {
            while (r.next()) names.add(r.getString(1));
        }
        return names;
    }

    /**
     * Words and two-word phrases taken at fixed places in the articles: common and rare terms alike,
     * the same on every run.
     */
    static List<String> searchQueries(List<Article> articles) {
        List<String> q = new ArrayList<>();
        for (int i = 0; q.size() < 30 && i < articles.size(); i += Math.max(1, articles.size() / 30)) {
            String[] words = articles.get(i).text().split("\\s+");
            List<String> real = Stream.of(words).filter(w -> w.matches("\\p{L}{4,}")).toList();
            if (real.size() < 12) continue;
            int k = q.size();
            String phrase = k % 3 == 2 ? phrase(words, words.length / 2) : null;
            q.add(phrase != null ? phrase : real.get((k * 7) % real.size()));
        }
        return q;
    }

    /** Two adjacent words of letters from position {@code from} on, quoted; null if there are none. */
    private static String phrase(String[] words, int from) {
        for (int i = from; i + 1 < words.length; i++) {
            if (words[i].matches("\\p{L}{3,}") && words[i + 1].matches("\\p{L}{3,}")) {
                return "\"" + words[i] + " " + words[i + 1] + "\"";
            }
        }
        return null;
    }

    private static long single(Connection c, String sql) throws java.sql.SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static long sizeOf(Path p) throws IOException {
        if (!Files.exists(p)) return 0;
        try (Stream<Path> files = Files.walk(p)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static void note(PrintWriter err, String s) {
        err.println("bench: " + s);
        err.flush();
    }
}
