package org.newsgraph.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.BytesRef;
import org.newsgraph.span.Span;
import org.newsgraph.span.Spans;

/**
 * What the search index holds and how text becomes terms, shared by the writer ({@link SearchIndex}) and
 * the reader ({@link Search}) so both analyze alike.
 *
 * <p>Two kinds of Lucene document: an article (fields {@code headline}, {@code text}) and a quote, one per
 * attribution ({@code content}, {@code speaker}); both have the article's {@code id} (a doc value), its
 * {@code seq} (a point) and {@code published}. Text is indexed with positions (phrases work) but not
 * stored: the tables hold it, and storing it twice would break the store's size budget (at most 3× the
 * input text). Snippets are made from the tables' text at query time.
 *
 * <p>No field holds a unique key per document: 2.5 million random 64-character ids (100,000 articles and
 * their quotes) would be the biggest part of the index. A replay deletes the documents of the seq range
 * it indexes before adding them again, which gives the same never-twice guarantee.
 *
 * <p>Terms are words as written, lower-cased, accents folded ("Pérez" finds "Perez"), possessive 's
 * dropped; no stemming and no stop words, so a quoted phrase matches exactly those words in that order
 * and a highlight marks exactly what was asked for.
 */
final class SearchFields {
    /** The article's id (doc values only): the row to read from the tables. */
    static final String ID = "id";
    /** The article's seq (indexed as a point): what a replay deletes before it adds again. */
    static final String SEQ_POINT = "seq";
    /** A quote's local id, content spans, source spans and source key, tab-separated (binary doc values). */
    static final String QUOTE_INFO = "quote";
    static final String KIND = "kind";
    static final String PUBLISHED = "published";
    static final String HEADLINE = "headline";
    static final String TEXT = "text";
    static final String CONTENT = "content";
    static final String SPEAKER = "speaker";
    static final String ARTICLE = "article";
    static final String QUOTE = "quote";
    /** The commit user data key holding the last {@code articles.seq} the index covers. */
    static final String SEQ = "newsgraph.seq";
    /** The commit user data key holding {@link #FORMAT}. */
    static final String FORMAT_KEY = "newsgraph.format";
    /** Bumped whenever the fields change; an index of another format is rebuilt, never misread. */
    static final String FORMAT = "4";
    /**
     * An article's text, stored (LZ4, Lucene's default) to cut snippets from. The tables hold it too, but
     * DuckDB keeps long texts ZSTD-compressed a vector of 2,048 rows at a time, so reading one article's
     * text there decompresses some 9 MB: 4.5 ms an answer, 45 of the 100 ms a search of ten answers may
     * take on a 100,000-article store. Here one answer's text costs one deflated block (see SearchIndex).
     */
    static final String SOURCE_TEXT = "source_text";

    /** Fields a user may name in a query, per kind of search. */
    static final Set<String> ARTICLE_FIELDS = Set.of(HEADLINE, TEXT, PUBLISHED);
    static final Set<String> QUOTE_FIELDS = Set.of(CONTENT, SPEAKER, PUBLISHED);

    static final Analyzer ANALYZER = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream t = new EnglishPossessiveFilter(source);
            t = new LowerCaseFilter(t);
            t = new ASCIIFoldingFilter(t);
            return new TokenStreamComponents(source, t);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }

        /** Two values of one field (two names of a speaker) never make a phrase together. */
        @Override
        public int getPositionIncrementGap(String fieldName) {
            return 100;
        }
    };

    private SearchFields() {}

    static Document article(long seq, String id, String headline, String published, String text) {
        Document d = common(seq, id, ARTICLE, published);
        if (headline != null) d.add(new TextField(HEADLINE, headline, Field.Store.NO));
        d.add(new TextField(TEXT, text, Field.Store.NO));
        d.add(new StoredField(SOURCE_TEXT, text));
        return d;
    }

    /**
     * A quote of the article {@code articleId}: its content, and as {@code speaker} the source as written
     * and the name behind its entity key ({@code person:maria-zakharova} → "maria zakharova"), so
     * "speaker:zakharova" finds the quotes of "she" when the analysis knew who she was. Kept as doc values
     * (read in microseconds for the ten answers shown, where stored fields decompress a whole block per
     * answer): the article's id, the attribution's local id, the spans of its content and source in the
     * article text and the source's entity key: enough to show it from the article row alone (the attributions table
     * has no index to find one row quickly; the articles table has its primary key).
     */
    static Document quote(long seq, String articleId, String localId, String published, List<Span> content,
                          List<Span> source, String sourceText, String sourceKey, String articleText) {
        Document d = common(seq, articleId, QUOTE, published);
        d.add(new BinaryDocValuesField(QUOTE_INFO, new BytesRef(String.join("\t", localId, SpanList.format(content),
                SpanList.format(source), sourceKey == null ? "" : sourceKey))));
        d.add(new TextField(CONTENT, Spans.join(articleText, content), Field.Store.NO));
        if (sourceText != null) d.add(new TextField(SPEAKER, sourceText, Field.Store.NO));
        if (sourceKey != null) {
            int colon = sourceKey.indexOf(':');
            d.add(new TextField(SPEAKER, sourceKey.substring(colon + 1).replace('-', ' '), Field.Store.NO));
        }
        return d;
    }

    private static Document common(long seq, String articleId, String kind, String published) {
        Document d = new Document();
        d.add(new LongPoint(SEQ_POINT, seq));
        d.add(new SortedDocValuesField(ID, new BytesRef(articleId)));
        d.add(new StringField(KIND, kind, Field.Store.NO));
        if (published != null) d.add(new StringField(PUBLISHED, published, Field.Store.NO));
        return d;
    }

    /** Every document of the articles with seq in [from, to], quotes included. */
    static Query seqRange(long from, long to) {
        return LongPoint.newRangeQuery(SEQ_POINT, from, to);
    }

    /** Spans as stored: "b-e,b-e", offsets into the article text. */
    static final class SpanList {
        private SpanList() {}

        static String format(List<Span> spans) {
            StringBuilder b = new StringBuilder();
            for (Span s : spans) {
                if (b.length() > 0) b.append(',');
                b.append(s.begin()).append('-').append(s.end());
            }
            return b.toString();
        }

        static List<Span> parse(String stored) {
            if (stored == null || stored.isEmpty()) return List.of();
            List<Span> out = new ArrayList<>();
            for (String part : stored.split(",")) {
                int dash = part.indexOf('-');
                out.add(Span.of(Integer.parseInt(part.substring(0, dash)), Integer.parseInt(part.substring(dash + 1))));
            }
            return out;
        }
    }

    /**
     * The user's query, parsed with Lucene's classic syntax: words (all of them must match: a desk that
     * types two names wants the articles with both), "exact phrases", AND/OR/NOT, +/-, wildcards, and the
     * fields of {@code kind} as prefixes. Unprefixed words look in the headline and text (an article, the
     * headline counting double) or in the content (a quote).
     *
     * @throws SearchQueryException with one line saying where the syntax went wrong, or which field is unknown
     */
    static Query parse(String query, SearchQuery.Kind kind) {
        QueryParser parser = switch (kind) {
            case ARTICLES -> new MultiFieldQueryParser(new String[] {HEADLINE, TEXT}, ANALYZER, Map.of(HEADLINE, 2f, TEXT, 1f));
            case QUOTES -> new QueryParser(CONTENT, ANALYZER);
        };
        parser.setDefaultOperator(QueryParser.Operator.AND);
        parser.setAllowLeadingWildcard(false);
        Query parsed;
        try {
            parsed = parser.parse(query);
        } catch (ParseException e) {
            throw new SearchQueryException(QuerySyntax.problem(query, e));
        } catch (TokenMgrError e) {
            throw new SearchQueryException(QuerySyntax.problem(query, e));
        }
        Set<String> allowed = kind == SearchQuery.Kind.ARTICLES ? ARTICLE_FIELDS : QUOTE_FIELDS;
        Set<String> unknown = new TreeSet<>();
        parsed.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                if (!allowed.contains(field)) unknown.add(field);
                return true;
            }
        });
        if (!unknown.isEmpty()) {
            throw new SearchQueryException("the query '" + QuerySyntax.echo(query, -1) + "' names the field"
                    + (unknown.size() > 1 ? "s " : " ") + String.join(", ", unknown.stream().map(f -> f + ":").toList()) + " which " + kind.name().toLowerCase(Locale.ROOT)
                    + " do not have; use " + String.join(", ", new TreeSet<>(allowed).stream().map(f -> f + ":").toList())
                    + (kind == SearchQuery.Kind.ARTICLES ? " (or --quotes for speaker:, content:)" : "")
                    + ", or put a word with a colon in quotes");
        }
        return parsed;
    }
}
