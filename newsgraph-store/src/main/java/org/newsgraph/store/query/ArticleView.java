package org.newsgraph.store.query;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsgraph.span.Span;

/**
 * One stored article as a reader sees it: its text and metadata, its attributions with their spans and
 * speakers (canonical entity, role in this article), and the entity mentions in it.
 */
public record ArticleView(String id, String headline, String published, List<String> byline, String url, String text,
                          List<Quote> quotes, List<EntityMention> mentions) {
    /** An attribution: the speaker as resolved (null when unresolved) or as written, and its spans. */
    public record Quote(String id, String kind, String speakerKey, String speaker, String role,
                        List<Span> source, List<Span> cue, List<Span> content) {}

    /** A mention of an entity, by its canonical key and name. */
    public record EntityMention(String entityKey, String name, String type, Span span) {}

    /** The article stored under {@code id}, or empty. */
    public static Optional<ArticleView> of(Connection c, String id) throws SQLException {
        Optional<org.newsgraph.document.Article> stored = StoredArticle.of(c, id);
        if (stored.isEmpty()) return Optional.empty();
        org.newsgraph.document.Article a = stored.get();
        return Optional.of(new ArticleView(id, a.headline(), a.published(), a.byline(), a.url(), a.text(), quotes(c, id), mentions(c, id)));
    }

    private static List<Quote> quotes(Connection c, String id) throws SQLException {
        List<Quote> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT a.id, a.kind, s.key, coalesce(s.name, a.source_text), a.spans,
                       (SELECT min(role) FROM entity_roles r WHERE r.entity_key = a.source_entity_key AND r.article_id = a.article_id)
                FROM attributions a LEFT JOIN entities e ON e.key = a.source_entity_key LEFT JOIN entities s ON s.key = e.canonical_key
                WHERE a.article_id = ? ORDER BY a.article_seq, a.id""")) {
            ps.setString(1, id);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    JsonNode spans = StoredArticle.read(r.getString(5));
                    out.add(new Quote(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(6),
                            StoredArticle.spans(spans.path("source")), StoredArticle.spans(spans.path("cue")), StoredArticle.spans(spans.path("content"))));
                }
            }
        }
        return out;
    }

    private static List<EntityMention> mentions(Connection c, String id) throws SQLException {
        List<EntityMention> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT s.key, s.name, s.type, m.span_begin, m.span_end
                FROM mentions m JOIN entities e ON e.key = m.entity_key JOIN entities s ON s.key = e.canonical_key
                WHERE m.article_id = ? ORDER BY m.span_begin, m.span_end""")) {
            ps.setString(1, id);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) out.add(new EntityMention(r.getString(1), r.getString(2), r.getString(3), new Span(r.getInt(4), r.getInt(5))));
            }
        }
        return out;
    }
}
