package org.newsgraph.store;

import java.util.List;

/**
 * The store's tables: those of DESIGN.md, the same names as the JSON contract and the Parquet export,
 * plus the entity registry's three tables and {@code store_info}.
 *
 * <p>Deliberate differences from DESIGN.md's sketch: a mention's offsets are {@code span_begin} and
 * {@code span_end}, because {@code end} is reserved in SQL and a column nobody can write unquoted
 * invites mistakes; {@code articles} carries {@code seq} (the order of ingest, which the search index
 * follows), {@code captions} and {@code body} (JSON, so a document can be rebuilt from the store);
 * {@code entities} carries {@code canonical_key}, the registry's answer to "who is this across
 * articles" ({@code person:zakharova} → {@code person:maria-zakharova}); {@code attributions} repeats its
 * article's {@code published} and {@code seq} (as {@code article_seq}), so "the latest quotes of X" is one
 * top-N scan of one table: joining 118,000 of Trump's attributions to 100,000 articles to sort them cost
 * 40–50 ms of the 100 ms a question may take on a 100,000-article store.
 */
public final class Schema {
    /** Bumped whenever a table changes; a store of another version is refused with a clear message. */
    public static final int VERSION = 2;

    /** The tables a user queries, in export order. */
    public static final List<String> TABLES = List.of("articles", "entities", "entity_aliases", "entity_roles",
            "entity_affiliations", "mentions", "attributions", "events", "relations");

    static final List<String> DDL = List.of(
            "CREATE TABLE store_info (name VARCHAR PRIMARY KEY, value VARCHAR)",
            """
            CREATE TABLE articles (
                id VARCHAR PRIMARY KEY, seq BIGINT NOT NULL, origin VARCHAR, url VARCHAR, headline VARCHAR,
                published VARCHAR, byline VARCHAR[], editor VARCHAR, captions VARCHAR, body VARCHAR,
                text VARCHAR NOT NULL, ingested_at TIMESTAMP NOT NULL)""",
            """
            CREATE TABLE entities (
                key VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, type VARCHAR NOT NULL, cameo_actor VARCHAR,
                canonical_key VARCHAR NOT NULL)""",
            "CREATE TABLE entity_aliases (entity_key VARCHAR NOT NULL, alias VARCHAR NOT NULL, articles BIGINT NOT NULL, "
                    + "PRIMARY KEY (entity_key, alias))",
            "CREATE TABLE entity_roles (entity_key VARCHAR NOT NULL, role VARCHAR NOT NULL, article_id VARCHAR NOT NULL, "
                    + "published VARCHAR)",
            "CREATE TABLE entity_affiliations (entity_key VARCHAR NOT NULL, affiliation_key VARCHAR NOT NULL, "
                    + "article_id VARCHAR NOT NULL, published VARCHAR)",
            "CREATE TABLE mentions (article_id VARCHAR NOT NULL, entity_key VARCHAR NOT NULL, span_begin INTEGER NOT NULL, "
                    + "span_end INTEGER NOT NULL, text VARCHAR NOT NULL)",
            """
            CREATE TABLE attributions (
                id VARCHAR NOT NULL, article_id VARCHAR NOT NULL, kind VARCHAR NOT NULL, source_text VARCHAR,
                source_entity_key VARCHAR, cue_text VARCHAR, content_text VARCHAR NOT NULL, spans VARCHAR NOT NULL,
                via_id VARCHAR, published VARCHAR, article_seq BIGINT NOT NULL)""",
            """
            CREATE TABLE events (
                id VARCHAR NOT NULL, article_id VARCHAR NOT NULL, cameo VARCHAR, root VARCHAR, goldstein DOUBLE,
                quad INTEGER, source_entity_key VARCHAR, target_entity_key VARCHAR, source_actor VARCHAR,
                target_actor VARCHAR, trigger_text VARCHAR, date VARCHAR, attribution_id VARCHAR)""",
            "CREATE TABLE relations (article_id VARCHAR NOT NULL, subject_key VARCHAR NOT NULL, predicate VARCHAR NOT NULL, "
                    + "object_key VARCHAR NOT NULL, evidence VARCHAR)");

    private Schema() {}
}
