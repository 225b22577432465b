package org.newsgraph.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.newsgraph.attribution.Attribution;
import org.newsgraph.document.Article;
import org.newsgraph.document.Document;
import org.newsgraph.document.Layers;
import org.newsgraph.entity.Entity;
import org.newsgraph.event.Event;
import org.newsgraph.event.Relation;
import org.newsgraph.span.Span;
import org.newsgraph.table.ArticleTables;

/**
 * The rows of documents, appended through DuckDB's appenders: measured on PolNeAR dev (84 articles,
 * 11,000 rows), prepared-statement batches took 90 ms an article, more than analysis; appenders take
 * under 1 ms. An appender writes in the connection's open transaction only once a statement has begun
 * it (checked: appended rows survive a rollback otherwise), so the constructor runs one first.
 *
 * <p>Entities and aliases are upserted, which an appender cannot do: they are gathered per batch
 * (DuckDB may not update one row twice in a transaction through its primary-key index), appended to
 * temporary tables and merged by {@link #flush} with one statement each.
 */
final class ArticleRows implements AutoCloseable {
    private final DuckDBConnection c;
    private long seq;
    private final LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
    private final DuckDBAppender articles;
    private final DuckDBAppender mentions;
    private final DuckDBAppender attributions;
    private final DuckDBAppender roles;
    private final DuckDBAppender affiliations;
    private final DuckDBAppender events;
    private final DuckDBAppender relations;
    private final Map<String, Entity> entities = new LinkedHashMap<>();
    private final Map<List<String>, Integer> aliases = new LinkedHashMap<>();

    ArticleRows(Connection connection, long firstSeq) throws SQLException {
        this.c = connection.unwrap(DuckDBConnection.class);
        this.seq = firstSeq;
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TEMP TABLE IF NOT EXISTS staged_entities (key VARCHAR, name VARCHAR, type VARCHAR)");
            s.execute("CREATE TEMP TABLE IF NOT EXISTS staged_aliases (entity_key VARCHAR, alias VARCHAR, articles BIGINT)");
        }
        articles = c.createAppender(Store.CATALOG, DuckDBConnection.DEFAULT_SCHEMA, "articles");
        mentions = c.createAppender(Store.CATALOG, DuckDBConnection.DEFAULT_SCHEMA, "mentions");
        attributions = c.createAppender(Store.CATALOG, DuckDBConnection.DEFAULT_SCHEMA, "attributions");
        roles = c.createAppender(Store.CATALOG, DuckDBConnection.DEFAULT_SCHEMA, "entity_roles");
        affiliations = c.createAppender(Store.CATALOG, DuckDBConnection.DEFAULT_SCHEMA, "entity_affiliations");
        events = c.createAppender(Store.CATALOG, DuckDBConnection.DEFAULT_SCHEMA, "events");
        relations = c.createAppender(Store.CATALOG, DuckDBConnection.DEFAULT_SCHEMA, "relations");
    }

    void add(Document d) throws SQLException {
        Article a = d.article();
        String id = a.id();
        long articleSeq = seq++;
        articles.beginRow().append(id).append(articleSeq);
        text(articles, a.origin());
        text(articles, a.url());
        text(articles, a.headline());
        text(articles, a.published());
        articles.append(a.byline());
        text(articles, a.editor());
        text(articles, a.captions().isEmpty() ? null : ArticleTables.captionsJson(a.captions()));
        articles.append(ArticleTables.spansJson(a.body())).append(a.text()).append(now).endRow();

        List<Entity> es = d.find(Layers.ENTITIES).orElse(List.of());
        Map<String, String> keyOf = new HashMap<>();
        for (Entity e : es) keyOf.put(e.id(), e.key());
        for (Entity e : es) {
            entities.putIfAbsent(e.key(), e);
            for (Span s : e.mentions()) {
                mentions.beginRow().append(id).append(e.key()).append(s.begin()).append(s.end()).append(s.of(a.text())).endRow();
            }
            for (String form : ArticleTables.aliases(e, a.text())) aliases.merge(List.of(e.key(), form), 1, Integer::sum);
            for (String role : new LinkedHashSet<>(e.roles())) {
                roles.beginRow().append(e.key()).append(role).append(id);
                text(roles, a.published());
                roles.endRow();
            }
            for (String affiliation : new LinkedHashSet<>(e.affiliations())) {
                String key = keyOf.get(affiliation);
                if (key == null) continue;
                affiliations.beginRow().append(e.key()).append(key).append(id);
                text(affiliations, a.published());
                affiliations.endRow();
            }
        }

        for (Attribution at : d.find(Layers.ATTRIBUTIONS).orElse(List.of())) {
            attributions.beginRow().append(id + ":" + at.id()).append(id).append(at.kind().jsonName());
            text(attributions, at.source() == null ? null : at.source().text());
            text(attributions, at.source() == null || at.source().entity() == null ? null : keyOf.get(at.source().entity()));
            text(attributions, at.cue() == null ? null : at.cue().text());
            attributions.append(at.content().text()).append(ArticleTables.attributionSpans(at));
            text(attributions, at.via() == null ? null : id + ":" + at.via());
            text(attributions, a.published());
            attributions.append(articleSeq);
            attributions.endRow();
        }
        addEvents(d, id, keyOf);
    }

    private void addEvents(Document d, String id, Map<String, String> keyOf) throws SQLException {
        for (Event ev : d.find(Layers.EVENTS).orElse(List.of())) {
            events.beginRow().append(id + ":" + ev.id()).append(id).append(ev.cameo()).append(ev.root());
            if (ev.goldstein() == null) events.appendNull();
            else events.append(ev.goldstein().doubleValue());
            if (ev.quad() == null) events.appendNull();
            else events.append(ev.quad().intValue());
            text(events, ev.source() == null ? null : keyOf.get(ev.source()));
            text(events, ev.target() == null ? null : keyOf.get(ev.target()));
            text(events, ev.sourceActor());
            text(events, ev.targetActor());
            text(events, ev.trigger().text());
            text(events, ev.date());
            text(events, ev.attribution() == null ? null : id + ":" + ev.attribution());
            events.endRow();
        }
        for (Relation r : d.find(Layers.RELATIONS).orElse(List.of())) {
            String subject = keyOf.get(r.subject());
            String object = keyOf.get(r.object());
            if (subject == null || object == null) continue;
            relations.beginRow().append(id).append(subject).append(r.predicate().jsonName()).append(object)
                    .append(ArticleTables.spansJson(r.evidence())).endRow();
        }
    }

    /** The entity keys of the documents added, for the registry. */
    Set<String> entityKeys() {
        return entities.keySet();
    }

    /** Writes the rows appended so far, and merges the batch's entities and aliases into the store's. */
    void flush() throws SQLException {
        for (DuckDBAppender ap : List.of(articles, mentions, attributions, roles, affiliations, events, relations)) ap.flush();
        try (DuckDBAppender ap = c.createAppender("temp", DuckDBConnection.DEFAULT_SCHEMA, "staged_entities")) {
            for (Entity e : entities.values()) ap.beginRow().append(e.key()).append(e.name()).append(e.type().name()).endRow();
        }
        try (DuckDBAppender ap = c.createAppender("temp", DuckDBConnection.DEFAULT_SCHEMA, "staged_aliases")) {
            for (Map.Entry<List<String>, Integer> e : aliases.entrySet()) {
                ap.beginRow().append(e.getKey().get(0)).append(e.getKey().get(1)).append((long) e.getValue()).endRow();
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute("INSERT INTO entities SELECT key, name, type, NULL, key FROM staged_entities ON CONFLICT (key) DO NOTHING");
            s.execute("INSERT INTO entity_aliases SELECT * FROM staged_aliases "
                    + "ON CONFLICT (entity_key, alias) DO UPDATE SET articles = entity_aliases.articles + excluded.articles");
            s.execute("DELETE FROM staged_entities");
            s.execute("DELETE FROM staged_aliases");
        }
    }

    private static void text(DuckDBAppender ap, String value) throws SQLException {
        if (value == null) ap.appendNull();
        else ap.append(value);
    }

    @Override
    public void close() throws SQLException {
        for (DuckDBAppender ap : List.of(articles, mentions, attributions, roles, affiliations, events, relations)) ap.close();
    }
}
