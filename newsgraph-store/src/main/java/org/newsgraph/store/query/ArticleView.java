package org.newsgraph.store.query;

import java.sql.Connection;
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
        Optional<ArticleFacts> facts = ArticleFacts.of(c, id);
        if (facts.isEmpty()) return Optional.empty();
        return Optional.of(of(facts.get(), Registry.of(c, facts.get().keys())));
    }

    /**
     * The facts seen through the registry: a speaker is their canonical entity (or the source as written
     * when none), with the role this article gives the key it stored; a mention is its canonical entity
     * (a mention of a key the registry lacks is left out, as a join would).
     */
    static ArticleView of(ArticleFacts facts, Registry registry) {
        org.newsgraph.document.Article a = facts.article();
        List<Quote> quotes = new ArrayList<>();
        for (ArticleFacts.RawQuote q : facts.quotes()) {
            Registry.Canonical s = registry.canonical(q.sourceKey());
            quotes.add(new Quote(q.id(), q.kind(), s == null ? null : s.key(), s == null ? q.sourceText() : s.name(),
                    q.sourceKey() == null ? null : facts.roles().get(q.sourceKey()), q.source(), q.cue(), q.content()));
        }
        List<EntityMention> mentions = new ArrayList<>();
        for (ArticleFacts.RawMention m : facts.mentions()) {
            Registry.Canonical s = registry.canonical(m.entityKey());
            if (s != null) mentions.add(new EntityMention(s.key(), s.name(), s.type(), m.span()));
        }
        return new ArticleView(a.id(), a.headline(), a.published(), a.byline(), a.url(), a.text(), quotes, mentions);
    }
}
