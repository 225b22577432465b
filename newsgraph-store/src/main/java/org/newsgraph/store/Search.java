package org.newsgraph.store;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Answers full-text searches over a store: the ids and BM25 scores come from the Lucene index, the
 * headlines, dates, speakers and the text the snippets are cut from come from the tables. Open it once
 * and keep it (a server, a benchmark): each search first picks up what the index committed since, so a
 * long-lived reader sees an ingest's new articles.
 *
 * <p>Thread-safe: searches may run concurrently, each with its own connection.
 */
public final class Search implements AutoCloseable {
    /** The columns of an article search, in order. */
    public static final List<String> ARTICLE_COLUMNS = List.of("score", "published", "headline", "snippet", "article_id");
    /** The columns of a quote search, in order. {@code content} is the whole content, matches marked. */
    public static final List<String> QUOTE_COLUMNS =
            List.of("score", "published", "speaker", "content", "speaker_key", "attribution_id", "article_id");

    private final Store store;
    private final Directory directory;
    private final SearcherManager searchers;
    private final Snippets snippets = new Snippets();

    private Search(Store store, Directory directory, SearcherManager searchers) {
        this.store = store;
        this.directory = directory;
        this.searchers = searchers;
    }

    /**
     * Opens the index of {@code store} for reading.
     *
     * @throws StoreException if the store has no index yet (run {@code newsgraph reindex}) or it cannot be read
     */
    public static Search open(Store store) {
        Directory directory = null;
        try {
            directory = FSDirectory.open(store.indexDir());
            if (!DirectoryReader.indexExists(directory)) {
                directory.close();
                throw new StoreException("the store " + store.dir() + " has no search index; make it with: newsgraph reindex --db "
                        + store.dir());
            }
            return new Search(store, directory, new SearcherManager(directory, null));
        } catch (IOException e) {
            if (directory != null) {
                try {
                    directory.close();
                } catch (IOException ignored) {
                    // The failure to open is what to report.
                }
            }
            throw SearchIndex.failure("cannot read the search index", store, e);
        }
    }

    /** The last {@code articles.seq} the index covered when it was last looked at (0 for an empty index). */
    public long indexedSeq() {
        try {
            searchers.maybeRefresh();
            IndexSearcher s = searchers.acquire();
            try {
                return SearchIndex.seqOf(((DirectoryReader) s.getIndexReader()).getIndexCommit().getUserData().entrySet());
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw SearchIndex.failure("cannot read the search index", store, e);
        }
    }

    /**
     * The best answers to {@code query}, best first, as a table of {@link #ARTICLE_COLUMNS} or
     * {@link #QUOTE_COLUMNS}; {@code score} is Lucene's BM25 score (higher is better, comparable only
     * within one search). {@code c} reads the tables (a connection from {@link Store#read} or
     * {@link Store#openReadOnly}); an answer whose row the tables no longer hold is left out.
     *
     * @throws SearchQueryException if the query cannot be read
     */
    public Table search(Connection c, SearchQuery query) {
        Query user = SearchFields.parse(query.text(), query.kind());
        boolean articles = query.kind() == SearchQuery.Kind.ARTICLES;
        BooleanQuery.Builder b = new BooleanQuery.Builder()
                .add(user, BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(SearchFields.KIND, articles ? SearchFields.ARTICLE : SearchFields.QUOTE)),
                        BooleanClause.Occur.FILTER);
        if (query.since() != null) {
            b.add(TermRangeQuery.newStringRange(SearchFields.PUBLISHED, query.since(), null, true, true), BooleanClause.Occur.FILTER);
        }
        List<String> ids = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        try {
            searchers.maybeRefresh();
            IndexSearcher s = searchers.acquire();
            try {
                TopDocs top = s.search(b.build(), query.limit());
                var stored = s.storedFields();
                for (ScoreDoc d : top.scoreDocs) {
                    ids.add(stored.document(d.doc, java.util.Set.of(SearchFields.ID)).get(SearchFields.ID));
                    scores.add(Math.round(d.score * 1000) / 1000.0);
                }
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw SearchIndex.failure("cannot read the search index", store, e);
        }
        if (ids.isEmpty()) return new Table(articles ? ARTICLE_COLUMNS : QUOTE_COLUMNS, List.of());
        try {
            return articles ? articleRows(c, user, ids, scores) : quoteRows(c, user, ids, scores);
        } catch (SQLException e) {
            throw store.translate(e, "reading");
        }
    }

    private Table articleRows(Connection c, Query user, List<String> ids, List<Double> scores) throws SQLException {
        Map<String, List<Object>> byId = rowsById(c, "SELECT id, published, headline, text FROM articles WHERE id IN (%s)", ids);
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            List<Object> r = byId.get(ids.get(i));
            if (r == null) continue;
            String snippet = snippets.passages(SearchFields.TEXT, user, (String) r.get(3));
            rows.add(java.util.Arrays.asList(scores.get(i), r.get(1), r.get(2), snippet, ids.get(i)));
        }
        return new Table(ARTICLE_COLUMNS, rows);
    }

    private Table quoteRows(Connection c, Query user, List<String> ids, List<Double> scores) throws SQLException {
        Map<String, List<Object>> byId = rowsById(c, """
                SELECT t.id, a.published, t.source_text, t.content_text, t.source_entity_key, t.article_id
                FROM attributions t JOIN articles a ON a.id = t.article_id WHERE t.id IN (%s)""", ids);
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            List<Object> r = byId.get(ids.get(i));
            if (r == null) continue;
            String content = snippets.whole(SearchFields.CONTENT, user, (String) r.get(3));
            rows.add(java.util.Arrays.asList(scores.get(i), r.get(1), r.get(2), content, r.get(4), ids.get(i), r.get(5)));
        }
        return new Table(QUOTE_COLUMNS, rows);
    }

    /** Rows keyed by their first column; {@code sql} has one %s for the placeholders of {@code ids}. */
    private static Map<String, List<Object>> rowsById(Connection c, String sql, List<String> ids) throws SQLException {
        String marks = String.join(", ", java.util.Collections.nCopies(ids.size(), "?"));
        Map<String, List<Object>> byId = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(String.format(sql, marks))) {
            for (int i = 0; i < ids.size(); i++) ps.setString(i + 1, ids.get(i));
            try (ResultSet r = ps.executeQuery()) {
                int n = r.getMetaData().getColumnCount();
                while (r.next()) {
                    List<Object> row = new ArrayList<>(n);
                    for (int i = 1; i <= n; i++) row.add(Table.plain(r.getObject(i)));
                    byId.put(r.getString(1), row);
                }
            }
        }
        return byId;
    }

    @Override
    public void close() {
        try {
            searchers.close();
            directory.close();
        } catch (IOException e) {
            throw SearchIndex.failure("cannot close the search index", store, e);
        }
    }
}
