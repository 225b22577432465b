package org.newsgraph.store.query;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.document.Article;
import org.newsgraph.span.Span;

/**
 * What the store holds of one article that never changes once stored: the article, its attributions and
 * mentions under the entity keys they were stored with, and the roles the article gives its entities.
 * Only who those keys are (the registry's canonical entities) changes as more articles arrive, so these
 * may be kept and joined with the {@link Registry} of the moment.
 */
record ArticleFacts(Article article, List<RawQuote> quotes, List<RawMention> mentions, Map<String, String> roles) {
    /** An attribution as stored: {@code sourceKey} null when the source is no entity. */
    record RawQuote(String id, String kind, String sourceKey, String sourceText,
                    List<Span> source, List<Span> cue, List<Span> content) {}

    record RawMention(String entityKey, Span span) {}

    ArticleFacts {
        quotes = List.copyOf(quotes);
        mentions = List.copyOf(mentions);
        roles = Map.copyOf(roles);
    }

    /** The facts of the article stored under {@code id}, or empty. Four small reads, each narrowed to the one article. */
    static Optional<ArticleFacts> of(Connection c, String id) throws SQLException {
        return of(c, id, null);
    }

    /** As {@link #of(Connection, String)}, the text from {@code texts} (by seq) when it has it; null for the table's. */
    static Optional<ArticleFacts> of(Connection c, String id, java.util.function.LongFunction<Optional<String>> texts)
            throws SQLException {
        Optional<StoredArticle.Stored> stored = StoredArticle.withSeq(c, id, texts);
        if (stored.isEmpty()) return Optional.empty();
        long seq = stored.get().seq();
        List<RawQuote> quotes = new ArrayList<>();
        // By article_seq, not article_id: rows arrive in seq order, so DuckDB's per-row-group minimum and
        // maximum skip all but one group; an id compares with every row's.
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, kind, source_entity_key, source_text, spans FROM attributions WHERE article_seq = ? ORDER BY id")) {
            ps.setLong(1, seq);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    JsonNode spans = StoredArticle.read(r.getString(5));
                    quotes.add(new RawQuote(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                            StoredArticle.spans(spans.path("source")), StoredArticle.spans(spans.path("cue")),
                            StoredArticle.spans(spans.path("content"))));
                }
            }
        }
        List<RawMention> mentions = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT entity_key, span_begin, span_end FROM mentions WHERE article_id = ? ORDER BY span_begin, span_end, entity_key")) {
            ps.setString(1, id);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) mentions.add(new RawMention(r.getString(1), new Span(r.getInt(2), r.getInt(3))));
            }
        }
        Map<String, String> roles = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT entity_key, min(role) FROM entity_roles WHERE article_id = ? GROUP BY entity_key")) {
            ps.setString(1, id);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) roles.put(r.getString(1), r.getString(2));
            }
        }
        return Optional.of(new ArticleFacts(stored.get().article(), quotes, mentions, roles));
    }

    /** Every entity key the facts name, for the registry to resolve. */
    Set<String> keys() {
        Set<String> keys = new HashSet<>();
        for (RawQuote q : quotes) if (q.sourceKey() != null) keys.add(q.sourceKey());
        for (RawMention m : mentions) keys.add(m.entityKey());
        return keys;
    }

    /** About what these facts hold in memory, in bytes: two per character of text and a little per row. */
    long weight() {
        return 2L * article.text().length() + 200L * (quotes.size() + mentions.size()) + 500;
    }
}
