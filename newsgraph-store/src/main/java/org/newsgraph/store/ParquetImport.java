package org.newsgraph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Loads the tables a {@code newsgraph spark} job wrote (one directory per table of
 * {@link org.newsgraph.table.ArticleTables}, Parquet files under it, partitioned by month) into a store,
 * in one transaction, with the rows ingest would have written for the same articles: an article the
 * store already has (same id) is skipped with all its rows, so importing the same output again adds
 * nothing; entities are merged by key (the first article, in the order of ingest, names a new one), their
 * aliases counted, and the cross-article registry is run over the keys loaded.
 *
 * <p>The new articles take the next {@code seq} numbers in the order ingest would have read them: by
 * file, then record number ({@code path#12}), then id. So names, aliases and the registry's answers come
 * out as an ingest of the same files gives them (the first article to name an entity names it).
 */
public final class ParquetImport {
    private static final String INPUT_ORDER = "regexp_replace(origin, '#[0-9]+$', ''), "
            + "TRY_CAST(regexp_extract(origin, '#([0-9]+)$', 1) AS BIGINT) NULLS FIRST, id";

    /** What one import did: the ids of the articles added, how many the store had, and the job's rejects (not imported). */
    public record Imported(List<String> ids, long present, long rejects) {
        public Imported {
            ids = List.copyOf(ids);
        }

        public long added() {
            return ids.size();
        }
    }

    private ParquetImport() {}

    public static Imported load(Store store, Path dir) {
        Path articles = dir.resolve("articles");
        if (!hasParquet(articles)) {
            throw new StoreException("no articles under " + dir + " (no Parquet files in " + articles
                    + "); name the directory newsgraph spark wrote with --output");
        }
        return store.write(c -> load(c, dir));
    }

    private static Imported load(Connection c, Path dir) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS temp.imported");
            s.execute("CREATE TEMP TABLE imported AS "
                    + "SELECT * EXCLUDE (month) FROM " + read(dir, "articles")
                    + " QUALIFY row_number() OVER (PARTITION BY id ORDER BY origin) = 1");
            long offered = count(s, "SELECT count(*) FROM imported");
            long rejects = hasParquet(dir.resolve("rejects")) ? count(s, "SELECT count(*) FROM " + read(dir, "rejects")) : 0;
            s.execute("DELETE FROM imported WHERE id IN (SELECT id FROM articles)");
            List<String> ids = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT id FROM imported")) {
                while (r.next()) ids.add(r.getString(1));
            }
            if (ids.isEmpty()) {
                s.execute("DROP TABLE temp.imported");
                return new Imported(ids, offered, rejects);
            }
            s.execute("ALTER TABLE imported ADD COLUMN seq BIGINT");
            s.execute("UPDATE imported SET seq = n.seq FROM (SELECT id, (SELECT coalesce(max(seq), 0) FROM articles) "
                    + "+ row_number() OVER (ORDER BY " + INPUT_ORDER + ") AS seq FROM imported) n WHERE imported.id = n.id");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO articles SELECT id, seq, origin, url, headline, published, "
                    + "byline, editor, captions, body, text, ? FROM imported ORDER BY seq")) {
                ps.setObject(1, LocalDateTime.now(ZoneOffset.UTC));
                ps.executeUpdate();
            }
            String fresh = " WHERE article_id IN (SELECT id FROM imported)";
            if (hasParquet(dir.resolve("mentions"))) {
                s.execute("INSERT INTO mentions SELECT article_id, entity_key, span_begin, span_end, text FROM "
                        + read(dir, "mentions") + fresh);
            }
            if (hasParquet(dir.resolve("attributions"))) {
                s.execute("INSERT INTO attributions SELECT a.id, a.article_id, a.kind, a.source_text, a.source_entity_key, "
                        + "a.cue_text, a.content_text, a.spans, a.via_id, a.published, i.seq FROM " + read(dir, "attributions")
                        + " a JOIN imported i ON a.article_id = i.id");
            }
            if (hasParquet(dir.resolve("events"))) {
                s.execute("INSERT INTO events SELECT id, article_id, cameo, root, goldstein, quad, source_entity_key, "
                        + "target_entity_key, source_actor, target_actor, trigger_text, date, attribution_id FROM "
                        + read(dir, "events") + fresh);
            }
            if (hasParquet(dir.resolve("relations"))) {
                s.execute("INSERT INTO relations SELECT article_id, subject_key, predicate, object_key, evidence FROM "
                        + read(dir, "relations") + fresh);
            }
            Set<String> keys = new LinkedHashSet<>();
            if (hasParquet(dir.resolve("entities"))) keys = entities(s, dir);
            s.execute("DROP TABLE temp.imported");
            EntityRegistry.update(c, keys);
            return new Imported(ids, offered - ids.size(), rejects);
        }
    }

    /** Entities, aliases, roles and affiliations of the imported articles; returns the keys loaded. */
    private static Set<String> entities(Statement s, Path dir) throws SQLException {
        s.execute("CREATE TEMP TABLE imported_entities AS SELECT e.*, i.seq FROM " + read(dir, "entities")
                + " e JOIN imported i ON e.article_id = i.id");
        s.execute("INSERT INTO entities SELECT key, arg_min(name, seq * 1000000 + ordinal), arg_min(type, seq * 1000000 + ordinal), "
                + "NULL, key FROM imported_entities GROUP BY key ON CONFLICT (key) DO NOTHING");
        s.execute("INSERT INTO entity_aliases SELECT key, alias, count(*) FROM "
                + "(SELECT key, unnest(aliases) AS alias FROM imported_entities) GROUP BY key, alias "
                + "ON CONFLICT (entity_key, alias) DO UPDATE SET articles = entity_aliases.articles + excluded.articles");
        s.execute("INSERT INTO entity_roles SELECT key, unnest(roles), article_id, published FROM imported_entities ORDER BY seq, ordinal");
        s.execute("INSERT INTO entity_affiliations SELECT key, unnest(affiliation_keys), article_id, published "
                + "FROM imported_entities ORDER BY seq, ordinal");
        Set<String> keys = new LinkedHashSet<>();
        try (ResultSet r = s.executeQuery("SELECT DISTINCT key FROM imported_entities ORDER BY key")) {
            while (r.next()) keys.add(r.getString(1));
        }
        s.execute("DROP TABLE temp.imported_entities");
        return keys;
    }

    private static String read(Path dir, String table) {
        String glob = dir.resolve(table).toAbsolutePath() + "/**/*.parquet";
        return "read_parquet('" + glob.replace("'", "''") + "'" + (table.equals("rejects") ? ")" : ", hive_partitioning = true)");
    }

    private static boolean hasParquet(Path tableDir) {
        if (!Files.isDirectory(tableDir)) return false;
        try (Stream<Path> files = Files.walk(tableDir)) {
            return files.anyMatch(p -> p.getFileName().toString().endsWith(".parquet"));
        } catch (IOException e) {
            throw new StoreException("cannot read " + tableDir + ": " + IoMessages.of(e), e);
        }
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
