package org.newsgraph.store.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.newsgraph.document.Article;
import org.newsgraph.document.Caption;
import org.newsgraph.span.Span;

/**
 * An article as it was stored — id, origin, URL, headline, date, byline, editor, captions, body and text —
 * so that analysing it again gives the analysis {@code analyze} gave (the analysis is deterministic).
 */
public final class StoredArticle {
    private static final ObjectMapper JSON = new ObjectMapper();

    private StoredArticle() {}

    public static Optional<Article> of(Connection c, String id) throws SQLException {
        return withSeq(c, id).map(Stored::article);
    }

    /** An article with its place in the order of ingest, which the tables of its rows carry too. */
    record Stored(Article article, long seq) {}

    static Optional<Stored> withSeq(Connection c, String id) throws SQLException {
        return withSeq(c, id, null);
    }

    /**
     * As {@link #withSeq(Connection, String)}, the text taken from {@code texts} (by seq) when it has it:
     * DuckDB keeps long texts compressed in blocks of many articles, so reading one text out of the
     * table costs 8-15 ms on a 10,000-article store, where the search index hands it over in well under one.
     * With {@code texts} null, the text comes with the rest in one read.
     */
    static Optional<Stored> withSeq(Connection c, String id, java.util.function.LongFunction<Optional<String>> texts)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT origin, url, headline, published, byline, editor, captions, body, seq"
                + (texts == null ? ", text" : "") + " FROM articles WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet r = ps.executeQuery()) {
                if (!r.next()) return Optional.empty();
                long seq = r.getLong(9);
                String text = texts == null ? r.getString(10) : texts.apply(seq).orElse(null);
                Array byline = r.getArray(5);
                Article a = Article.builder(r.getString(1), text != null ? text : text(c, id)).id(id).url(r.getString(2))
                        .headline(r.getString(3)).published(r.getString(4))
                        .byline(byline == null ? List.of() : Arrays.stream((Object[]) byline.getArray()).map(String::valueOf).toList())
                        .editor(r.getString(6)).captions(captions(r.getString(7))).body(spans(r.getString(8))).build();
                return Optional.of(new Stored(a, seq));
            }
        }
    }

    private static String text(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT text FROM articles WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet r = ps.executeQuery()) {
                if (!r.next()) throw new SQLException("the article " + id + " went missing while it was read");
                return r.getString(1);
            }
        }
    }

    private static List<Caption> captions(String json) throws SQLException {
        List<Caption> out = new ArrayList<>();
        if (json == null) return out;
        for (JsonNode c : read(json)) out.add(new Caption(c.path("text").asText(), c.path("credit").isNull() ? null : c.path("credit").asText(null)));
        return out;
    }

    private static List<Span> spans(String json) throws SQLException {
        return json == null ? new ArrayList<>() : spans(read(json));
    }

    /** Spans as the store writes them: {@code [[begin, end], …]}. */
    static List<Span> spans(JsonNode array) {
        List<Span> out = new ArrayList<>();
        for (JsonNode s : array) out.add(new Span(s.get(0).asInt(), s.get(1).asInt()));
        return out;
    }

    static JsonNode read(String json) throws SQLException {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new SQLException("unreadable article fields in the store: " + e.getMessage(), e);
        }
    }
}
