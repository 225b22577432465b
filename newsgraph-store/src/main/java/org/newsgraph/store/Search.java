package org.newsgraph.store;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
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
import org.newsgraph.span.Span;
import org.newsgraph.span.Spans;
import org.newsgraph.store.SearchFields.SpanList;

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
    /**
     * What never changes once stored, kept for the searches to come: an article's date and headline, and
     * a snippet, which depends only on the query and the article's text. Highlighting analyses the text
     * again and was 40 % of a search's time; reading a headline cost a query per answer.
     */
    private final Caches<String, ArticleRow> rowsKept = Caches.weighing(8L << 20, ArticleRow::weight);
    private final Caches<String, Snippet> snippetsKept = Caches.weighing(16L << 20, Snippet::weight);

    private record Snippet(String text) {
        long weight() {
            return 100 + (text == null ? 0 : 2L * text.length());
        }
    }

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
            Search search = new Search(store, directory, new SearcherManager(directory, null));
            if (!SearchFields.FORMAT.equals(search.commitValue(SearchIndex::formatOf))) {
                search.close();
                throw new StoreException("the search index of " + store.dir() + " was made by another version of newsgraph;"
                        + " rebuild it with: newsgraph reindex --db " + store.dir());
            }
            return search;
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
        return commitValue(SearchIndex::seqOf);
    }

    private <T> T commitValue(java.util.function.Function<Iterable<Map.Entry<String, String>>, T> read) {
        try {
            searchers.maybeRefresh();
            IndexSearcher s = searchers.acquire();
            try {
                return read.apply(((DirectoryReader) s.getIndexReader()).getIndexCommit().getUserData().entrySet());
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw SearchIndex.failure("cannot read the search index", store, e);
        }
    }

    /**
     * The best answers to {@code query}, best first, as a table of {@link #ARTICLE_COLUMNS} or
     * {@link #QUOTE_COLUMNS}; {@code score} is Lucene's BM25 score rounded to 3 decimals (higher is
     * better, comparable only within one search). {@code c} reads the tables (a connection from {@link Store#read} or
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
        List<Hit> hits = new ArrayList<>();
        // Snippets already made for this query: their articles' texts need not be read again.
        Map<String, Snippet> made = new HashMap<>();
        try {
            searchers.maybeRefresh();
            IndexSearcher s = searchers.acquire();
            try {
                TopDocs top = s.search(b.build(), query.limit());
                hits.addAll(hits(s, top.scoreDocs, !articles, id -> {
                    Snippet kept = snippetsKept.getIfPresent(snippetKey(user, id));
                    if (kept != null) made.put(id, kept);
                    return kept == null;
                }));
            } catch (IndexSearcher.TooManyClauses e) {
                // Counted over the rewritten query (a word looked up in two fields is two clauses), so only here.
                throw new SearchQueryException(QuerySyntax.tooLong(query.text()));
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw SearchIndex.failure("cannot read the search index", store, e);
        }
        Map<String, ArticleRow> rows;
        try {
            rows = hits.isEmpty() ? Map.of() : articleRows(c, hits, made.keySet());
        } catch (SQLException e) {
            throw store.translate(e, "reading");
        }
        List<List<Object>> out = new ArrayList<>();
        for (Hit h : hits) {
            ArticleRow a = rows.get(h.articleId());
            if (a == null) continue;
            if (articles) {
                Snippet kept = made.get(h.articleId());
                String snippet = kept != null ? kept.text() : snippet(user, h.articleId(), () -> snippets.passages(SearchFields.TEXT, user, a.text()));
                out.add(Arrays.asList(h.score(), a.published(), a.headline(), snippet, h.articleId()));
            } else {
                List<Span> source = SpanList.parse(h.sourceSpans());
                String content = Spans.join(a.text(), SpanList.parse(h.contentSpans()));
                String snippet = snippet(user, h.articleId() + ":" + h.attribution(), () -> snippets.whole(SearchFields.CONTENT, user, content));
                out.add(Arrays.asList(h.score(), a.published(), source.isEmpty() ? null : Spans.join(a.text(), source),
                        snippet, h.speakerKey(), h.articleId() + ":" + h.attribution(), h.articleId()));
            }
        }
        return new Table(articles ? ARTICLE_COLUMNS : QUOTE_COLUMNS, out);
    }

    /**
     * The answers' doc values, in score order. Doc values are read forward, leaf by leaf, so the answers
     * are visited in doc id order.
     */
    private static List<Hit> hits(IndexSearcher s, ScoreDoc[] scored, boolean quotes,
                                  java.util.function.Predicate<String> textWanted) throws IOException {
        ScoreDoc[] byDoc = scored.clone();
        Arrays.sort(byDoc, Comparator.comparingInt(d -> d.doc));
        List<LeafReaderContext> leaves = s.getIndexReader().leaves();
        Map<Integer, Hit> found = new HashMap<>();
        StoredFields stored = quotes ? null : s.storedFields();
        int leafIndex = -1;
        SortedDocValues ids = null;
        BinaryDocValues info = null;
        for (ScoreDoc d : byDoc) {
            int i = ReaderUtil.subIndex(d.doc, leaves);
            LeafReaderContext leaf = leaves.get(i);
            if (i != leafIndex) {
                leafIndex = i;
                ids = leaf.reader().getSortedDocValues(SearchFields.ID);
                info = quotes ? leaf.reader().getBinaryDocValues(SearchFields.QUOTE_INFO) : null;
            }
            int doc = d.doc - leaf.docBase;
            if (ids == null || !ids.advanceExact(doc)) continue;
            String articleId = ids.lookupOrd(ids.ordValue()).utf8ToString();
            // An article answer brings its stored text for a snippet not made yet; see SearchFields.SOURCE_TEXT.
            String text = stored == null || !textWanted.test(articleId) ? null
                    : stored.document(d.doc, Set.of(SearchFields.SOURCE_TEXT)).get(SearchFields.SOURCE_TEXT);
            String[] q = info != null && info.advanceExact(doc) ? info.binaryValue().utf8ToString().split("\t", -1) : null;
            found.put(d.doc, new Hit(articleId, Math.round(d.score * 1000) / 1000.0, q == null ? null : q[0], q == null ? null : q[1],
                    q == null ? null : q[2], q == null || q[3].isEmpty() ? null : q[3], text));
        }
        List<Hit> out = new ArrayList<>();
        for (ScoreDoc d : scored) {
            Hit h = found.get(d.doc);
            if (h != null) out.add(h);
        }
        return out;
    }

    /**
     * The text of the article stored with {@code seq}, as the index holds it, or empty when the index does
     * not have it (yet). One point lookup and one stored-fields block.
     */
    public Optional<String> articleText(long seq) {
        Query q = new BooleanQuery.Builder()
                .add(LongPoint.newExactQuery(SearchFields.SEQ_POINT, seq), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(SearchFields.KIND, SearchFields.ARTICLE)), BooleanClause.Occur.FILTER)
                .build();
        try {
            searchers.maybeRefresh();
            IndexSearcher s = searchers.acquire();
            try {
                TopDocs top = s.search(q, 1);
                if (top.scoreDocs.length == 0) return Optional.empty();
                return Optional.ofNullable(s.storedFields().document(top.scoreDocs[0].doc, Set.of(SearchFields.SOURCE_TEXT))
                        .get(SearchFields.SOURCE_TEXT));
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw SearchIndex.failure("cannot read the search index", store, e);
        }
    }

    /** The snippet of {@code query} in one article or quote, made once. The query's text form is all it depends on. */
    private String snippet(Query query, String of, java.util.function.Supplier<String> make) {
        return snippetsKept.get(snippetKey(query, of), k -> new Snippet(make.get())).text();
    }

    private static String snippetKey(Query query, String of) {
        return query + "\u0000" + of;
    }

    /** What the index says of one answer: the article's id, and for a quote where it is in the article. */
    private record Hit(String articleId, double score, String attribution, String contentSpans, String sourceSpans, String speakerKey,
                       String text) {}

    private record ArticleRow(String published, String headline, String text) {
        ArticleRow withoutText() {
            return new ArticleRow(published, headline, null);
        }

        long weight() {
            return 100 + 2L * (headline == null ? 0 : headline.length());
        }
    }

    /**
     * The rows of the articles {@code ids}, their texts left out for {@code textless} (their snippets are made). One equality per id, each a lookup in the primary key's index,
     * so the cost does not grow with the store. Not {@code id IN (…)}: DuckDB (1.5) turns a list of more
     * than a few values into a join over the whole table, reading every article's text; nor a prepared
     * parameter, which DuckDB does not look up through the index. The ids are inlined as SQL literals,
     * quotes doubled (they come from our own index, but a literal is a literal).
     */
    private Map<String, ArticleRow> articleRows(Connection c, List<Hit> hits, java.util.Set<String> textless) throws SQLException {
        Map<String, String> texts = new HashMap<>();
        for (Hit h : hits) if (h.text() != null) texts.put(h.articleId(), h.text());
        Map<String, ArticleRow> byId = new HashMap<>();
        StringBuilder sql = new StringBuilder();
        for (String id : hits.stream().map(Hit::articleId).distinct().toList()) {
            boolean needsText = !texts.containsKey(id) && !textless.contains(id);
            ArticleRow kept = rowsKept.getIfPresent(id);
            if (kept != null && !needsText) {
                byId.put(id, new ArticleRow(kept.published(), kept.headline(), texts.get(id)));
                continue;
            }
            if (sql.length() > 0) sql.append(" UNION ALL ");
            // The text from the tables only when the index did not hand it over (quotes; an older index) and
            // a snippet needs it.
            sql.append("SELECT id, published, headline, ").append(needsText ? "text" : "NULL")
                    .append(" FROM articles WHERE id = '").append(id.replace("'", "''")).append('\'');
        }
        if (sql.length() == 0) return byId;
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql.toString())) {
            while (r.next()) {
                String text = r.getString(4) != null ? r.getString(4) : texts.get(r.getString(1));
                ArticleRow row = new ArticleRow(r.getString(2), r.getString(3), text);
                byId.put(r.getString(1), row);
                rowsKept.put(r.getString(1), row.withoutText());
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
