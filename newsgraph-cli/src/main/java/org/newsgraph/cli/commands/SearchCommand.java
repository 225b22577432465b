package org.newsgraph.cli.commands;

import org.newsgraph.cli.Main;
import org.newsgraph.cli.OptionValues;
import org.newsgraph.cli.output.TableFormat;
import java.io.PrintWriter;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newsgraph.store.Search;
import org.newsgraph.store.SearchIndex;
import org.newsgraph.store.SearchQuery;
import org.newsgraph.store.SearchQueryException;
import org.newsgraph.store.Store;
import org.newsgraph.store.StoreException;
import org.newsgraph.store.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code newsgraph search}: full-text search over a store's articles, or over the content of their quotes,
 * best first, with the matched words marked «like this» in a snippet.
 *
 * <p>When the index lacks articles the tables hold (an ingest was killed, the index was deleted) and no
 * ingest is writing it, search first indexes them itself: the index is derived data, catching up is
 * exactly what the next ingest would do, and asking the user to run a command the program can run is
 * friction. While an ingest runs, the ingest owns the index and keeps it current; search then answers
 * from what is indexed and says how many articles are not searchable yet.
 */
@Command(name = "search", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        description = {"Search the articles of a store (or, with --quotes, what was said in them), best first.",
                "",
                "Query syntax: words (all must match), \"exact phrases\", AND, OR, NOT, -word (in a quoted query:"
                        + " 'trump -wall'), wildcards (plan*), and fields: headline:, text: for articles; speaker:, content:"
                        + " for quotes; published:[2019-01-01 TO 2019-03-31] for both. Matches are marked «like this»; the"
                        + " score is BM25, higher is better."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the search ran (even with no answer)", "1:the store could not be searched",
                "2:a usage mistake or a query that cannot be read"})
public final class SearchCommand extends StoreCommand {
    static final int SHORT_ID = 12;
    static final int SCORE_DECIMALS = 3;

    @Option(names = "--limit", paramLabel = "N", converter = OptionValues.SearchLimit.class,
            description = "The most answers to show, 1 to " + SearchQuery.MAX_LIMIT + ". Default: ${DEFAULT-VALUE}.")
    int limit = SearchQuery.DEFAULT_LIMIT;

    @Option(names = "--quotes", description = "Search the content of quotes (one answer per attribution) instead of articles.")
    boolean quotes;

    @Option(names = "--since", paramLabel = "DATE", converter = OptionValues.Since.class,
            description = "Only what was published on or after DATE: 2019-03-25, 2019-03 (from the month) or 2019 (from the year);"
                    + " undated articles are left out.")
    String since;

    @Option(names = {"-f", "--format"}, paramLabel = "table|csv|jsonl", converter = TableFormat.Converter.class,
            description = "table: aligned columns to read; csv: RFC 4180 with a header; jsonl: one JSON object per answer."
                    + " Default: table.")
    TableFormat format = TableFormat.TABLE;

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "The query; several arguments are joined with spaces.")
    List<String> words;

    @Override
    int run(Store store) {
        SearchQuery query = new SearchQuery(String.join(" ", words),
                quotes ? SearchQuery.Kind.QUOTES : SearchQuery.Kind.ARTICLES, limit, since);
        Table answers = searchIfUpToDate(store, query);
        if (answers == null) {
            bringIndexUpToDate(store, err());
            try (Search search = Search.open(store)) {
                answers = store.read(c -> search.search(c, query));
            }
        }
        // Scores are BM25 rounded to 3 decimals: printed so in a table and in CSV, numbers in JSON.
        Table shown = format == TableFormat.JSONL ? answers : TableFormat.fixed(answers, "score", SCORE_DECIMALS);
        format.print(format == TableFormat.TABLE ? shortIds(shown) : shown, out(), main.terminal().columns());
        return Main.OK;
    }

    /**
     * For a person reading a terminal, ids cut to their first {@value #SHORT_ID} characters (enough to find
     * the row: {@code WHERE id LIKE '3f2a…%'}), leaving the width to the headline and the snippet; CSV and
     * JSON keep them whole.
     */
    static Table shortIds(Table t) {
        List<List<Object>> rows = new java.util.ArrayList<>();
        for (List<Object> row : t.rows()) {
            List<Object> r = new java.util.ArrayList<>(row);
            for (int i = 0; i < r.size(); i++) {
                String column = t.columns().get(i);
                if (r.get(i) instanceof String id && (column.equals("article_id") || column.equals("attribution_id"))) {
                    int colon = id.lastIndexOf(':');
                    String article = colon < 0 ? id : id.substring(0, colon);
                    if (article.length() > SHORT_ID) r.set(i, article.substring(0, SHORT_ID) + "…" + (colon < 0 ? "" : id.substring(colon)));
                }
            }
            rows.add(r);
        }
        return new Table(t.columns(), rows);
    }

    /**
     * The answers, if the index is there and covers the tables; else null. One read of the database for
     * both (opening a big DuckDB file is most of a search's time), and no write lock on the index, which
     * an ingest starting meanwhile would be refused.
     */
    private static Table searchIfUpToDate(Store store, SearchQuery query) {
        try (Search search = Search.open(store)) {
            return store.read(c -> {
                try (Statement s = c.createStatement();
                     ResultSet r = s.executeQuery("SELECT count(*) FROM articles WHERE seq > " + search.indexedSeq())) {
                    r.next();
                    if (r.getLong(1) > 0) return null;
                }
                return search.search(c, query);
            });
        } catch (SearchQueryException e) {
            throw e;
        } catch (StoreException e) {
            return null; // no index, or another format: the slow path repairs it, or says what is wrong
        }
    }

    /** Indexes what the tables hold beyond the index, unless an ingest is writing it; see the class comment. */
    static void bringIndexUpToDate(Store store, PrintWriter err) {
        Optional<SearchIndex> writable;
        try {
            writable = SearchIndex.tryOpenForWriting(store);
        } catch (StoreException e) {
            // A read-only store can still be searched, as far as it is indexed.
            err.println("newsgraph: note: cannot update the search index (" + e.getMessage() + "); searching what it holds");
            return;
        }
        if (writable.isEmpty()) {
            long behind = articlesPast(store, Search.open(store));
            if (behind > 0) {
                err.println(String.format(Locale.ROOT, "newsgraph: note: an ingest is indexing; its %,d newest article%s not searchable yet",
                        behind, behind == 1 ? " is" : "s are"));
            }
            return;
        }
        try (SearchIndex index = writable.get()) {
            long behind = articlesPast(store, index.indexedSeq());
            if (behind == 0) return;
            err.println(String.format(Locale.ROOT, "newsgraph: the search index lacks %,d article%s of the store"
                    + " (an interrupted ingest, or a removed index); indexing %s first", behind, behind == 1 ? "" : "s",
                    behind == 1 ? "it" : "them"));
            err.flush();
            index.catchUp();
        }
    }

    private static long articlesPast(Store store, Search search) {
        try (search) {
            return articlesPast(store, search.indexedSeq());
        }
    }

    static long articlesPast(Store store, long seq) {
        return store.read(c -> {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM articles WHERE seq > " + seq)) {
                r.next();
                return r.getLong(1);
            }
        });
    }
}
