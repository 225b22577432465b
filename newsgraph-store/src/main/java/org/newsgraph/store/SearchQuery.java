package org.newsgraph.store;

import java.util.Objects;

/**
 * One search: the query in Lucene's classic syntax, what to look for, how many answers at most, and
 * optionally the earliest publication date. A query that cannot be read is refused when the record is
 * made, with a {@link SearchQueryException}.
 *
 * @param text  the query: words (all must match), "exact phrases", AND/OR/NOT, field prefixes
 *              (articles: {@code headline:}, {@code text:}; quotes: {@code speaker:}, {@code content:};
 *              both: {@code published:[2018-01-01 TO 2018-06-30]})
 * @param kind  articles, or quotes (one answer per attribution)
 * @param limit the most answers, 1 to {@value #MAX_LIMIT}
 * @param since an ISO date ({@code 2018-03-01}) or a prefix of one ({@code 2018-03}, {@code 2018}), a real
 *              date ({@link DatePrefix}); answers published on or after it. Null for no bound; articles with no date are then included.
 */
public record SearchQuery(String text, Kind kind, int limit, String since) {
    public static final int MAX_LIMIT = 10_000;
    public static final int DEFAULT_LIMIT = 10;

    public enum Kind { ARTICLES, QUOTES }

    public SearchQuery {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        if (text.isBlank()) throw new SearchQueryException("the query is empty; give words to search for");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new SearchQueryException("the limit " + limit + " is out of range; give 1 to " + MAX_LIMIT);
        }
        if (since != null) DatePrefix.problem(since).ifPresent(problem -> {
            throw new SearchQueryException(problem);
        });
        SearchFields.parse(text, kind); // a query that cannot be read is refused here, before any work
    }

    /** The ten best articles for {@code text}. */
    public static SearchQuery articles(String text) {
        return new SearchQuery(text, Kind.ARTICLES, DEFAULT_LIMIT, null);
    }

    /** The ten best quotes for {@code text}. */
    public static SearchQuery quotes(String text) {
        return new SearchQuery(text, Kind.QUOTES, DEFAULT_LIMIT, null);
    }

    public SearchQuery withLimit(int limit) {
        return new SearchQuery(text, kind, limit, since);
    }

    public SearchQuery withSince(String since) {
        return new SearchQuery(text, kind, limit, since);
    }
}
