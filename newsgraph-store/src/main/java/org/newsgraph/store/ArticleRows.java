package org.newsgraph.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.newsgraph.document.Document;
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
    /** Name and type of each entity key of the batch, as its first article gives them. */
    private final Map<String, String[]> entities = new LinkedHashMap<>();
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

    /**
     * Appends {@code d}'s rows ({@link ArticleTables}, the same as a Spark job writes) with what only the store
     * adds: the order of ingest, the time, and entities and aliases gathered for {@link #flush}.
     */
    @SuppressWarnings("unchecked")
    void add(Document d) throws SQLException {
        long articleSeq = seq++;
        ArticleTables.rows(d, (table, v) -> {
            if (table == ArticleTables.ARTICLES) {
                articles.beginRow().append((String) v[0]).append(articleSeq);
                appendAll(articles, v, 1).append(now).endRow();
            } else if (table == ArticleTables.ENTITIES) {
                // article_id, key, name, type, ordinal, roles, affiliation_keys, aliases, published
                String key = (String) v[1];
                entities.putIfAbsent(key, new String[] {(String) v[2], (String) v[3]});
                for (String alias : (List<String>) v[7]) aliases.merge(List.of(key, alias), 1, Integer::sum);
                for (String role : (List<String>) v[5]) {
                    append(roles.beginRow().append(key).append(role).append((String) v[0]), v[8]).endRow();
                }
                for (String affiliation : (List<String>) v[6]) {
                    append(affiliations.beginRow().append(key).append(affiliation).append((String) v[0]), v[8]).endRow();
                }
            } else if (table == ArticleTables.ATTRIBUTIONS) {
                appendAll(attributions.beginRow(), v, 0).append(articleSeq).endRow();
            } else {
                DuckDBAppender ap = table == ArticleTables.MENTIONS ? mentions : table == ArticleTables.EVENTS ? events : relations;
                appendAll(ap.beginRow(), v, 0).endRow();
            }
        });
    }

    /** The entity keys of the documents added, for the registry. */
    Set<String> entityKeys() {
        return entities.keySet();
    }

    /** Writes the rows appended so far, and merges the batch's entities and aliases into the store's. */
    void flush() throws SQLException {
        for (DuckDBAppender ap : List.of(articles, mentions, attributions, roles, affiliations, events, relations)) ap.flush();
        try (DuckDBAppender ap = c.createAppender("temp", DuckDBConnection.DEFAULT_SCHEMA, "staged_entities")) {
            for (Map.Entry<String, String[]> e : entities.entrySet()) {
                ap.beginRow().append(e.getKey()).append(e.getValue()[0]).append(e.getValue()[1]).endRow();
            }
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

    private static DuckDBAppender appendAll(DuckDBAppender ap, Object[] values, int from) throws SQLException {
        for (int i = from; i < values.length; i++) append(ap, values[i]);
        return ap;
    }

    /** One value of an {@link ArticleTables} row, by its Java type. */
    private static DuckDBAppender append(DuckDBAppender ap, Object v) throws SQLException {
        if (v == null) return ap.appendNull();
        if (v instanceof String s) return ap.append(s);
        if (v instanceof Integer n) return ap.append(n.intValue());
        if (v instanceof Double x) return ap.append(x.doubleValue());
        if (v instanceof List<?> l) return ap.append(l);
        throw new IllegalArgumentException("no column type for a " + v.getClass().getSimpleName());
    }

    @Override
    public void close() throws SQLException {
        for (DuckDBAppender ap : List.of(articles, mentions, attributions, roles, affiliations, events, relations)) ap.close();
    }
}
